import AgoraEngine
import Foundation
import Synchronization

/// Shows sweep progress over runs on standard error: a redrawn bar on a terminal (runs done,
/// skipped, failed, in flight, ETA), one plain line per finished run otherwise.
/// Updated from worker threads; the drawing state is behind a mutex.
final class SweepProgressBar: Sendable {
    private let enabled: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let drawn = Mutex(false)

    init(enabled: Bool) { self.enabled = enabled }

    /// Draws one progress report.
    func update(_ progress: SweepProgress) {
        guard enabled else { return }
        let eta = progress.etaSeconds.map { String(format: "ETA %.0fs", $0) } ?? "ETA …"
        let text = "\(progress.done)/\(progress.total) runs  \(progress.skipped) skipped  \(progress.failed) failed  \(progress.running) running  \(eta)"
        drawn.withLock { drawn in
            if isTerminal {
                let width = 24
                let filled = progress.total > 0 ? progress.done * width / progress.total : width
                let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
                FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(text)".utf8))
                drawn = true
            } else {
                FileHandle.standardError.write(Data("progress: \(text)\n".utf8))
            }
        }
    }

    /// Ends the bar's line.
    func finish() {
        drawn.withLock { drawn in
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
        }
    }
}
