import Foundation
import GRDB
import GRDBSQLite
import RecruitNetGraph

/// Reads and writes the `adjacency` table: each array of a ``PackedGraph`` as little-endian bytes,
/// split into chunks of at most 256 MiB (SQLite's default blob limit is 1 GB).
///
/// Parts: `names.arena` (UTF-8 bytes), `names.offsets` (Int64), `out.offsets` (Int64),
/// `out.targets` (UInt32), `out.weights` (Float64), `out.types` (UInt16, only with several edge
/// types), `multi.edges` (Int64) and `multi.counts` (UInt32) for edges merged from several rows,
/// `times.first` / `times.last` (Int64 Unix seconds; Int64.min = none). From Python:
/// `numpy.frombuffer(b"".join(blobs), dtype="<u4")`.
enum PackedParts {
  static let chunkBytes = 256 << 20

  static func write<T>(_ array: [T], part: String, db: Database) throws {
    let statement = try db.makeStatement(
      sql: "INSERT INTO adjacency(part, chunk, data) VALUES (?, ?, ?)")
    try array.withUnsafeBytes { bytes in
      var offset = 0
      var chunk = 0
      repeat {
        let length = min(chunkBytes, bytes.count - offset)
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        sqlite3_bind_text(handle, 1, part, -1, sqliteTransient)
        sqlite3_bind_int64(handle, 2, Int64(chunk))
        // A zero-length blob still needs a non-null pointer to be a blob rather than NULL.
        sqlite3_bind_zeroblob(handle, 3, 0)
        if length > 0, let base = bytes.baseAddress {
          sqlite3_bind_blob64(handle, 3, base + offset, sqlite3_uint64(length), nil)
        }
        let status = sqlite3_step(handle)
        guard status == SQLITE_DONE else {
          throw DatabaseError(
            resultCode: ResultCode(rawValue: status),
            message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
        offset += length
        chunk += 1
      } while offset < bytes.count
    }
  }

  static func read<T>(_ type: T.Type, part: String, db: Database) throws -> [T]? {
    let rows = try Row.fetchAll(
      db, sql: "SELECT data FROM adjacency WHERE part = ? ORDER BY chunk", arguments: [part])
    guard !rows.isEmpty else { return nil }
    var total = 0
    var blobs: [Data] = []
    for row in rows {
      let data: Data = row[0] ?? Data()
      total += data.count
      blobs.append(data)
    }
    let stride = MemoryLayout<T>.stride
    guard total % stride == 0 else { return nil }
    return [T](unsafeUninitializedCapacity: total / stride) { buffer, count in
      let raw = UnsafeMutableRawBufferPointer(buffer)
      var offset = 0
      for blob in blobs {
        blob.withUnsafeBytes { source in
          if source.count > 0 {
            raw.baseAddress.map {
              ($0 + offset).copyMemory(
                from: source.baseAddress.unsafelyUnwrapped, byteCount: source.count)
            }
          }
        }
        offset += blob.count
      }
      count = total / stride
    }
  }
}

/// SQLite's SQLITE_TRANSIENT destructor (a C macro Swift cannot import).
let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
