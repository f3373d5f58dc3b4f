"""Read Agora traces (format v1, docs/trace-format.md) into pandas DataFrames.

    from agora_trace import read_trace
    trace = read_trace("runs/tiny-1a2b3c4d-7/trace.agtrace")
    trace.events.groupby("kind", observed=True).size()

Decoding is vectorized with numpy (no per-event Python loop). A trace cut off mid-write is read
up to its last complete block (``trace.complete`` is False, ``recovered_events`` and
``recovered_blocks`` say how much was recovered). A damaged block raises ``TraceCorruptedError``
naming the block number and byte offset (or, with ``strict=False``, stops there and records the
error in ``trace.error``). Unknown block types are skipped; unknown kind codes are kept and named
``kind_<code>``.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import zstandard

FORMAT_VERSION = 1
FILE_MAGIC = b"AGTRACE\n"
BLOCK_MAGIC = b"AGBK"
BLOCK_HEADER_SIZE = 28
MAX_BLOCK_BYTES = 1 << 30
MAX_HEADER_BYTES = 16 << 20

BLOCK_AGENTS = 1
BLOCK_INITIAL_GRAPH = 2
BLOCK_EVENTS = 3
BLOCK_TEXT = 4
BLOCK_FOOTER = 5

POST_KIND_NAMES = ("post", "repost", "quote", "comment")


class TraceError(Exception):
    """Base class of the reader's errors."""


class NotATraceError(TraceError):
    """The file does not start with the trace magic bytes."""


class TraceCorruptedError(TraceError):
    """A damaged header or block. ``block`` is None for the header."""

    def __init__(self, path, block, offset, reason):
        self.path, self.block, self.offset, self.reason = path, block, offset, reason
        where = "header" if block is None else f"block {block} at byte offset {offset}"
        super().__init__(f"{path}: corrupted {where}: {reason}")


class TraceTruncatedPrologueError(TraceError):
    """The file ends before the agents and initial graph are complete."""


class _BlockDamage(Exception):
    """Internal: a reason a block payload is invalid."""


@dataclass
class Trace:
    """A decoded trace. ``events`` has columns time_ms, kind (categorical names), kind_code,
    agent, target, value, extra, in trace (apply) order."""

    header: dict
    agents: pd.DataFrame
    agent_interests: np.ndarray
    initial_edges: pd.DataFrame
    events: pd.DataFrame
    texts: pd.DataFrame
    footer: dict | None
    complete: bool
    recovered_events: int
    recovered_blocks: int
    error: str | None = None
    kind_codes: dict = field(default_factory=dict)

    def kind_counts(self) -> dict:
        """Events per kind name (every kind of the header's table, zeros included)."""
        counts = np.bincount(self.events["kind_code"].to_numpy(), minlength=256)
        names = _kind_names(self.header)
        result = {entry["name"]: int(counts[entry["code"]]) for entry in self.header["kinds"]}
        for code in np.flatnonzero(counts):
            result.setdefault(names[code], int(counts[code]))
        return result

    def kind_frame(self, kind: str) -> pd.DataFrame:
        """The events of one kind with the columns named in docs/trace-format.md
        (``agora_frames.kind_frame``)."""
        import agora_frames
        return agora_frames.kind_frame(self, kind)

    def snapshots(self) -> pd.DataFrame:
        """The daily snapshots: day, time_ms, agent, opinion, status (``agora_frames.snapshots``)."""
        import agora_frames
        return agora_frames.snapshots(self)

    def final_edges(self) -> pd.DataFrame:
        """The follow graph after the last event (``agora_frames.final_edges``)."""
        import agora_frames
        return agora_frames.final_edges(self)

    def post_attributes(self) -> pd.DataFrame:
        """Post-creating events with topic and stance decoded from ``extra``."""
        posts = self.events[self.events["kind"].isin(POST_KIND_NAMES)].copy()
        extra = posts["extra"].to_numpy()
        posts["topic"] = (extra & 0xFFFF).astype(np.uint16)
        posts["stance"] = ((extra >> 16) & 0xFFFF).astype(np.uint16).view(np.int16).astype(np.float32) / np.float32(32767)
        return posts


