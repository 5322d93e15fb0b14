import Foundation

/// The one place the CLI writes to stdout and stderr.
enum Terminal {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Whether stderr is a terminal (progress is shown only then).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// Progress messages on stderr, only when it is a terminal and `--quiet` was not given.
struct Progress: Sendable {
  let enabled: Bool

  init(quiet: Bool) { enabled = !quiet && Terminal.stderrIsTerminal }

  func callAsFunction(_ message: String) {
    if enabled { Terminal.writeError("recruitnet: \(message)…\n") }
  }

  var reporter: (@Sendable (String) -> Void)? {
    guard enabled else { return nil }
    let report: @Sendable (String) -> Void = { message in
      Terminal.writeError("recruitnet: \(message)…\n")
    }
    return report
  }
}

/// Seconds per phase, printed by `--timings` as one JSON object on the last stderr line: wall
/// seconds per phase (`load`, `compute`, `output`, …), then the process CPU seconds spent in each
/// (`load_cpu`, `compute_cpu`, …; user + system over all threads). CPU time lets a benchmark on a
/// busy machine compare single-threaded kernels fairly; wall time shows the parallel speed-up.
struct Timings {
  private(set) var phases: [(String, Double)] = []
  private(set) var cpuPhases: [(String, Double)] = []
  private var lastCPU = Timings.processCPUSeconds()

  /// Adds a phase just timed: its wall seconds, and the CPU seconds since the last measurement.
  mutating func add(_ phase: String, _ seconds: Double) {
    addWall(phase, seconds)
    addCPU(as: phase)
  }

  /// Adds a phase timed elsewhere (an importer's own phases): wall seconds only, since the CPU
  /// time of each is not known; ``addCPU(as:)`` then records their CPU time together.
  mutating func addWall(_ phase: String, _ seconds: Double) {
    Self.accumulate(&phases, phase, seconds)
  }

  /// Records the CPU seconds spent since the last measurement as `<phase>_cpu`.
  mutating func addCPU(as phase: String) {
    let cpu = Self.processCPUSeconds()
    Self.accumulate(&cpuPhases, phase + "_cpu", cpu - lastCPU)
    lastCPU = cpu
  }

  private static func accumulate(_ list: inout [(String, Double)], _ key: String, _ value: Double) {
    if let index = list.firstIndex(where: { $0.0 == key }) {
      list[index].1 += value
    } else {
      list.append((key, value))
    }
  }

  /// CPU time of the whole process so far (every thread), in seconds.
  static func processCPUSeconds() -> Double {
    var time = timespec()
    guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  var json: String {
    "{"
      + (phases + cpuPhases).map { "\"\($0.0)\": \(String(format: "%.6f", $0.1))" }.joined(
        separator: ", ") + "}"
  }
}
