"""The Python trace reader against traces the Swift code wrote.

Where the traces come from:

1. ``fixture`` traces: written by the Swift test ``writesThePythonReaderFixture``
   (Tests/AgoraTraceTests/TraceExporterTests.swift) into ``$AGORA_TRACE_FIXTURE_DIR`` together
   with the Swift exporter's JSONL, the Swift stats JSON and the expected agents/edges/texts.
   When ``AGORA_TRACE_FIXTURE_DIR`` is unset or empty, the session fixture runs that Swift test
   itself (``swift test --filter writesThePythonReaderFixture`` in the repository root) into a
   temporary directory; without ``swift`` on PATH the fixture cannot be written and the tests fail.
2. a ``run`` trace: ``$AGORA_BIN run Analysis/tests/fixtures/tiny.yaml --out TMP --quiet``
   (``AGORA_BIN`` defaults to ``<repo>/.build/debug/agora``), compared with
   ``agora trace export --format jsonl`` and ``agora trace stats --format json`` of the same
   trace. Skipped while the binary has no ``run`` subcommand.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess

import numpy as np
import pytest

import agora_trace as at

REPO = pathlib.Path(__file__).resolve().parents[2]
AGORA_BIN = pathlib.Path(os.environ.get("AGORA_BIN", REPO / ".build" / "debug" / "agora"))
TINY_WORLD = pathlib.Path(__file__).resolve().parent / "fixtures" / "tiny.yaml"


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> pathlib.Path:
    configured = os.environ.get("AGORA_TRACE_FIXTURE_DIR")
    if configured and (pathlib.Path(configured) / "fixture.agtrace").exists():
        return pathlib.Path(configured)
    assert shutil.which("swift") is not None, "set AGORA_TRACE_FIXTURE_DIR or put swift on PATH to write the fixture"
    directory = tmp_path_factory.mktemp("swift-fixture")
    result = subprocess.run(
        ["swift", "test", "--filter", "writesThePythonReaderFixture"], cwd=REPO,
        env={**os.environ, "AGORA_TRACE_FIXTURE_DIR": str(directory)}, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return directory


def read_jsonl(path: pathlib.Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def assert_events_match_jsonl(trace: at.Trace, rows: list[dict]) -> None:
    events = trace.events
    assert len(events) == len(rows)
    for column in ["time_ms", "agent", "target", "value", "extra"]:
        np.testing.assert_array_equal(events[column].to_numpy(np.int64), np.array([r[column] for r in rows], np.int64))
    assert events["kind"].astype(str).tolist() == [r["kind"] for r in rows]
    posts = trace.post_attributes()
    expected = [(i, r["topic"], r["stance"]) for i, r in enumerate(rows) if "topic" in r]
    assert posts.index.tolist() == [i for i, _, _ in expected]
    np.testing.assert_array_equal(posts["topic"].to_numpy(), [t for _, t, _ in expected])
    np.testing.assert_array_equal(posts["stance"].to_numpy(), np.array([s for _, _, s in expected], np.float32))


def assert_stats_match(trace: at.Trace, stats: dict, size: int) -> None:
    assert stats["events"] == trace.recovered_events == len(trace.events)
    assert stats["blocks"] == trace.recovered_blocks
    assert stats["complete"] == trace.complete
    assert stats["kinds"] == trace.kind_counts()
    assert abs(stats["bytes_per_event"] - size / max(1, len(trace.events))) < 1e-3


def event_block_offsets(path: pathlib.Path) -> list[tuple[int, int]]:
    """(offset, end) of every event block, walking the file with the reader's block iterator."""
    data = path.read_bytes()
    _, offset = at._read_header(str(path), data)
    blocks, result = at._Blocks(str(path), data, offset), []
    while (block := blocks.next()) is not None:
        if block[0] == at.BLOCK_EVENTS:
            result.append((block[3], blocks.offset))
    return result


def test_round_trip_matches_the_swift_export_and_stats(fixture_dir):
    trace = at.read_trace(fixture_dir / "fixture.agtrace")
    assert trace.complete and trace.error is None
    assert trace.header["format_version"] == 1
    assert trace.header["world_name"] == "fixture"
    assert trace.recovered_blocks == 5 and len(trace.events) == 5000
    assert_events_match_jsonl(trace, read_jsonl(fixture_dir / "fixture.jsonl"))
    stats = json.loads((fixture_dir / "fixture.stats.json").read_text())
    assert_stats_match(trace, stats, (fixture_dir / "fixture.agtrace").stat().st_size)
    assert "kind_200" in trace.kind_counts()


