/// The workspace file's schema (a SQLite database). Documented in the README; readable with the
/// `sqlite3` tool, Python's `sqlite3` and R's `RSQLite`.
///
/// Tables:
/// - `meta(key, value)`: `format` = `recruitnet-workspace`, `schema_version`, `directed`,
///   `graph_revision` (bumped by every import that changes the graph), `created_at`, `updated_at`.
/// - `imports(id, file, sha256, kind, rows_read, rows_imported, rows_rejected, imported_at,
///   options)`: one row per imported file; `sha256` of its decompressed content; `options` JSON.
/// - `node_kinds(id, name)`, `edge_types(id, name)`.
/// - `nodes(id, name, kind)`: `id` is the dense 0-based node id used everywhere else.
/// - `edges(source, target, type, weight, count, first_time, last_time)`: one row per merged
///   (source, target, type) edge; undirected edges once with `source <= target`; times in Unix
///   seconds or NULL.
/// - `node_attributes(node, key, value, import_id)`: typed values (INTEGER, REAL, TEXT); the
///   latest import wins.
/// - `labels(node, label, import_id)`: every label with the import (file, time) that gave it.
/// - `adjacency(part, chunk, data)`: the same graph as packed little-endian arrays, loaded
///   without parsing (see ``PackedParts``).
/// - `summaries(revision, key, json)`: cached `info` results for a graph revision.
/// - `results(revision, kind, key, parameters, data)`: cached analysis results for a graph
///   revision (read only the rows whose `revision` is `meta.graph_revision`; the others are stale
///   and are deleted when the next result is stored). Dropped whenever the graph changes, and
///   when a layer is saved or deleted.
///   - `kind`: `centrality` (one measure's scores; `data` is one little-endian Float64 per node)
///     or `communities` (a detected partition; `data` is one little-endian UInt32 community per
///     node, numbered from 0, `0xFFFFFFFF` = none).
///   - `key`: JSON with sorted keys of everything the result depends on (`ResultCache` in
///     RecruitNetAnalysis): `measure` or `algorithm`, `edgeType` (absent: all types merged),
///     `directed` (absent: the workspace's direction), `weighted`, `normalized`, `weightAs`, the
///     measure's or algorithm's own parameters (`damping`, `tolerance`, `seed`, `resolution`,
///     …), `seeds` of personalised PageRank, and `since`/`until` (Unix seconds) for a time slice;
///     fields that are not set are absent.
///   - `data` has one value per node of the network analysed: the workspace's nodes by id, but
///     for a saved layer (`edgeType` names a layer) the accounts its edges join, in ascending
///     node id, and for a time slice (`since`/`until`) the slice's own renumbered nodes.
///   - `parameters`: what the result reports, as text: `[[name, value], …]` for `centrality`, an
///     object `{name: value}` for `communities`.
/// - `partitions(name, algorithm, parameters, revision, node_count, community_count, created_at,
///   data)`: saved community partitions (`communities --save NAME`, `partitions import`);
///   `parameters` is a JSON object of text values (for `partitions import`: algorithm `file`,
///   parameters `file` and `groups`, the number of groups); `revision` the graph revision it was
///   computed on; `data` holds `node_count` little-endian UInt32, the community of node 0, 1, …
///   (numbered from 0, `0xFFFFFFFF` = none); `community_count` is the largest community + 1.
///   Kept across imports: node ids are stable, and nodes added later (ids ≥ `node_count`) have no
///   community. From Python: `numpy.frombuffer(data, dtype="<u4")`.
/// - `layers(name, kind, parameters, revision, directed, node_count, edge_count, created_at)`:
///   derived networks saved by name (`coordination --save NAME`), with the JSON of the parameters
///   that produced them; analysed with `--edge-type NAME`. Kept across imports.
/// - `layer_edges(layer, source, target, weight, pairs, mean_delta, min_delta, p_value, q_value)`:
///   their edges, by node id; `pairs`, `mean_delta` and `min_delta` (seconds) are the matched
///   message pairs behind a coordination edge; `p_value`/`q_value` when a significance test ran.
///
/// Tweet archives (schema version 2; created on demand in version-1 files, see ``TweetTables``):
/// - `tweets(id, author, time, kind, import_id)`: every tweet imported, once by id (text), so that
///   overlapping archives count nothing twice; `author` is the node, `kind` the ``TweetKind`` bits
///   (1 retweet, 2 quote, 4 reply, 8 mentions someone).
/// - `accounts(node, user_id, screen_name)`: the identity of every account a tweet archive named:
///   its user id (text) if known, and its latest screen name.
/// - `account_names(node, screen_name, first_seen, last_seen)`: every screen name an account was
///   seen with, and when (Unix seconds): a renamed account keeps its name history.
/// - `account_attributes(node, key, value, seen_at, import_id)`: profile attributes from tweets
///   (screen_name, display_name, description, location, followers, statuses, created_at), the
///   latest by `seen_at` (the tweet's time), mirrored into `node_attributes`.
///
/// Account snapshots (created on demand):
/// - `snapshots(name, taken_at, file, sha256, accounts, imported_at)`: each later collection of
///   the accounts' statuses (see `Workspace.saveSnapshot`), `taken_at` in Unix seconds.
/// - `account_status(snapshot, account, status, followers, following, statuses, renamed_to,
///   user_id, created_at)`: what each snapshot saw of each account, by name (`status` one of
///   active, suspended, deleted, renamed, protected); accounts need not be nodes of the network.
///
/// Label rounds (created on demand):
/// - `label_events(id, account, label, round, verdict, source, source_sha256, recorded_at,
///   recorded_by)`: every labelling and every review verdict, in the order recorded (`id`), by
///   account name: `verdict` is NULL when the event gives the label (a candidate of round
///   `round`), and `confirmed`, `rejected` or `unsure` when it records a reviewer's verdict.
enum WorkspaceSchema {
  static let format = "recruitnet-workspace"
  /// 1: the foundation schema; 2: the tweet-archive tables (`tweets`, `accounts`, `account_names`,
  /// `account_attributes`), created on demand in version-1 files.
  static let version = 2

