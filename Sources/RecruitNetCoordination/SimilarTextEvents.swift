/// Messages with their word sets, for co-similar coordination (near-duplicate text): one entry
/// per message, the account, the time and the distinct tokens as ids.
public struct SimilarTextEvents: Sendable {
  public private(set) var accounts: [UInt32] = []
  public private(set) var times: [Int64] = []
  public private(set) var messageIDs: [String] = []
  /// Each message's token ids, sorted ascending.
  public private(set) var tokens: [[UInt32]] = []
  public private(set) var texts: [String] = []
  public var accountCount = 0
  private var tokenIndex: [String: UInt32] = [:]

  public init() {}

  public var count: Int { accounts.count }

  /// Adds a message; one whose word set is empty is skipped (it is similar to nothing; the
  /// toolkit divides by zero on it).
  public mutating func add(
    account: UInt32, messageID: String, time: Int64, words: Set<String>, text: String
  ) {
    guard !words.isEmpty else { return }
    var ids: [UInt32] = []
    ids.reserveCapacity(words.count)
    for word in words {
      if let id = tokenIndex[word] {
        ids.append(id)
      } else {
        let id = UInt32(tokenIndex.count)
        tokenIndex[word] = id
        ids.append(id)
      }
    }
    ids.sort()
    accounts.append(account)
    times.append(time)
    messageIDs.append(messageID)
    tokens.append(ids)
    texts.append(text)
    accountCount = max(accountCount, Int(account) + 1)
  }

  /// The number of distinct tokens.
  public var tokenCount: Int { tokenIndex.count }
}
