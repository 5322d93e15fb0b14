import CZlib
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads an input file whole into memory, inflating gzip (`.gz`, detected by its magic bytes).
///
/// Whole-file reads keep the byte-level parsers simple and fast (one buffer, no refills); the
/// 10M-edge benchmark file is 178 MB. Files larger than memory are the tweet importer's concern.
public enum InputFile {
  /// Reads `path`, checking that it exists, is a regular file, and is not empty.
  ///
  /// - Throws: ``ImportError`` with `missingFile`, `notAFile`, `unreadable`, `badGzip` or
  ///   `emptyFile`.
  public static func read(_ path: String) throws(ImportError) -> [UInt8] {
    let location = InputLocation(file: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ImportError(.missingFile, location, "no such file")
    }
    guard !isDirectory.boolValue else {
      throw ImportError(.notAFile, location, "is a directory; expected an edge-list file")
    }
    let raw: [UInt8]
    do {
      raw = try readAll(path)
    } catch {
      throw ImportError(.unreadable, location, "cannot read: \(error)")
    }
    let bytes = isGzip(raw) ? try gunzip(raw, location: location) : raw
    guard !bytes.isEmpty else {
      throw ImportError(.emptyFile, location, "file is empty; expected a header or edge rows")
    }
    return bytes
  }

  /// Whether `bytes` start with the gzip magic number.
  public static func isGzip(_ bytes: [UInt8]) -> Bool {
    bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
  }

  private static func readAll(_ path: String) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw POSIXError(.EIO) }
    var bytes = [UInt8]()
    bytes.reserveCapacity(Int(info.st_size) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
      if got == 0 { break }
      bytes.append(contentsOf: chunk[0..<got])
    }
    return bytes
  }

  /// Inflates gzip data (several concatenated members are allowed, as `gzip` writes them).
  static func gunzip(_ input: [UInt8], location: InputLocation) throws(ImportError) -> [UInt8] {
    var output = [UInt8]()
    output.reserveCapacity(input.count * 4)
    var stream = z_stream()
    // 15 window bits + 32: detect the gzip or zlib header automatically.
    guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
    else { throw ImportError(.badGzip, location, "cannot start gzip decompression") }
    defer { inflateEnd(&stream) }
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    var failure: String? = nil
    input.withUnsafeBufferPointer { inputBuffer in
      guard let inputBase = inputBuffer.baseAddress else { return }
      stream.next_in = UnsafeMutablePointer(mutating: inputBase)
      stream.avail_in = UInt32(truncatingIfNeeded: inputBuffer.count)
      while true {
        let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(out.count)
          return inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk.count - Int(stream.avail_out)
        output.append(contentsOf: chunk[0..<produced])
        if status == Z_STREAM_END {
          if stream.avail_in == 0 { return }
          // Another gzip member follows.
          guard inflateReset(&stream) == Z_OK else {
            failure = "corrupt gzip data"
            return
          }
          continue
        }
        if status != Z_OK {
          failure = "corrupt gzip data (zlib status \(status))"
          return
        }
        if stream.avail_in == 0 && produced == 0 {
          failure = "gzip data ends early (truncated file)"
          return
        }
      }
    }
    if let failure { throw ImportError(.badGzip, location, failure) }
    return output
  }
}
