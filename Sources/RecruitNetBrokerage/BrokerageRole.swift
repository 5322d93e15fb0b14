/// The five brokerage roles of R. V. Gould & R. M. Fernandez, "Structures of mediation: a formal
/// approach to brokerage in transaction networks", Sociological Methodology 19:89–126 (1989),
/// doi:10.2307/270949, named and ordered as R's `sna::brokerage()` (C. T. Butts) reports them.
///
/// A node `v` brokers the ordered pair `(a, b)` when `a → v → b`, the three are distinct and
/// `a ↛ b`. With `g(x)` the group of `x`, the pair's role for `v` is:
///
/// | role | sna | two-path |
/// |---|---|---|
/// | coordinator | `w_I` | `g(a) = g(v) = g(b)` (A → A → A) |
/// | itinerant (consultant) | `w_O` | `g(a) = g(b) ≠ g(v)` (A → B → A) |
/// | representative | `b_IO` | `g(a) = g(v) ≠ g(b)` (A → A → B) |
/// | gatekeeper | `b_OI` | `g(a) ≠ g(v) = g(b)` (A → B → B) |
/// | liaison | `b_O` | `g(a)`, `g(v)`, `g(b)` all different (A → B → C) |
public enum BrokerageRole: Int, Sendable, CaseIterable, Codable {
  case coordinator = 0
  case itinerant
  case representative
  case gatekeeper
  case liaison

  /// The column name of `sna::brokerage()` (`w_I`, `w_O`, `b_IO`, `b_OI`, `b_O`).
  public var snaName: String {
    switch self {
    case .coordinator: "w_I"
    case .itinerant: "w_O"
    case .representative: "b_IO"
    case .gatekeeper: "b_OI"
    case .liaison: "b_O"
    }
  }

  /// The role of the two-path `a → v → b` from the three groups.
  @inline(__always) public static func of(
    sender a: UInt32, broker v: UInt32, receiver b: UInt32
  ) -> BrokerageRole {
    if a == b { return a == v ? .coordinator : .itinerant }
    if a == v { return .representative }
    return v == b ? .gatekeeper : .liaison
  }
}