def test_agents_initial_graph_and_texts_match(fixture_dir):
    trace = at.read_trace(fixture_dir / "fixture.agtrace")
    expected = json.loads((fixture_dir / "fixture.expected.json").read_text())
    agents = expected["agents"]
    for column in ["type", "community", "persona", "join_time_ms"]:
        np.testing.assert_array_equal(trace.agents[column].to_numpy(np.int64), agents[column])
    for column in ["activity", "opinion"]:
        np.testing.assert_array_equal(trace.agents[column].to_numpy(), np.array(agents[column], np.float32))
    np.testing.assert_array_equal(trace.agent_interests.ravel(), np.array(agents["interests"], np.float32))
    assert trace.agent_interests.shape == (60, 3)
    edges = np.array(expected["edges"], np.int64).reshape(-1, 2)
    np.testing.assert_array_equal(trace.initial_edges[["follower", "followee"]].to_numpy(np.int64), edges)
    assert trace.texts["post"].tolist() == [t["post"] for t in expected["texts"]]
    assert trace.texts["text"].tolist() == [t["text"] for t in expected["texts"]]


def test_truncated_copy_recovers_the_complete_blocks(fixture_dir, tmp_path):
    source = fixture_dir / "fixture.agtrace"
    data = source.read_bytes()
    blocks = event_block_offsets(source)
    last_start, last_end = blocks[-1]
    full = at.read_trace(source)
    for cut in sorted({last_start, last_start + 1, last_start + 27, last_start + 28, (last_start + last_end) // 2,
                       last_end - 1, last_end, len(data) - 1}):
        path = tmp_path / "cut.agtrace"
        path.write_bytes(data[:cut])
        trace = at.read_trace(path)
        kept = len(blocks) if cut >= last_end else len(blocks) - 1
        assert not trace.complete
        assert trace.recovered_blocks == kept, cut
        assert trace.recovered_events == len(trace.events) == 1000 * kept
        np.testing.assert_array_equal(trace.events["time_ms"], full.events["time_ms"][:1000 * kept])
        if AGORA_BIN.exists():
            result = subprocess.run([str(AGORA_BIN), "trace", "stats", str(path), "--format", "json"],
                                    capture_output=True, text=True)
            assert result.returncode == 3
            assert f"recovered {1000 * kept} events in {kept} complete blocks" in result.stderr
            assert_stats_match(trace, json.loads(result.stdout), cut)


def test_flipped_byte_names_the_block(fixture_dir, tmp_path):
    source = fixture_dir / "fixture.agtrace"
    data = bytearray(source.read_bytes())
    (start, end) = event_block_offsets(source)[2]
    data[(start + end) // 2] ^= 0x10
    path = tmp_path / "flipped.agtrace"
    path.write_bytes(bytes(data))
    with pytest.raises(at.TraceCorruptedError) as caught:
        at.read_trace(path)
    assert caught.value.offset == start
    partial = at.read_trace(path, strict=False)
    assert partial.recovered_blocks == 2 and not partial.complete
    assert f"block {caught.value.block}" in partial.error


def test_a_flipped_bit_anywhere_raises_a_trace_error(fixture_dir, tmp_path):
    data = (fixture_dir / "fixture.agtrace").read_bytes()
    path = tmp_path / "flipped.agtrace"
    for position in range(0, len(data), 97):
        damaged = bytearray(data)
        damaged[position] ^= 1 << (position % 8)
        path.write_bytes(bytes(damaged))
        with pytest.raises((at.NotATraceError, at.TraceCorruptedError)):
            at.read_trace(path)


def test_not_a_trace(tmp_path):
    path = tmp_path / "world.yaml"
    path.write_text("name: tiny\n")
    with pytest.raises(at.NotATraceError):
        at.read_trace(path)


def test_varint_decoding_is_exact_at_the_edges():
    values = np.array([0, 1, 127, 128, 16383, 16384, 2**35, 2**63, 2**64 - 1], dtype=np.uint64)
    encoded = bytearray()
    for value in values.tolist():
        while value >= 0x80:
            encoded.append((value & 0x7F) | 0x80)
            value >>= 7
        encoded.append(value)
    decoded = at.decode_varints(np.frombuffer(bytes(encoded), np.uint8), len(values))
    np.testing.assert_array_equal(decoded, values)
    np.testing.assert_array_equal(at.unzigzag(np.array([0, 1, 2, 3, 2**64 - 1], np.uint64)),
                                  np.array([0, -1, 1, -2, -(2**63)], np.int64))


def test_tiny_world_run_matches_the_cli_export_and_stats(tmp_path):
    result = subprocess.run([str(AGORA_BIN), "run", str(TINY_WORLD), "--out", str(tmp_path), "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (trace_path,) = tmp_path.glob("*/trace.agtrace")
    trace = at.read_trace(trace_path)
    assert trace.complete and trace.header["world_name"] == "tiny" and trace.header["seed"] == 7
    assert len(trace.agents) == 200
    exported = tmp_path / "events.jsonl"
    subprocess.run([str(AGORA_BIN), "trace", "export", str(trace_path), "--format", "jsonl", "--out", str(exported)],
                   check=True)
    assert_events_match_jsonl(trace, read_jsonl(exported))
    stats = subprocess.run([str(AGORA_BIN), "trace", "stats", str(trace_path), "--format", "json"],
                           capture_output=True, text=True, check=True)
    assert_stats_match(trace, json.loads(stats.stdout), trace_path.stat().st_size)