def decode_varints(buf: np.ndarray, count: int) -> np.ndarray:
    """Decode exactly ``count`` unsigned LEB128 varints filling ``buf`` (uint8) → uint64.

    Vectorized: one pass finds where each varint ends, then the k-th byte of every varint longer
    than k is merged in, over a shrinking set of rows (most values are 1–2 bytes).
    """
    ends = np.flatnonzero(buf < 0x80)
    if len(ends) != count or (count and ends[-1] != len(buf) - 1) or (count == 0 and len(buf)):
        if len(ends) > count:
            raise _BlockDamage(f"more than {count} values")
        raise _BlockDamage("ends inside a varint" if len(ends) < count else f"bytes left after {count} values")
    if len(buf) == count:
        return buf.astype(np.uint64)
    starts = np.empty_like(ends)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    lengths = ends - starts + 1
    if int(lengths.max()) > 10:
        raise _BlockDamage("varint longer than 10 bytes")
    values = (buf[starts] & 0x7F).astype(np.uint64)
    rows = np.flatnonzero(lengths > 1)
    k = 1
    while len(rows):
        values[rows] |= (buf[starts[rows] + k] & 0x7F).astype(np.uint64) << np.uint64(7 * k)
        k += 1
        rows = rows[lengths[rows] > k]
    return values


def unzigzag(values: np.ndarray) -> np.ndarray:
    """Undo the zigzag mapping: uint64 → int64 (reuses ``values``' memory)."""
    sign = (values & np.uint64(1)).view(np.int64)
    np.negative(sign, out=sign)
    values >>= np.uint64(1)
    result = values.view(np.int64)
    result ^= sign
    return result


def _columns(payload: bytes, names):
    """Split a payload into its length-prefixed columns (extra trailing bytes are ignored)."""
    out, position = [], 0
    for name in names:
        if position + 4 > len(payload):
            raise _BlockDamage(f"column {name}: missing length")
        (length,) = struct.unpack_from("<I", payload, position)
        position += 4
        if length > len(payload) - position:
            raise _BlockDamage(f"column {name}: length {length} exceeds the {len(payload) - position} bytes left")
        out.append(np.frombuffer(payload, dtype=np.uint8, count=length, offset=position))
        position += length
    return out


def _varint_column(buf, count, name, delta):
    try:
        values = unzigzag(decode_varints(buf, count))
    except _BlockDamage as damage:
        raise _BlockDamage(f"column {name}: {damage}") from None
    return np.cumsum(values, dtype=np.int64) if delta else values


def _ids(values, name):
    if len(values) and (values.min() < 0 or values.max() > 0xFFFFFFFF):
        raise _BlockDamage(f"column {name}: value outside 32-bit ids")
    return values.astype(np.uint32)


EVENT_COLUMNS = (("time_ms", np.int64), ("kind_code", np.uint8), ("agent", np.uint32), ("target", np.uint32),
                 ("value", np.int64), ("extra", np.int64))


def decode_event_block(payload: bytes, count: int, out: dict | None = None, at: int = 0) -> dict:
    """Decode an event block payload into numpy columns: into ``out[name][at:at+count]`` when
    ``out`` is given (preallocated arrays, so that reading a trace copies each column once),
    otherwise into new arrays."""
    if out is None:
        out, at = {name: np.empty(count, dtype) for name, dtype in EVENT_COLUMNS}, 0
    time, kind, agent, target, value, extra = _columns(payload, ["time", "kind", "agent", "target", "value", "extra"])
    if len(kind) != count:
        raise _BlockDamage(f"column kind has {len(kind)} bytes, block header says {count} events")
    end = at + count
    out["time_ms"][at:end] = _varint_column(time, count, "time", True)
    out["kind_code"][at:end] = kind
    out["agent"][at:end] = _ids(_varint_column(agent, count, "agent", True), "agent")
    out["target"][at:end] = _ids(_varint_column(target, count, "target", True), "target")
    out["value"][at:end] = _varint_column(value, count, "value", False)
    out["extra"][at:end] = _varint_column(extra, count, "extra", False)
    return out