  /// Tables rewritten from the in-memory graph on every import.
  static let graphTables: Set<String> = [
    "meta", "node_kinds", "edge_types", "nodes", "edges", "adjacency", "summaries", "results",
  ]

  /// Tables added after the first schema, created on demand in files written before them.
  static var analysisTables: [String] { createStatements.filter { $0.contains("IF NOT EXISTS") } }

  static let createStatements =
    [
      "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
      """
      CREATE TABLE imports(id INTEGER PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL,
        kind TEXT NOT NULL, rows_read INTEGER NOT NULL, rows_imported INTEGER NOT NULL,
        rows_rejected INTEGER NOT NULL, imported_at TEXT NOT NULL, options TEXT NOT NULL)
      """,
      "CREATE TABLE node_kinds(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
      "CREATE TABLE edge_types(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
      "CREATE TABLE nodes(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind INTEGER NOT NULL)",
      """
      CREATE TABLE edges(source INTEGER NOT NULL, target INTEGER NOT NULL, type INTEGER NOT NULL,
        weight REAL NOT NULL, count INTEGER NOT NULL, first_time INTEGER, last_time INTEGER)
      """,
      """
      CREATE TABLE node_attributes(node INTEGER NOT NULL, key TEXT NOT NULL, value,
        import_id INTEGER NOT NULL, PRIMARY KEY(node, key)) WITHOUT ROWID
      """,
      """
      CREATE TABLE labels(node INTEGER NOT NULL, label TEXT NOT NULL, import_id INTEGER NOT NULL,
        UNIQUE(node, label, import_id))
      """,
      """
      CREATE TABLE adjacency(part TEXT NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL,
        PRIMARY KEY(part, chunk))
      """,
      "CREATE TABLE summaries(revision INTEGER NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY(revision, key))",
      """
      CREATE TABLE IF NOT EXISTS results(revision INTEGER NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL,
        parameters TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY(revision, kind, key))
      """,
      """
      CREATE TABLE IF NOT EXISTS partitions(name TEXT PRIMARY KEY NOT NULL, algorithm TEXT NOT NULL,
        parameters TEXT NOT NULL, revision INTEGER NOT NULL, node_count INTEGER NOT NULL,
        community_count INTEGER NOT NULL, created_at TEXT NOT NULL, data BLOB NOT NULL)
      """,
      """
      CREATE TABLE IF NOT EXISTS layers(name TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL,
        parameters TEXT NOT NULL, revision INTEGER NOT NULL, directed INTEGER NOT NULL,
        node_count INTEGER NOT NULL, edge_count INTEGER NOT NULL, created_at TEXT NOT NULL)
      """,
      """
      CREATE TABLE IF NOT EXISTS layer_edges(layer TEXT NOT NULL, source INTEGER NOT NULL,
        target INTEGER NOT NULL, weight REAL NOT NULL, pairs INTEGER, mean_delta REAL,
        min_delta INTEGER, p_value REAL, q_value REAL, PRIMARY KEY(layer, source, target))
        WITHOUT ROWID
      """,
      """
      CREATE TABLE IF NOT EXISTS snapshots(name TEXT PRIMARY KEY NOT NULL, taken_at INTEGER NOT NULL,
        file TEXT NOT NULL, sha256 TEXT NOT NULL, accounts INTEGER NOT NULL, imported_at TEXT NOT NULL)
      """,
      """
      CREATE TABLE IF NOT EXISTS account_status(snapshot TEXT NOT NULL, account TEXT NOT NULL,
        status TEXT NOT NULL, followers INTEGER, following INTEGER, statuses INTEGER,
        renamed_to TEXT, user_id TEXT, created_at INTEGER, PRIMARY KEY(snapshot, account))
        WITHOUT ROWID
      """,
      """
      CREATE TABLE IF NOT EXISTS label_events(id INTEGER PRIMARY KEY, account TEXT NOT NULL,
        label TEXT NOT NULL, round INTEGER NOT NULL, verdict TEXT, source TEXT NOT NULL,
        source_sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)
      """,
    ] + TweetTables.createStatements
}
