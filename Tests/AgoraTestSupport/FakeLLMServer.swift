import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Shared by the LLM client and engine tests: the fault-injection server `Tests/FakeLLMServer/fake_llm_server.py`, run as a real subprocess
/// on 127.0.0.1 with a free port, stopped by its PID when the value goes away.
public final class FakeLLMServer: @unchecked Sendable {
    /// The server process.
    public let process = Process()
    /// The port it listens on (127.0.0.1).
    public let port: Int

    /// Starts the server and waits until it reports its port.
    public init(environment: [String: String] = [:]) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FakeLLMServer/fake_llm_server.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw FakeServerError(message: "the fake server did not report its port: \(text)")
        }
        self.port = port
    }

    deinit { stop() }

    /// The base URL of a behaviour, e.g. `http://127.0.0.1:PORT/http500/v1`.
    public func endpoint(_ behaviour: String) -> String { "http://127.0.0.1:\(port)/\(behaviour)/v1" }

    /// Requests received per behaviour.
    public func stats() throws -> [String: Int] {
        let done = DispatchSemaphore(value: 0)
        let box = StatsBox()
        URLSession.shared.dataTask(with: URL(string: "http://127.0.0.1:\(port)/stats")!) { data, _, _ in
            box.data = data
            done.signal()
        }.resume()
        done.wait()
        return (try JSONSerialization.jsonObject(with: box.data ?? Data()) as? [String: Int]) ?? [:]
    }

    /// Stops the server by its PID.
    public func stop() {
        if process.isRunning {
            // SIGKILL: the fake server holds nothing worth a clean shutdown.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

private final class StatsBox: @unchecked Sendable { var data: Data? }

/// The fake server could not be started.
public struct FakeServerError: Error {
    /// What went wrong.
    public let message: String
}
