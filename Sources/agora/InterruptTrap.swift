import AgoraEngine
import Dispatch
import Foundation

/// Turns SIGINT into a raised `StopFlag`, so a run stops at the next window boundary, flushes its
/// trace and is marked interrupted (exit 130). A second SIGINT exits at once.
final class InterruptTrap {
    private let source: DispatchSourceSignal

    /// Installs the trap.
    init(stop: StopFlag) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if stop.isRaised { exit(130) }
            stop.raise()
            FileHandle.standardError.write(Data("\nstopping at the next window boundary (Ctrl-C again to quit at once)\n".utf8))
        }
        source.resume()
    }

    /// Restores the default SIGINT behaviour.
    func release() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
