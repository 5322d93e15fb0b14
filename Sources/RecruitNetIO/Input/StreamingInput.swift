import CZlib
import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file in chunks of about 1 MiB, inflating gzip on the fly, and hashes the
/// (decompressed) bytes as they pass: for inputs larger than memory, which ``InputFile`` would
/// load whole. The tweet-archive reader uses it; nothing is ever held beyond one chunk.
public final class StreamingInput {
  /// The file's path (for messages).
  public let path: String
  private let descriptor: Int32
  private let isGzip: Bool
  private var stream = z_stream()
  private var inflating = false
  private var rawChunk: [UInt8]
  private var rawCount = 0
  private var rawConsumed = 0
  private var endOfFile = false
  private var hasher = SHA256()
  /// Compressed (on-disk) bytes read so far, for progress.
  public private(set) var bytesReadFromDisk = 0
  /// Decompressed bytes handed out so far.
  public private(set) var bytesDelivered = 0
  /// The file's size on disk.
  public let fileSize: Int

  static let chunkSize = 1 << 20

  /// Opens `path`, checking that it exists, is a regular file and is not empty.
  ///
  /// - Throws: ``ImportError`` with `missingFile`, `notAFile`, `unreadable`, `badGzip` or `emptyFile`.
  public init(path: String) throws(ImportError) {
    self.path = path
    let location = InputLocation(file: path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ImportError(.missingFile, location, "no such file")
    }
    guard !isDirectory.boolValue else {
      throw ImportError(.notAFile, location, "is a directory; expected a tweet archive")
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw ImportError(.unreadable, location, "cannot read: \(String(cString: strerror(errno)))")
    }
    self.descriptor = descriptor
    var info = stat()
    fileSize = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    rawChunk = [UInt8](repeating: 0, count: Self.chunkSize)
    var magic = [UInt8](repeating: 0, count: 2)
    let got = magic.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 2, 0) }
    guard got > 0 else {
      close(descriptor)
      throw ImportError(.emptyFile, location, "file is empty; expected tweets")
    }
    isGzip = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B
    if isGzip {
      // 15 window bits + 32: detect the gzip or zlib header automatically.
      guard
        inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
      else {
        close(descriptor)
        throw ImportError(.badGzip, location, "cannot start gzip decompression")
      }
      inflating = true
    }
  }

  deinit {
    if inflating { inflateEnd(&stream) }
    close(descriptor)
  }

  /// Whether the file is gzip-compressed.
  public var isCompressed: Bool { isGzip }

  /// The lower-case hex SHA-256 of every byte delivered (call after the last chunk).
  public func finishHash() -> String {
    hasher.finalize().map { byte in
      let hex = Array("0123456789abcdef".utf8)
      return String(decoding: [hex[Int(byte >> 4)], hex[Int(byte & 15)]], as: UTF8.self)
    }.joined()
  }

  /// Appends the next chunk of (decompressed) bytes to `buffer`; returns `false` at the end.
  public func readChunk(into buffer: inout [UInt8]) throws(ImportError) -> Bool {
    let before = buffer.count
    if isGzip {
      try inflateChunk(into: &buffer)
    } else {
      try fillRaw()
      if rawCount > 0 {
        buffer.append(contentsOf: rawChunk[0..<rawCount])
        rawConsumed = rawCount
      }
    }
    let added = buffer.count - before
    if added > 0 {
      buffer.withUnsafeBytes { bytes in
        hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: bytes[before..<buffer.count]))
      }
      bytesDelivered += added
      return true
    }
    return false
  }

  /// Refills the buffer of a reader that consumes it from the front: first drops the bytes
  /// before `position` once they are at least half of `buffer` (so the buffer stays about one
  /// chunk long, without moving bytes on every call), then appends the next chunk. Returns `false`
  /// at the end of the input, and from then on (`atEnd` remembers it).
  func refill(_ buffer: inout [UInt8], position: inout Int, atEnd: inout Bool) throws(ImportError)
    -> Bool
  {
    if atEnd { return false }
    if position > 0 && position >= buffer.count / 2 {
      buffer.removeSubrange(0..<position)
      position = 0
    }
    if try !readChunk(into: &buffer) {
      atEnd = true
      return false
    }
    return true
  }

  /// Reads the next raw chunk from disk once the previous one is used up.
  private func fillRaw() throws(ImportError) {
    guard rawConsumed >= rawCount else { return }
    rawCount = 0
    rawConsumed = 0
    guard !endOfFile else { return }
    while true {
      let got = rawChunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw ImportError(
          .unreadable, InputLocation(file: path), "cannot read: \(String(cString: strerror(errno)))"
        )
      }
      if got == 0 { endOfFile = true }
      rawCount = got
      bytesReadFromDisk += got
      return
    }
  }

  private func inflateChunk(into buffer: inout [UInt8]) throws(ImportError) {
    var output = [UInt8](repeating: 0, count: Self.chunkSize)
    while true {
      try fillRaw()
      if rawCount == rawConsumed {
        // No input left: the stream must have ended cleanly.
        if stream.avail_in == 0 && !inflating { return }
        throw ImportError(
          .badGzip, InputLocation(file: path), "gzip data ends early (truncated file)")
      }
      var status: Int32 = Z_OK
      var produced = 0
      let offset = rawConsumed
      rawChunk.withUnsafeMutableBufferPointer { input in
        output.withUnsafeMutableBufferPointer { out in
          stream.next_in = input.baseAddress.map { $0 + offset }
          stream.avail_in = UInt32(rawCount - offset)
          stream.next_out = out.baseAddress
          stream.avail_out = UInt32(out.count)
          status = inflate(&stream, Z_NO_FLUSH)
          produced = out.count - Int(stream.avail_out)
        }
      }
      rawConsumed = rawCount - Int(stream.avail_in)
      stream.next_in = nil
      if produced > 0 { buffer.append(contentsOf: output[0..<produced]) }
      if status == Z_STREAM_END {
        // Another gzip member may follow (as `gzip` writes concatenated files).
        try fillRaw()
        if rawConsumed < rawCount {
          guard inflateReset(&stream) == Z_OK else {
            throw ImportError(.badGzip, InputLocation(file: path), "corrupt gzip data")
          }
        } else {
          inflateEnd(&stream)
          inflating = false
        }
      } else if status != Z_OK && status != Z_BUF_ERROR {
        throw ImportError(
          .badGzip, InputLocation(file: path), "corrupt gzip data (zlib status \(status))")
      }
      if produced > 0 { return }
      if !inflating { return }
    }
  }
}