def _event_capacity(data: bytes, offset: int, block_events: int) -> int:
    """Sum of the event counts announced by the intact block headers from ``offset`` on (a cheap
    pre-scan that sizes the event columns; the real reading checks everything again)."""
    total = 0
    while len(data) - offset >= BLOCK_HEADER_SIZE:
        head = data[offset:offset + BLOCK_HEADER_SIZE]
        clen, count, ulen, _, header_crc = struct.unpack_from("<IIIII", head, 8)
        if head[:4] != BLOCK_MAGIC or zlib.crc32(head[:24]) != header_crc:
            break
        if head[4] == BLOCK_EVENTS:
            total += min(count, block_events, ulen)
        offset += BLOCK_HEADER_SIZE + clen
    return total


def _decode_agents(payload: bytes, count: int, topics: int) -> dict:
    widths = [("type", "u1", 1), ("activity", "<f4", 1), ("interests", "<f4", topics), ("opinion", "<f4", 1),
              ("community", "<u4", 1), ("persona", "<u4", 1), ("join_time_ms", "<i8", 1)]
    columns = _columns(payload, [name for name, _, _ in widths])
    result = {}
    for (name, dtype, per_agent), buf in zip(widths, columns):
        expected = np.dtype(dtype).itemsize * per_agent * count
        if len(buf) != expected:
            raise _BlockDamage(f"column {name} has {len(buf)} bytes, expected {expected} for {count} agents")
        result[name] = buf.view(dtype).astype(np.dtype(dtype).newbyteorder("="))
    return result


def _decode_texts(payload: bytes, count: int):
    posts, lengths, utf8 = _columns(payload, ["post", "length", "utf8"])
    post_ids = _ids(_varint_column(posts, count, "post", True), "post")
    try:
        sizes = decode_varints(lengths, count).astype(np.int64)
    except _BlockDamage as damage:
        raise _BlockDamage(f"column length: {damage}") from None
    if sizes.sum() != len(utf8):
        raise _BlockDamage("column utf8: text lengths do not add up to the text bytes")
    raw, texts, start = utf8.tobytes(), [], 0
    for size in sizes.tolist():
        try:
            texts.append(raw[start:start + size].decode("utf-8"))
        except UnicodeDecodeError:
            raise _BlockDamage("column utf8: invalid UTF-8") from None
        start += size
    return post_ids, texts


def _kind_names(header: dict) -> list:
    names = [f"kind_{code}" for code in range(256)]
    for entry in header["kinds"]:
        names[entry["code"]] = entry["name"]
    return names


class _Blocks:
    """Walks the framed blocks of a file held in memory, checking both CRCs and the zstd frame."""

    def __init__(self, path: str, data: bytes, offset: int):
        self.path, self.data, self.offset, self.number = path, data, offset, 0
        self.decompressor = zstandard.ZstdDecompressor()

    def next(self):
        """Return (type, count, payload, offset), None when truncated, or raise on damage."""
        data, offset = self.data, self.offset
        if len(data) - offset < BLOCK_HEADER_SIZE:
            return None
        head = data[offset:offset + BLOCK_HEADER_SIZE]
        if head[:4] != BLOCK_MAGIC:
            raise self.damaged("block magic AGBK missing")
        block_type = head[4]
        clen, count, ulen, payload_crc, header_crc = struct.unpack_from("<IIIII", head, 8)
        if zlib.crc32(head[:24]) != header_crc:
            raise self.damaged("block header checksum mismatch")
        if head[5:8] != b"\0\0\0":
            raise self.damaged("reserved block header bytes are not zero")
        if clen > len(data) - offset - BLOCK_HEADER_SIZE:
            return None
        if ulen > MAX_BLOCK_BYTES:
            raise self.damaged(f"block claims {ulen} uncompressed bytes")
        frame = data[offset + BLOCK_HEADER_SIZE:offset + BLOCK_HEADER_SIZE + clen]
        if zlib.crc32(frame) != payload_crc:
            raise self.damaged("payload checksum mismatch")
        try:
            payload = self.decompressor.decompress(frame, max_output_size=ulen)
        except zstandard.ZstdError as error:
            raise self.damaged(f"zstd: {error}") from None
        if len(payload) != ulen:
            raise self.damaged(f"zstd frame decoded to {len(payload)} bytes, expected {ulen}")
        self.offset = offset + BLOCK_HEADER_SIZE + clen
        self.number += 1
        return block_type, count, payload, offset

    def damaged(self, reason, number=None, offset=None):
        return TraceCorruptedError(self.path, self.number if number is None else number,
                                   self.offset if offset is None else offset, reason)


