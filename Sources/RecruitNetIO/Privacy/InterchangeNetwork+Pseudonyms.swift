extension InterchangeNetwork {
  /// Attribute keys whose values are account names (or display names), replaced by pseudonyms.
  public static let nameAttributeKeys: Set<String> = [
    "name", "screen_name", "screenname", "username", "user_name", "user", "account", "handle",
    "display_name", "displayname", "label", "author", "in_reply_to_screen_name", "names",
    "name_history",
  ]

  /// The network with every account name replaced by its keyed pseudonym: node names, text
  /// attributes that hold names (``nameAttributeKeys``, and any text attribute whose value is an
  /// account's name), and `@name` mentions of the network's accounts inside other text
  /// attributes (descriptions). Hashtags and domains are public context and stay unless the
  /// pseudonymizer covers all kinds.
  ///
  /// - Throws: ``ImportError`` if two accounts collide (see ``Pseudonymizer/pseudonyms(for:kinds:)``).
  public func pseudonymized(with pseudonymizer: Pseudonymizer) throws(ImportError)
    -> InterchangeNetwork
  {
    let pseudonyms = try pseudonymizer.pseudonyms(for: nodes.map(\.name), kinds: nodes.map(\.kind))
    var byAccountName: [String: String] = [:]
    var byLowercasedAccountName: [String: String] = [:]
    for (node, pseudonym) in zip(nodes, pseudonyms) where node.kind == Self.accountKind {
      byAccountName[node.name] = pseudonym
      byLowercasedAccountName[node.name.lowercased()] = pseudonym
    }
    var result = self
    for index in result.nodes.indices {
      result.nodes[index].name = pseudonyms[index]
      for a in result.nodes[index].attributes.indices {
        guard case .text(let text) = result.nodes[index].attributes[a].value else { continue }
        let key = result.nodes[index].attributes[a].key.lowercased()
        let replaced: String
        if let known = byAccountName[text] {
          replaced = known
        } else if Self.nameAttributeKeys.contains(key) {
          replaced = pseudonymizer.pseudonym(for: text)
        } else {
          replaced = Self.replacingMentions(in: text, byLowercasedName: byLowercasedAccountName)
        }
        result.nodes[index].attributes[a].value = .text(replaced)
      }
    }
    return result
  }

  /// `text` with each `@name` of a known account (case-insensitive, as Twitter handles are)
  /// replaced by `@pseudonym`.
  static func replacingMentions(in text: String, byLowercasedName: [String: String]) -> String {
    replacingMentions(in: text) { byLowercasedName[$0.lowercased()] }
  }

  /// `text` with each `@name` for which `pseudonym` gives a value replaced by `@value`.
  static func replacingMentions(in text: String, pseudonym: (String) -> String?) -> String {
    guard text.contains("@") else { return text }
    var out = ""
    var scalars = Array(text.unicodeScalars)[...]
    func isHandle(_ s: Unicode.Scalar) -> Bool {
      s == "_" || s.properties.isAlphabetic || s.properties.numericType != nil
    }
    while let first = scalars.first {
      scalars = scalars.dropFirst()
      guard first == "@" else {
        out.unicodeScalars.append(first)
        continue
      }
      let handle = scalars.prefix(while: isHandle)
      var name = ""
      name.unicodeScalars.append(contentsOf: handle)
      if !name.isEmpty, let replacement = pseudonym(name) {
        out += "@" + replacement
        scalars = scalars.dropFirst(handle.count)
      } else {
        out.unicodeScalars.append(first)
      }
    }
    return out
  }
}

extension Pseudonymizer {
  /// `text` (a tweet, a profile description) with every `@handle` in it replaced by the
  /// handle's pseudonym, known account or not: free text is personal data, and the accounts it
  /// mentions are people too. Handles are pseudonymised as written (Twitter handles are
  /// case-insensitive, so `@Name` and `@name` get different pseudonyms only when the archive
  /// itself spells them differently).
  public func pseudonymizingMentions(in text: String) -> String {
    InterchangeNetwork.replacingMentions(in: text) { pseudonym(for: $0) }
  }
}
