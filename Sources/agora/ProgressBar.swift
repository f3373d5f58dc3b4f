import AgoraEngine
import Foundation

/// Shows run progress on standard error: a redrawn bar on a terminal (simulated time, events/s,
/// ETA), plain lines every few seconds otherwise (CI logs, pipes).
final class ProgressBar {
    private let enabled: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastPlainLine = -10.0
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    /// Draws one progress report.
    func update(_ progress: RunProgress) {
        guard enabled else { return }
        let rate = progress.wallSeconds > 0 ? Double(progress.events) / progress.wallSeconds : 0
        let eta = progress.fraction > 0 ? progress.wallSeconds * (1 - progress.fraction) / progress.fraction : 0
        let day = progress.simulatedTime.days
        let text = String(format: "day %.2f/%.0f  %@ events  %@ events/s  ETA %.0fs", day, progress.horizon.days,
                          Self.compact(Double(progress.events)), Self.compact(rate), eta)
        if isTerminal {
            let width = 24
            let filled = Int(progress.fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[2K[\(bar)] \(text)".utf8))
            drawn = true
        } else if progress.wallSeconds - lastPlainLine >= 5 {
            lastPlainLine = progress.wallSeconds
            FileHandle.standardError.write(Data("progress: \(text)\n".utf8))
        }
    }

    /// Ends the bar's line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }

    /// 1234567 → "1.23M".
    static func compact(_ value: Double) -> String {
        switch value {
        case 1e9...: String(format: "%.2fG", value / 1e9)
        case 1e6...: String(format: "%.2fM", value / 1e6)
        case 1e3...: String(format: "%.1fk", value / 1e3)
        default: String(format: "%.0f", value)
        }
    }
}
