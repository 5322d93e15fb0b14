extension InterchangeNetwork {
  /// Attribute keys that hold free text written by the account or about it (profile
  /// descriptions, locations, tweet texts, profile links): personal data that names other
  /// people and places, left out of exports unless asked for.
  public static let freeTextAttributeKeys: Set<String> = [
    "description", "bio", "location", "text", "tweet", "message", "url", "profile_url",
    "profile_image_url", "status",
  ]

  /// Which node attributes an export writes.
  public struct AttributeSelection: Sendable, Equatable {
    /// Write only these (when non-nil); matched case-insensitively.
    public var keep: Set<String>?
    /// Never write these.
    public var drop: Set<String> = []
    /// Write free-text attributes (``freeTextAttributeKeys``) that `keep` does not name.
    public var includesFreeText = false

    public init(keep: Set<String>? = nil, drop: Set<String> = [], includesFreeText: Bool = false) {
      self.keep = keep.map { Set($0.map { $0.lowercased() }) }
      self.drop = Set(drop.map { $0.lowercased() })
      self.includesFreeText = includesFreeText
    }

    /// Whether the attribute `key` is written.
    public func keeps(_ key: String) -> Bool {
      let key = key.lowercased()
      if drop.contains(key) { return false }
      if let keep { return keep.contains(key) }
      return includesFreeText || !InterchangeNetwork.freeTextAttributeKeys.contains(key)
    }
  }

  /// The network with only the node attributes `selection` keeps, and the keys it left out
  /// (sorted), so that a command can say what it did not write.
  public func selectingAttributes(_ selection: AttributeSelection) -> (
    network: InterchangeNetwork, leftOut: [String]
  ) {
    var result = self
    var leftOut = Set<String>()
    for index in result.nodes.indices {
      result.nodes[index].attributes.removeAll { attribute in
        guard selection.keeps(attribute.key) else {
          leftOut.insert(attribute.key)
          return true
        }
        return false
      }
    }
    return (result, leftOut.sorted())
  }
}
