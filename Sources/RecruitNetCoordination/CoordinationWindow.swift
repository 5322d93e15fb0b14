/// When two events on the same object count as acting in concert.
///
/// For an event of account A at `t` and one of account B at `t'`, with `d = t' − t`:
/// - ``symmetric(seconds:)``: `|d| ≤ W` — the coordination-network-toolkit's window (its
///   `e_2.timestamp between e_1.timestamp - W and e_1.timestamp + W`, inclusive).
/// - ``leadLag(lead:lag:)``: `−lead ≤ d ≤ lag`. With `lead = 0` an edge A → B counts A's
///   messages that B followed within `lag` (B amplifies A); the weights are then asymmetric.
/// - ``bins(seconds:)``: both in the same fixed bin `⌊t / W⌋` (CooRnet's and Weber & Neumann's
///   consecutive windows), independent of where in the bin they fall.
public enum CoordinationWindow: Sendable, Equatable, Codable {
  case symmetric(seconds: Int64)
  case leadLag(lead: Int64, lag: Int64)
  case bins(seconds: Int64)

  /// How far before and after an event its matches can lie (for the sweep).
  public var reach: (before: Int64, after: Int64) {
    switch self {
    case .symmetric(let w): (w, w)
    case .leadLag(let lead, let lag): (lead, lag)
    case .bins(let w): (w, w)
    }
  }

  /// Whether an event at `other` matches one at `time` (the definitions above; the one place
  /// the sweep's ranges, co-similar and the evidence all take them from).
  public func matches(_ time: Int64, _ other: Int64) -> Bool {
    if case .bins(let width) = self {
      return Coordination.floorDivide(time, width) == Coordination.floorDivide(other, width)
    }
    let (before, after) = reach
    return other >= time - before && other <= time + after
  }

  /// Whether the window is the same from both sides (then edge weights A → B and B → A are
  /// computed over the same pairs).
  public var isSymmetric: Bool {
    switch self {
    case .symmetric, .bins: true
    case .leadLag(let lead, let lag): lead == lag
    }
  }

  /// A one-line description for reports (`|Δt| ≤ 60 s`, `−0 s ≤ Δt ≤ 30 s`, `same 3600 s bin`).
  public var description: String {
    switch self {
    case .symmetric(let w): "|Δt| ≤ \(w) s"
    case .leadLag(let lead, let lag): "−\(lead) s ≤ Δt ≤ \(lag) s"
    case .bins(let w): "same \(w) s bin"
    }
  }
}
