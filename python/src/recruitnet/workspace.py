"""Read-only access to a RecruitNet workspace file (`*.rnet`, SQLite).

Everything here reads the tables documented in the schema comment of
`Sources/RecruitNetWorkspace/WorkspaceSchema.swift` (and the README's "The workspace file"):
`meta`, `nodes`, `node_kinds`, `edges`, `edge_types`, `node_attributes`, `labels`, `partitions`,
`results`, `layers` and `layer_edges`. Nothing is ever written: the file is opened with SQLite's
`mode=ro`.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import urllib.parse
from typing import Any, Dict, List, Optional

import networkx as nx
import numpy as np
import pandas as pd

from .errors import NotFoundError, WorkspaceError

FORMAT = "recruitnet-workspace"
#: A node without a community in a saved or cached partition.
NO_COMMUNITY = 0xFFFFFFFF


def open_workspace(path: "str | os.PathLike[str]") -> "Workspace":
    """Opens the workspace at `path` read-only (see `Workspace`)."""
    return Workspace(path)


class Workspace:
    """A RecruitNet workspace opened read-only.

    Node ids are the workspace's dense 0-based ids; every per-node result (`partition`,
    `measure`) is a pandas Series indexed by them, so it joins with `accounts()`:
    `ws.accounts().join(ws.measure("pagerank"))`.

    Use as a context manager, or call `close()`.
    """

    def __init__(self, path: "str | os.PathLike[str]"):
        self.path = os.fspath(path)
        if not os.path.isfile(self.path):
            raise FileNotFoundError(f"{self.path}: no such workspace file")
        uri = "file:" + urllib.parse.quote(os.path.abspath(self.path)) + "?mode=ro"
        self._db = sqlite3.connect(uri, uri=True)
        try:
            meta = dict(self._db.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise WorkspaceError(f"{self.path}: not a RecruitNet workspace ({error})") from None
        if meta.get("format") != FORMAT:
            self._db.close()
            raise WorkspaceError(f"{self.path}: not a RecruitNet workspace (format {meta.get('format')!r})")
        #: The `meta` table: format, schema_version, directed, graph_revision, created_at, updated_at.
        self.meta: Dict[str, str] = meta

    # --- basics -----------------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<recruitnet.Workspace {self.path!r}: {self.node_count} nodes, revision {self.revision}>"

    @property
    def directed(self) -> bool:
        """Whether the imported network is directed (`meta.directed`)."""
        return self.meta.get("directed") != "false"

    @property
    def revision(self) -> int:
        """The graph revision (`meta.graph_revision`), bumped by every import that changes the graph."""
        return int(self.meta.get("graph_revision", "0") or 0)

    @property
    def node_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM nodes").fetchone()[0]

    def _has_table(self, name: str) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return row is not None

    def _query(self, sql: str, params: tuple = ()) -> List[tuple]:
        return self._db.execute(sql, params).fetchall()

    def edge_types(self) -> List[str]:
        """The edge types of the imported network, by id."""
        return [r[0] for r in self._query("SELECT name FROM edge_types ORDER BY id")]

    def imports(self) -> pd.DataFrame:
        """The import ledger: one row per imported file (`options` parsed from JSON)."""
        frame = pd.read_sql_query("SELECT * FROM imports ORDER BY id", self._db)
        frame["options"] = frame["options"].map(_json_or_text)
        return frame

    # --- nodes ------------------------------------------------------------------------------

    def _names(self) -> pd.DataFrame:
        return pd.read_sql_query(
            "SELECT n.id, n.name, k.name AS kind FROM nodes n JOIN node_kinds k ON k.id = n.kind "
            "ORDER BY n.id",
            self._db,
            index_col="id",
        )

    def accounts(self, kind: Optional[str] = None) -> pd.DataFrame:
        """Every node: index `id` (the node id), columns `name`, `kind` (`account`, `hashtag`,
        ...) and one column per node attribute (`node_attributes`, pivoted; missing values are
        NaN/None). An attribute named like a fixed column gets the suffix `_attr`.

        Args:
            kind: only nodes of this kind (for example "account").
        """
        frame = self._names()
        rows = self._query("SELECT node, key, value FROM node_attributes")
        if rows:
            long = pd.DataFrame(rows, columns=["node", "key", "value"])
            wide = long.pivot(index="node", columns="key", values="value")
            wide.columns.name = None
            wide = wide.rename(columns={c: f"{c}_attr" for c in wide.columns if c in ("name", "kind")})
            wide = wide.infer_objects()
            frame = frame.join(wide)
        if kind is not None:
            frame = frame[frame["kind"] == kind]
        return frame

    def labels(self) -> pd.DataFrame:
        """Every label of every node, with the file that gave it: columns id, name, label, file."""
        return pd.read_sql_query(
            "SELECT l.node AS id, n.name, l.label, i.file FROM labels l JOIN nodes n ON n.id = l.node "
            "LEFT JOIN imports i ON i.id = l.import_id ORDER BY l.node, l.label",
            self._db,
        )

    # --- edges ------------------------------------------------------------------------------

    def edges(self, edge_type: Optional[str] = None) -> pd.DataFrame:
        """The imported edges, one row per merged (source, target, type) edge: columns source,
        target (names), source_id, target_id, type, weight, count (rows merged into it),
        first_time, last_time (UTC timestamps, NaT when the edge list had no time). Undirected
        networks list each edge once, with `source_id <= target_id`.

        Args:
            edge_type: only edges of this type.

        Raises:
            NotFoundError (a KeyError): for an edge type the network does not have.
        """
        frame = self._edge_rows(edge_type)
        names = self._names()["name"]
        frame.insert(0, "source", names.reindex(frame["source_id"]).to_numpy())
        frame.insert(1, "target", names.reindex(frame["target_id"]).to_numpy())
        for column in ("first_time", "last_time"):
            frame[column] = pd.to_datetime(frame[column], unit="s", utc=True)
        return frame

    def _edge_rows(self, edge_type: Optional[str]) -> pd.DataFrame:
        """The `edges` table with type names and times as Unix seconds (NaN when unknown)."""
        sql = (
            "SELECT e.source AS source_id, e.target AS target_id, y.name AS type, e.weight, e.count, "
            "e.first_time, e.last_time FROM edges e JOIN edge_types y ON y.id = e.type"
        )
        params: tuple = ()
        if edge_type is not None:
            self._check_edge_type(edge_type)
            sql += " WHERE y.name = ?"
            params = (edge_type,)
        frame = pd.read_sql_query(sql + " ORDER BY e.source, e.target, e.type", self._db, params=params)
        for column in ("first_time", "last_time"):  # all NULL reads as objects
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
        return frame

    def _check_edge_type(self, edge_type: str) -> None:
        types = self.edge_types()
        if edge_type not in types:
            layers = self._layer_names()
            hint = f"; saved layers: {', '.join(layers)} (see layer())" if layers else ""
            raise NotFoundError(f"no edge type {edge_type!r}; the network has {', '.join(types) or 'none'}{hint}")

    # --- partitions -------------------------------------------------------------------------

    def partitions(self) -> List[Dict[str, Any]]:
        """The saved partitions (`communities --save NAME`, `partitions import`), by name: dicts
        with name, algorithm, parameters (dict), revision, node_count, community_count,
        created_at."""
        if not self._has_table("partitions"):
            return []
        rows = self._query(
            "SELECT name, algorithm, parameters, revision, node_count, community_count, created_at "
            "FROM partitions ORDER BY name"
        )
        keys = ["name", "algorithm", "parameters", "revision", "node_count", "community_count", "created_at"]
        result = []
        for row in rows:
            item = dict(zip(keys, row))
            item["parameters"] = _json_or_text(item["parameters"])
            result.append(item)
        return result

    def partition(self, name: str) -> pd.Series:
        """The saved partition `name`: a Series indexed by node id (every node of the workspace)
        with the community number (from 0; dtype UInt32, `<NA>` for nodes without one, such as
        nodes imported after it was saved). Its `attrs` hold the algorithm, parameters, revision
        and created_at.

        Raises:
            NotFoundError (a KeyError): when there is no partition of that name (the message lists those there are).
        """
        row = None
        if self._has_table("partitions"):
            row = self._db.execute(
                "SELECT algorithm, parameters, revision, created_at, node_count, data FROM partitions "
                "WHERE name = ?",
                (name,),
            ).fetchone()
        if row is None:
            names = [p["name"] for p in self.partitions()]
            raise NotFoundError(f"no saved partition {name!r}; saved: {', '.join(names) or 'none'}")
        algorithm, parameters, revision, created_at, stored, data = row
        labels = _uint32s(data, f"saved partition {name!r}", self.path)
        if len(labels) != stored:
            raise WorkspaceError(f"{self.path}: saved partition {name!r} is damaged")
        series = _communities(labels, np.arange(len(labels)), self.node_count, name)
        series.attrs.update(
            algorithm=algorithm, parameters=_json_or_text(parameters), revision=revision, created_at=created_at
        )
        return series

    # --- cached results ---------------------------------------------------------------------

    def _results(self) -> List[tuple]:
        if not self._has_table("results"):
            return []
        return self._query(
            "SELECT kind, key, parameters, data FROM results WHERE revision = ? ORDER BY kind, key",
            (self.revision,),
        )

    def measures(self) -> pd.DataFrame:
        """The analysis results cached for the current graph revision (results of earlier
        revisions are stale and left out): one row per result with kind (`centrality` or
        `communities`), name (the measure or algorithm), edge_type (None = all types merged),
        key (dict: everything the result depends on), parameters (as the result recorded them),
        nodes (values stored)."""
        rows = []
        for kind, key, parameters, data in self._results():
            parsed = _json_or_text(key)
            parsed = parsed if isinstance(parsed, dict) else {}
            size = 8 if kind == "centrality" else 4
            rows.append(
                {
                    "kind": kind,
                    "name": parsed.get("measure", parsed.get("algorithm")),
                    "edge_type": parsed.get("edgeType"),
                    "key": parsed,
                    "parameters": _parameters(parameters),
                    "nodes": len(data) // size,
                }
            )
        return pd.DataFrame(rows, columns=["kind", "name", "edge_type", "key", "parameters", "nodes"])

    def measure(self, name: str, kind: str = "centrality", key: Optional[dict] = None, **where: Any) -> pd.Series:
        """One cached result of the current revision: for `kind="centrality"` the scores
        (float64; `name` is the measure, for example "pagerank"), for `kind="communities"` the
        cached partition of an algorithm (UInt32 with `<NA>`). A Series indexed by workspace node
        id, named `name`; for a result computed on one edge type or a saved layer (`edge_type` =
        the type or layer) only the nodes its edges touch. `attrs` hold the key and parameters.

        Several results of one measure may be cached (other edge types or parameters): choose
        one with keyword filters on its key, in snake_case or as stored (`edge_type="retweet"`,
        `damping=0.5`, `weighted=False`; `edge_type=None` for all types merged), or give the
        whole `key` dict (as `measures()` shows it).

        Raises:
            NotFoundError (a KeyError): when no cached result matches (the message lists those there are).
            ValueError: when several match, or the result belongs to a time slice (its node ids
                are the slice's own and cannot be mapped back to accounts from the file).
        """
        filters = {_camel(k): v for k, v in where.items()}
        matches = []
        available = []
        for row_kind, text, parameters, data in self._results():
            parsed = _json_or_text(text)
            if row_kind != kind or not isinstance(parsed, dict):
                continue
            label = parsed.get("measure", parsed.get("algorithm"))
            available.append(text)
            if label != name:
                continue
            if key is not None and parsed != key:
                continue
            if any(parsed.get(field) != value for field, value in filters.items()):
                continue
            matches.append((parsed, parameters, data))
        if not matches:
            listed = "; ".join(available) or "none"
            raise NotFoundError(f"no cached {kind} result {name!r} matching {filters or key or {}} for revision {self.revision}; cached: {listed}")
        if len(matches) > 1:
            listed = "; ".join(json.dumps(m[0], sort_keys=True) for m in matches)
            raise ValueError(f"{len(matches)} cached {kind} results for {name!r}; choose one with keyword filters or key=: {listed}")
        parsed, parameters, data = matches[0]
        if "since" in parsed or "until" in parsed:
            raise ValueError(
                f"the cached {name!r} was computed on a time slice, whose node ids are the slice's own; "
                "ask the CLI for it instead (recruitnet.run('centrality', ..., '--since', ...))"
            )
        ids = self._view_ids(parsed.get("edgeType"))
        if kind == "centrality":
            values = _float64s(data, f"cached {name!r}", self.path)
            if ids is None:
                ids = np.arange(len(values))
            if len(values) != len(ids):
                raise WorkspaceError(f"{self.path}: cached {name!r} has {len(values)} values for {len(ids)} nodes")
            series = pd.Series(values, index=pd.Index(ids, name="id"), name=name)
        else:
            labels = _uint32s(data, f"cached {name!r}", self.path)
            if ids is None:
                ids = np.arange(len(labels))
            if len(labels) != len(ids):
                raise WorkspaceError(f"{self.path}: cached {name!r} has {len(labels)} labels for {len(ids)} nodes")
            series = _communities(labels, ids, None, name)
        series.attrs.update(key=parsed, parameters=_parameters(parameters))
        return series

    def _view_ids(self, edge_type: Optional[str]) -> Optional[np.ndarray]:
        """The workspace ids of a view's nodes (by id): for a saved layer the accounts its edges
        join, for one imported edge type the nodes its edges touch (the CLI's view of
        `--edge-type`); None when results are indexed by workspace id (all types merged)."""
        if edge_type is None:
            return None
        if edge_type not in self._layer_names():
            rows = self._query(
                "SELECT e.source FROM edges e JOIN edge_types y ON y.id = e.type WHERE y.name = ? "
                "UNION SELECT e.target FROM edges e JOIN edge_types y ON y.id = e.type WHERE y.name = ?",
                (edge_type, edge_type),
            )
            return np.array(sorted(r[0] for r in rows), dtype=np.int64)
        rows = self._query(
            "SELECT source FROM layer_edges WHERE layer = ? UNION SELECT target FROM layer_edges WHERE layer = ?",
            (edge_type, edge_type),
        )
        return np.array(sorted(r[0] for r in rows), dtype=np.int64)

    # --- layers -----------------------------------------------------------------------------

    def _layer_names(self) -> List[str]:
        if not self._has_table("layers"):
            return []
        return [r[0] for r in self._query("SELECT name FROM layers ORDER BY name")]

    def layers(self) -> pd.DataFrame:
        """The saved layers (`coordination --save NAME`): name, kind, parameters (dict),
        revision, directed, node_count, edge_count, created_at."""
        columns = ["name", "kind", "parameters", "revision", "directed", "node_count", "edge_count", "created_at"]
        if not self._has_table("layers"):
            return pd.DataFrame(columns=columns)
        frame = pd.read_sql_query(f"SELECT {', '.join(columns)} FROM layers ORDER BY name", self._db)
        frame["parameters"] = frame["parameters"].map(_json_or_text)
        frame["directed"] = frame["directed"].astype(bool)
        return frame

    def layer(self, name: str) -> pd.DataFrame:
        """The edges of the saved layer `name`: source, target (names), source_id, target_id,
        weight, pairs (matched message pairs), mean_delta, min_delta (seconds), p_value,
        q_value (NaN when no significance test ran).

        Raises:
            NotFoundError (a KeyError): when there is no layer of that name.
        """
        self._check_layer(name)
        return pd.read_sql_query(
            "SELECT s.name AS source, t.name AS target, e.source AS source_id, e.target AS target_id, "
            "e.weight, e.pairs, e.mean_delta, e.min_delta, e.p_value, e.q_value FROM layer_edges e "
            "JOIN nodes s ON s.id = e.source JOIN nodes t ON t.id = e.target WHERE e.layer = ? "
            "ORDER BY e.source, e.target",
            self._db,
            params=(name,),
        )

    def _check_layer(self, name: str) -> None:
        layers = self._layer_names()
        if name not in layers:
            raise NotFoundError(f"no saved layer {name!r}; saved: {', '.join(layers) or 'none'}")

    # --- graphs -----------------------------------------------------------------------------

    def _graph_parts(self, edge_type: Optional[str]):
        """(directed, node ids, edges frame with source_id, target_id, weight, ...) of the
        network the CLI analyses for `edge_type`."""
        if edge_type is not None and edge_type not in self.edge_types() and edge_type in self._layer_names():
            directed = bool(self._query("SELECT directed FROM layers WHERE name = ?", (edge_type,))[0][0])
            frame = self.layer(edge_type)
            ids = self._view_ids(edge_type)
            return directed, ids, frame.drop(columns=["source", "target"]), edge_type
        frame = self._edge_rows(edge_type)
        if edge_type is None:
            ids = np.arange(self.node_count)
            if len(frame) and frame["type"].nunique() > 1:
                frame = (
                    frame.groupby(["source_id", "target_id"], sort=True)
                    .agg(weight=("weight", "sum"), count=("count", "sum"),
                         first_time=("first_time", "min"), last_time=("last_time", "max"))
                    .reset_index()
                )
            else:
                frame = frame.drop(columns=["type"])
        else:
            ids = np.unique(np.concatenate([frame["source_id"].to_numpy(), frame["target_id"].to_numpy()]))
            frame = frame.drop(columns=["type"])
        return self.directed, ids, frame, edge_type

    def _node_table(self, ids: np.ndarray) -> pd.DataFrame:
        return self.accounts().loc[ids]

    def to_networkx(self, edge_type: Optional[str] = None, node_key: str = "name") -> "nx.Graph":
        """The network as a networkx `DiGraph` (or `Graph` when the workspace is undirected), as
        the CLI analyses it: with `edge_type=None` every node and the edge types merged (weights
        and counts summed, first_time the earliest, last_time the latest); with an edge type only
        that type's edges and the nodes they join; with the name of a saved layer that layer
        (directed as it was saved) over the accounts its edges join.

        Node keys are names (`node_key="name"`) or workspace ids (`node_key="id"`); nodes carry
        `id` (or `name`), `kind` and every node attribute; edges carry `weight`, `count`,
        `first_time`/`last_time` (Unix seconds, when known) or a layer's columns.

        Raises:
            NotFoundError (a KeyError): for an edge type or layer the workspace does not have.
            ValueError: with `node_key="name"` when two nodes (of different kinds) share a name.
        """
        directed, ids, frame, _ = self._graph_parts(edge_type)
        nodes = self._node_table(ids)
        keys = self._node_keys(nodes, node_key)
        graph = nx.DiGraph() if directed else nx.Graph()
        other = "id" if node_key == "name" else "name"
        for node_id, key, row in zip(nodes.index, keys, nodes.itertuples(index=False)):
            attributes = {other: int(node_id) if other == "id" else row[0]}
            attributes.update(_present(zip(nodes.columns[1:], row[1:])))
            graph.add_node(key, **attributes)
        position = dict(zip(nodes.index.tolist(), keys))
        edge_columns = [c for c in frame.columns if c not in ("source_id", "target_id")]
        columns = [_values(frame[c]) for c in edge_columns]
        sources = [position[s] for s in frame["source_id"].tolist()]
        targets = [position[t] for t in frame["target_id"].tolist()]
        graph.add_edges_from(
            (s, t, {c: v for c, v in zip(edge_columns, values) if v is not None})
            for s, t, *values in zip(sources, targets, *columns)
        )
        return graph

    def to_igraph(self, edge_type: Optional[str] = None):
        """The network as a python-igraph `Graph` (the same network as `to_networkx`): vertices
        in node-id order with attributes `name`, `id`, `kind` and the node attributes; edges with
        `weight`, `count`, `first_time`/`last_time` or a layer's columns.

        Needs `pip install igraph` (not a dependency of this package).
        """
        try:
            import igraph
        except ImportError as error:
            raise ImportError("to_igraph needs python-igraph: pip install igraph") from error
        directed, ids, frame, _ = self._graph_parts(edge_type)
        nodes = self._node_table(ids)
        position = {int(i): p for p, i in enumerate(nodes.index)}
        pairs = [(position[int(s)], position[int(t)]) for s, t in zip(frame["source_id"], frame["target_id"])]
        graph = igraph.Graph(n=len(nodes), edges=pairs, directed=directed)
        graph.vs["name"] = nodes["name"].tolist()
        graph.vs["id"] = [int(i) for i in nodes.index]
        for column in nodes.columns[1:]:
            graph.vs[column] = [_plain(v) for v in nodes[column]]
        for column in frame.columns:
            if column not in ("source_id", "target_id"):
                graph.es[column] = _values(frame[column])
        return graph

    @staticmethod
    def _node_keys(nodes: pd.DataFrame, node_key: str) -> List[Any]:
        if node_key == "id":
            return [int(i) for i in nodes.index]
        if node_key != "name":
            raise ValueError(f"node_key must be 'name' or 'id', not {node_key!r}")
        names = nodes["name"]
        if names.duplicated().any():
            twice = names[names.duplicated()].iloc[0]
            raise ValueError(f"two nodes are named {twice!r} (different kinds); use node_key='id'")
        return names.tolist()


# --- decoding ---------------------------------------------------------------------------------


def _uint32s(data: bytes, what: str, path: str) -> np.ndarray:
    if data is None or len(data) % 4:
        raise WorkspaceError(f"{path}: {what} is damaged (not a whole number of UInt32)")
    return np.frombuffer(data, dtype="<u4")


def _float64s(data: bytes, what: str, path: str) -> np.ndarray:
    if data is None or len(data) % 8:
        raise WorkspaceError(f"{path}: {what} is damaged (not a whole number of Float64)")
    return np.frombuffer(data, dtype="<f8").astype(np.float64)


def _communities(labels: np.ndarray, ids: np.ndarray, node_count: Optional[int], name: str) -> pd.Series:
    """Labels by node id as a nullable UInt32 Series; `node_count` extends it with <NA>."""
    count = len(labels) if node_count is None else max(node_count, len(labels))
    if node_count is not None:
        ids = np.arange(count)
        labels = np.concatenate([labels, np.full(count - len(labels), NO_COMMUNITY, dtype="<u4")])
    values = pd.array(labels.astype(np.uint32), dtype="UInt32")
    values[labels == NO_COMMUNITY] = pd.NA
    return pd.Series(values, index=pd.Index(ids, name="id"), name=name)


def _json_or_text(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _parameters(text: str) -> Any:
    """A result's recorded parameters: `[[name, value], ...]` (centrality) or an object, as a dict."""
    parsed = _json_or_text(text)
    if isinstance(parsed, list) and all(isinstance(p, list) and len(p) == 2 for p in parsed):
        result: Dict[str, Any] = {}
        for name, value in parsed:
            result.setdefault(name, value)
        return result
    return parsed


def _camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def _plain(value: Any) -> Any:
    """numpy and pandas scalars as Python values; missing values as None; times as Unix seconds."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return int(value.timestamp())
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


#: Integer columns that read as floats when they hold NULLs.
_INTEGER_COLUMNS = {"first_time", "last_time", "count", "pairs", "min_delta"}


def _values(column: pd.Series) -> List[Any]:
    """A column as Python values, None for missing ones (integers stay integers)."""
    if column.dtype.kind == "f":
        values = column.to_numpy()
        missing = np.isnan(values)
        if column.name in _INTEGER_COLUMNS:
            items = np.where(missing, 0, values).astype(np.int64).tolist()
        else:
            items = values.tolist()
        return [None if m else v for v, m in zip(items, missing.tolist())]
    return [_plain(v) for v in column.tolist()]


def _present(items) -> Dict[str, Any]:
    result = {}
    for key, value in items:
        value = _plain(value)
        if value is not None and value is not pd.NA:
            result[key] = value
    return result