def _read_header(path: str, data: bytes):
    if len(data) < len(FILE_MAGIC) or data[:len(FILE_MAGIC)] != FILE_MAGIC:
        raise NotATraceError(f"{path}: not an Agora trace")
    if len(data) < 16:
        raise TraceTruncatedPrologueError(f"{path}: cut off inside the header")
    (length, length_crc) = struct.unpack_from("<II", data, 8)
    if zlib.crc32(data[8:12]) != length_crc:
        raise TraceCorruptedError(path, None, 8, "header length checksum mismatch")
    if length > MAX_HEADER_BYTES:
        raise TraceCorruptedError(path, None, 8, f"header length {length} exceeds the 16 MiB limit")
    end = 16 + length + 4
    if end > len(data):
        raise TraceTruncatedPrologueError(f"{path}: cut off inside the header")
    raw = data[16:16 + length]
    (crc,) = struct.unpack_from("<I", data, 16 + length)
    if zlib.crc32(raw) != crc:
        raise TraceCorruptedError(path, None, 16, "header checksum mismatch")
    header = json.loads(raw)
    if header["format_version"] > FORMAT_VERSION:
        raise TraceError(f"{path}: trace format version {header['format_version']} is newer than this reader")
    return header, end


def read_trace(path, strict: bool = True) -> Trace:
    """Read the whole trace at ``path``.

    Raises NotATraceError for a file without the trace magic, TraceTruncatedPrologueError when
    the file ends before its agents and initial graph, and TraceCorruptedError for a damaged
    header or block (with ``strict=False`` a damaged event or text block ends reading instead,
    and ``trace.error`` holds the message).
    """
    path = str(path)
    with open(path, "rb") as handle:
        data = handle.read()
    header, offset = _read_header(path, data)
    blocks = _Blocks(path, data, offset)
    agent_count, topics, edge_count = header["agent_count"], header["topic_count"], header["initial_edge_count"]

    agent_parts, edge_parts, agents_read, edges_read = [], [], 0, 0
    while agents_read < agent_count or edges_read < edge_count:
        block = blocks.next()
        if block is None:
            raise TraceTruncatedPrologueError(f"{path}: cut off before its agents and initial graph were complete")
        block_type, count, payload, block_offset = block
        try:
            if block_type == BLOCK_AGENTS and agents_read < agent_count:
                if count > agent_count - agents_read:
                    raise _BlockDamage("agents block holds more agents than the header announces")
                agent_parts.append(_decode_agents(payload, count, topics))
                agents_read += count
            elif block_type == BLOCK_INITIAL_GRAPH and agents_read == agent_count:
                if count > edge_count - edges_read:
                    raise _BlockDamage("graph block holds more edges than the header announces")
                follower, followee = _columns(payload, ["follower", "followee"])
                edge_parts.append((_ids(_varint_column(follower, count, "follower", True), "follower"),
                                   _ids(_varint_column(followee, count, "followee", True), "followee")))
                edges_read += count
            elif block_type in (BLOCK_AGENTS, BLOCK_INITIAL_GRAPH, BLOCK_EVENTS, BLOCK_TEXT, BLOCK_FOOTER):
                raise _BlockDamage("unexpected block before the agents and initial graph were complete")
        except _BlockDamage as damage:
            raise blocks.damaged(str(damage), blocks.number - 1, block_offset) from None

    capacity = _event_capacity(data, blocks.offset, header["block_events"])
    columns = {name: np.empty(capacity, dtype) for name, dtype in EVENT_COLUMNS}
    text_posts, text_values = [], []
    footer, error, events_read, event_blocks, text_blocks = None, None, 0, 0, 0
    while True:
        try:
            block = blocks.next()
        except TraceCorruptedError as damage:
            if strict:
                raise
            error = str(damage)
            break
        if block is None:
            break
        block_type, count, payload, block_offset = block
        try:
            if block_type == BLOCK_EVENTS:
                if count > capacity - events_read:
                    raise _BlockDamage("more events than the block headers announced")
                decode_event_block(payload, count, columns, events_read)
                events_read += count
                event_blocks += 1
            elif block_type == BLOCK_TEXT:
                posts, texts = _decode_texts(payload, count)
                text_posts.append(posts)
                text_values.extend(texts)
                text_blocks += 1
            elif block_type == BLOCK_FOOTER:
                footer = json.loads(payload)
                said = (footer["events"], footer["event_blocks"], footer["text_blocks"], footer["texts"])
                read = (events_read, event_blocks, text_blocks, len(text_values))
                if said != read:
                    raise _BlockDamage(f"footer says (events, event blocks, text blocks, texts) = {said}, read {read}")
                if blocks.offset != len(data):
                    raise _BlockDamage(f"{len(data) - blocks.offset} bytes follow the footer")
                break
            elif block_type in (BLOCK_AGENTS, BLOCK_INITIAL_GRAPH):
                raise _BlockDamage("an agents or initial-graph block after the first event block")
        except (_BlockDamage, ValueError, KeyError) as damage:
            footer = None
            failure = blocks.damaged(str(damage), blocks.number - 1, block_offset)
            if strict:
                raise failure from None
            error = str(failure)
            break

    events = _events_frame(header, {name: array[:events_read] for name, array in columns.items()})
    return Trace(
        header=header,
        agents=_agents_frame(header, agent_parts),
        agent_interests=_interests(agent_parts, topics),
        initial_edges=pd.DataFrame({
            "follower": np.concatenate([f for f, _ in edge_parts]) if edge_parts else np.zeros(0, np.uint32),
            "followee": np.concatenate([g for _, g in edge_parts]) if edge_parts else np.zeros(0, np.uint32),
        }),
        events=events,
        texts=pd.DataFrame({
            "post": np.concatenate(text_posts) if text_posts else np.zeros(0, np.uint32),
            "text": pd.Series(text_values, dtype=object),
        }),
        footer=footer,
        complete=footer is not None,
        recovered_events=events_read,
        recovered_blocks=event_blocks,
        error=error,
        kind_codes={entry["name"]: entry["code"] for entry in header["kinds"]},
    )


