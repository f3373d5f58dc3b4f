import AgoraCore
import AgoraTrace
import ArgumentParser
import CZstd
import Foundation

/// `agora-bench trace TRACE`: how fast `TraceWriter` writes a run's events compared with raw zstd
/// compressing the very same block payloads, in one process.
///
/// Reads up to `--events` events of an existing trace (e.g. the 1M-agent benchmark's), then per
/// timed run: (1) writes them through `TraceWriter` (columnar encoding, zstd on the writer's
/// background thread, CRC-32s, file writes; header without agents or graph) to a scratch file;
/// (2) compresses the uncompressed payloads of that file's event blocks — the exact bytes the
/// writer compressed — with `ZSTD_compress2` at the same level on this thread. Prints one JSON
/// object with medians and min–max of events/s and MB/s (raw payload bytes) for both, bytes
/// per event, and the writer/raw speed ratio.
struct TraceBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace write throughput against raw zstd on the same bytes."
    )

    @Argument(help: "A trace file whose events are replayed (agora run writes OUT/<run-id>/trace.agtrace).")
    var trace: String
    @Option(help: "Most events read from the trace (bounds memory: 40 bytes per event).")
    var events = 4_000_000
    @Option(help: "zstd level of both the writer and raw zstd.")
    var level: Int32 = 3
    @Option(help: "Timed runs of each side.")
    var runs = 3
    @Option(help: "Scratch file written by the writer (removed afterwards).")
    var scratch = "/tmp/agora-bench-trace.agtrace"

    func run() throws {
        let loaded = try loadEvents()
        guard !loaded.isEmpty else { throw ValidationError("\(trace) holds no events") }
        var writerTimer = BenchmarkTimer()
        var fileBytes = 0
        try writerTimer.measure(runs: runs, warmups: 0) { fileBytes = try writeTrace(loaded) }
        let payloads = try eventPayloads(ofTraceAt: scratch)
        try? FileManager.default.removeItem(atPath: scratch)
        let rawBytes = payloads.reduce(0) { $0 + $1.count }
        var compressedBytes = 0
        var zstdTimer = BenchmarkTimer()
        try zstdTimer.measure(runs: runs, warmups: 0) { compressedBytes = try compress(payloads) }
        let count = Double(loaded.count)
        func rates(_ timer: BenchmarkTimer, _ name: String) -> String {
            "\"\(name)\": {\"seconds_median\": \(timer.median), \"seconds_min\": \(timer.min), \"seconds_max\": \(timer.max), "
                + "\"events_per_second_median\": \(count / timer.median), \"raw_mb_per_second_median\": \(Double(rawBytes) / 1e6 / timer.median), "
                + "\"raw_mb_per_second_min\": \(Double(rawBytes) / 1e6 / timer.max), \"raw_mb_per_second_max\": \(Double(rawBytes) / 1e6 / timer.min)}"
        }
        print("{\"events\": \(loaded.count), \"level\": \(level), \"runs\": \(runs), \"raw_payload_bytes\": \(rawBytes), "
            + "\"raw_bytes_per_event\": \(Double(rawBytes) / count), \"file_bytes\": \(fileBytes), "
            + "\"file_bytes_per_event\": \(Double(fileBytes) / count), \"zstd_bytes\": \(compressedBytes), "
            + rates(writerTimer, "trace_writer") + ", " + rates(zstdTimer, "raw_zstd") + ", "
            + "\"writer_over_raw_speed\": \(zstdTimer.median / writerTimer.median)}")
    }

    /// The first `events` events of `trace`.
    private func loadEvents() throws -> [TraceEvent] {
        var reader = try TraceReader(path: trace)
        var loaded: [TraceEvent] = []
        loaded.reserveCapacity(events)
        while loaded.count < events, let block = reader.nextEventBlock() {
            for index in 0..<min(block.count, events - loaded.count) { loaded.append(block[index]) }
        }
        return loaded
    }

    /// Writes `events` through a `TraceWriter`; returns the file size.
    private func writeTrace(_ events: [TraceEvent]) throws -> Int {
        let header = TraceHeader(engineVersion: "bench", worldName: "trace-benchmark", configHash: "", seed: 0,
                                 horizon: .day, populationTypes: ["bench"])
        let writer = try TraceWriter(path: scratch, header: header, agents: AgentAttributes(count: 0, topicCount: 1),
                                     initialGraph: FollowGraph(nodeCount: 0), compressionLevel: level)
        for event in events { writer.append(event) }
        let summary = try writer.finish(status: .completed, simulatedTime: .day)
        return Int(summary.bytes)
    }

    /// The decompressed payloads of the event blocks (type 3) of the trace at `path`
    /// (docs/trace-format.md: magic, header length, its CRC, header JSON, header CRC, blocks).
    private func eventPayloads(ofTraceAt path: String) throws -> [[UInt8]] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func u32(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        var offset = TraceFormat.fileMagic.count + 8 + u32(TraceFormat.fileMagic.count) + 4
        var payloads: [[UInt8]] = []
        while offset + TraceFormat.blockHeaderSize <= bytes.count {
            let compressed = u32(offset + 8)
            let uncompressed = u32(offset + 16)
            let start = offset + TraceFormat.blockHeaderSize
            if bytes[offset + 4] == 3 {
                var payload = [UInt8](repeating: 0, count: uncompressed)
                let written = bytes.withUnsafeBytes { source in
                    payload.withUnsafeMutableBytes { destination in
                        ZSTD_decompress(destination.baseAddress, uncompressed, source.baseAddress! + start, compressed)
                    }
                }
                guard ZSTD_isError(written) == 0, written == uncompressed else {
                    throw ValidationError("cannot decompress the event block at byte \(offset) of \(path)")
                }
                payloads.append(payload)
            }
            offset = start + compressed
        }
        return payloads
    }

    /// Compresses every payload at `level` with one reusable context; returns the compressed total.
    private func compress(_ payloads: [[UInt8]]) throws -> Int {
        guard let context = ZSTD_createCCtx() else { throw ValidationError("ZSTD_createCCtx failed") }
        defer { ZSTD_freeCCtx(context) }
        _ = ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level)
        _ = ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
        var output = [UInt8](repeating: 0, count: ZSTD_compressBound(payloads.map(\.count).max() ?? 0))
        var total = 0
        for payload in payloads {
            let written = payload.withUnsafeBytes { source in
                output.withUnsafeMutableBytes { destination in
                    ZSTD_compress2(context, destination.baseAddress, destination.count, source.baseAddress, source.count)
                }
            }
            guard ZSTD_isError(written) == 0 else { throw ValidationError("ZSTD_compress2 failed") }
            total += written
        }
        return total
    }
}
