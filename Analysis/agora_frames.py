"""Per-kind views of a decoded Agora trace (``agora_trace.Trace``) as pandas DataFrames, with
the column names of docs/trace-format.md, plus the daily snapshots and the follow graph replayed
from the trace.

    from agora_trace import read_trace
    trace = read_trace("runs/<run-id>/trace.agtrace")
    trace.kind_frame("repost")        # time_ms, author, post, parent, topic, stance
    trace.snapshots()                 # day, agent, opinion, status
    trace.final_edges()               # follower, followee after the last event

Everything is vectorized except the follow-graph replay, which applies follow/unfollow events in
trace order (a Python loop over those events only).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

DAY_MS = 86_400_000

# kind name → list of (output column, source column or callable on the kind's events).
_POST_COLUMNS = [("author", "agent"), ("post", "target"), ("parent", "value")]
KIND_COLUMNS = {
    "session_start": [("agent", "agent"), ("session_seq", "target"), ("feed_length", "value")],
    "session_end": [("agent", "agent"), ("impressions", "value"), ("length_ms", "extra")],
    "impression": [("agent", "agent"), ("post", "target"), ("position", "value")],
    "like": [("agent", "agent"), ("post", "target")],
    "repost": _POST_COLUMNS,
    "quote": _POST_COLUMNS,
    "comment": _POST_COLUMNS,
    "post": _POST_COLUMNS,
    "follow": [("follower", "agent"), ("followee", "target")],
    "unfollow": [("follower", "agent"), ("followee", "target")],
    "mute": [("agent", "agent"), ("author", "target")],
    "churn": [("agent", "agent")],
    "return": [("agent", "agent")],
    "arrival": [("agent", "agent"), ("type_index", "value")],
    "snapshot_day": [("day", "target"), ("agent_count", "value")],
    "snapshot_agent": [("agent", "agent")],
    "follow_suggestion": [("agent", "agent"), ("suggested", "target")],
    "retrain": [("retrain_seq", "target"), ("interactions", "value")],
}
POST_KINDS = ("post", "repost", "quote", "comment")


def kind_frame(trace, kind: str) -> pd.DataFrame:
    """The events of one kind with the columns of docs/trace-format.md (``time_ms`` first; post
    kinds add ``topic`` and ``stance``; ``snapshot_agent`` adds ``day``, ``opinion``, ``status``).
    Unknown kind names give the raw columns."""
    events = trace.events
    code = trace.kind_codes.get(kind)
    mask = (events["kind"] == kind).to_numpy() if code is None else events["kind_code"].to_numpy() == code
    chosen = events[mask]
    if kind not in KIND_COLUMNS:
        return chosen.reset_index(drop=True)
    frame = pd.DataFrame({"time_ms": chosen["time_ms"].to_numpy()})
    for name, source in KIND_COLUMNS[kind]:
        frame[name] = chosen[source].to_numpy()
    if kind in POST_KINDS:
        extra = chosen["extra"].to_numpy()
        frame["topic"] = (extra & 0xFFFF).astype(np.uint16)
        frame["stance"] = ((extra >> 16) & 0xFFFF).astype(np.uint16).view(np.int16).astype(np.float64) / 32767
    if kind == "snapshot_agent":
        frame = snapshots(trace)
    return frame


def snapshots(trace) -> pd.DataFrame:
    """One row per ``snapshot_agent`` event: ``day`` (of the ``snapshot_day`` before it),
    ``time_ms``, ``agent``, ``opinion`` (value / 10⁶) and ``status`` (0 active, 1 churned, 2 not
    joined)."""
    events = trace.events
    codes = events["kind_code"].to_numpy()
    is_day = codes == trace.kind_codes.get("snapshot_day", 14)
    is_agent = codes == trace.kind_codes.get("snapshot_agent", 15)
    # Only snapshot rows matter: forward-fill the day of the latest snapshot_day over them.
    rows_all = np.flatnonzero(is_day | is_agent)
    day_rows = is_day[rows_all]
    day_at = np.where(day_rows, events["target"].to_numpy()[rows_all].astype(np.int64), -1)
    index = np.where(day_rows, np.arange(len(rows_all)), 0)
    np.maximum.accumulate(index, out=index)
    keep = ~day_rows
    days = day_at[index][keep]
    rows = rows_all[keep]
    return pd.DataFrame({
        "day": days,
        "time_ms": events["time_ms"].to_numpy()[rows],
        "agent": events["agent"].to_numpy()[rows],
        "opinion": events["value"].to_numpy()[rows] / 1e6,
        "status": events["extra"].to_numpy()[rows],
    })


def post_roots(trace) -> pd.DataFrame:
    """Every post created in the trace with ``author``, ``parent``, ``root`` and ``depth``:
    parents are followed to the first post whose parent is -1 or not created in the trace. Post
    ids are assigned in creation order, so one pass in id order resolves every root."""
    posts = pd.concat([kind_frame(trace, k).assign(kind=k) for k in POST_KINDS], ignore_index=True)
    posts = posts.sort_values("post", kind="stable").reset_index(drop=True)
    ids = posts["post"].to_numpy().astype(np.int64)
    parents = posts["parent"].to_numpy().astype(np.int64)
    position = {int(p): i for i, p in enumerate(ids)}
    roots = np.empty(len(ids), dtype=np.int64)
    depths = np.zeros(len(ids), dtype=np.int64)
    for i, (post, parent) in enumerate(zip(ids.tolist(), parents.tolist())):
        j = position.get(parent) if parent >= 0 else None
        if j is None or j >= i:
            roots[i], depths[i] = post, 0
        else:
            roots[i], depths[i] = roots[j], depths[j] + 1
    posts["root"] = roots
    posts["depth"] = depths
    return posts


def final_edges(trace) -> pd.DataFrame:
    """The follow graph after the last event: the initial edges, then every ``follow`` (adds)
    and ``unfollow`` (removes) in trace order. Columns ``follower``, ``followee``, sorted."""
    edges = set(zip(trace.initial_edges["follower"].tolist(), trace.initial_edges["followee"].tolist()))
    changes = trace.events[trace.events["kind"].isin(["follow", "unfollow"])]
    for kind, follower, followee in zip(changes["kind"].astype(object).tolist(), changes["agent"].tolist(),
                                        changes["target"].tolist()):
        if kind == "follow":
            if follower != followee:
                edges.add((follower, followee))
        else:
            edges.discard((follower, followee))
    frame = pd.DataFrame(sorted(edges), columns=["follower", "followee"])
    return frame.astype({"follower": np.int64, "followee": np.int64})


def join_days(trace) -> pd.Series:
    """Join day of every agent: the header's ``join_time_ms`` day, or its ``arrival`` event's day."""
    joins = pd.Series(trace.agents["join_time_ms"].to_numpy() // DAY_MS, dtype=np.int64)
    arrivals = kind_frame(trace, "arrival")
    if len(arrivals):
        extra = pd.Series(arrivals["time_ms"].to_numpy() // DAY_MS, index=arrivals["agent"].to_numpy().astype(np.int64))
        joins = joins.reindex(range(max(len(joins), int(extra.index.max()) + 1)))
        joins.loc[extra.index] = extra.to_numpy()
        joins = joins.astype("Int64")
    return joins