def _events_frame(header: dict, data: dict) -> pd.DataFrame:
    names = _kind_names(header)
    table_codes = [entry["code"] for entry in header["kinds"]]
    present = np.flatnonzero(np.bincount(data["kind_code"], minlength=256))
    codes = table_codes + [int(code) for code in present if code not in set(table_codes)]
    lookup = np.zeros(256, dtype=np.int16)
    lookup[codes] = np.arange(len(codes), dtype=np.int16)
    kind = pd.Categorical.from_codes(lookup[data["kind_code"]], categories=[names[code] for code in codes])
    # copy=False keeps each column's array as its own block instead of consolidating (copying).
    return pd.DataFrame({
        "time_ms": data["time_ms"], "kind": kind, "kind_code": data["kind_code"], "agent": data["agent"],
        "target": data["target"], "value": data["value"], "extra": data["extra"],
    }, copy=False)


def _agents_frame(header: dict, parts: list) -> pd.DataFrame:
    names = ["type", "activity", "opinion", "community", "persona", "join_time_ms"]
    frame = pd.DataFrame({name: np.concatenate([p[name] for p in parts]) if parts else np.zeros(0) for name in names})
    types = np.array(list(header.get("population_types", [])) + [None], dtype=object)
    frame["type_name"] = types[np.minimum(frame["type"].to_numpy(np.int64), len(types) - 1)]
    return frame


def _interests(parts: list, topics: int) -> np.ndarray:
    if not parts:
        return np.zeros((0, topics), dtype=np.float32)
    return np.concatenate([p["interests"] for p in parts]).reshape(-1, topics)
