extension TweetText {
  /// The word set of a text as the coordination-network-toolkit's `tokenize` makes it for
  /// co-similar matching: lower case, @mentions removed (as in ``normalized(_:)``), then split at
  /// Unicode word boundaries (UAX #29) with white space dropped; the distinct tokens.
  ///
  /// The word-boundary rules kept: letters, digits, marks and `_` join into words; `'` `.` `:`
  /// `·` join letters (`don't`, `t.co`), `,` `;` `.` `'` join digits (`12,000`, `3.14`); every
  /// other character that is not white space (punctuation, an emoji with its modifiers, an
  /// ideograph or kana) is a token of its own. Scripts segmented by dictionary (Thai, Lao,
  /// Khmer, Myanmar) are read as words of letters; the toolkit's regex library does the same for
  /// runs without spaces.
  public static func wordSet(_ text: String) -> Set<String> {
    var tokens: Set<String> = []
    // The toolkit's pattern `\b\p{WSegSpace}*'?` swallows an apostrophe that follows a word
    // boundary, so an apostrophe that joins nothing is never a token.
    func insertStandalone(_ character: Character) {
      if character != "'" { tokens.insert(String(character)) }
    }
    var word = ""
    var pendingJoiner: Character? = nil
    var lastWasDigit = false
    var lastWasLetter = false
    func endWord() {
      if !word.isEmpty { tokens.insert(word) }
      word = ""
      if let joiner = pendingJoiner { insertStandalone(joiner) }
      pendingJoiner = nil
      lastWasDigit = false
      lastWasLetter = false
    }
    var inMention = false
    for character in pythonLowercased(text) {
      guard let first = character.unicodeScalars.first else { continue }
      if character.isWhitespace || (first.value >= 0x1C && first.value <= 0x1F) {
        inMention = false
        endWord()
        continue
      }
      if first == "@" { inMention = true }
      if inMention { continue }
      let properties = first.properties
      let isDigit = properties.numericType == .decimal
      let isIdeograph = properties.isIdeographic || (first.value >= 0x3040 && first.value <= 0x309F)
      // A mark that follows no letter (at the start, after white space) is a segment of its own.
      let isLeadingMark =
        word.isEmpty && pendingJoiner == nil
        && [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
      let isLetter =
        !isIdeograph && !isLeadingMark
        && (properties.isAlphabetic || first == "_" || TweetText.isLetterOrMark(first))
      if isDigit || isLetter {
        if let joiner = pendingJoiner {
          let joinsLetters = lastWasLetter && isLetter && first != "_" && ":·'.’".contains(joiner)
          let joinsDigits = lastWasDigit && isDigit && ",;.'’".contains(joiner)
          if joinsLetters || joinsDigits {
            word.append(joiner)
          } else {
            tokens.insert(word)
            insertStandalone(joiner)
            word = ""
          }
          pendingJoiner = nil
        }
        word.append(character)
        lastWasDigit = isDigit
        lastWasLetter = isLetter && !isDigit
        continue
      }
      if !word.isEmpty && pendingJoiner == nil && ":·'.’,;".contains(character) {
        pendingJoiner = character
        continue
      }
      endWord()
      insertStandalone(character)
    }
    endWord()
    return tokens
  }
}
