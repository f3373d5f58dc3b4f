#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Who owns a running run: a process named precisely enough that the catalog can tell, later and
/// from another process, whether that owner is still alive.
///
/// A pid alone is not enough (pids are reused), so the identity also holds the process start time
/// (field 22 of `/proc/<pid>/stat`, in clock ticks since boot), the kernel's boot id
/// (`/proc/sys/kernel/random/boot_id`, new on every boot) and the host name. The rule the catalog
/// applies on open, Linux only:
///
/// - another host → **unknown** (the run is left `running`: its owner cannot be checked from here);
/// - same host, other boot id → **gone** (the machine rebooted since);
/// - no `/proc/<pid>/stat`, a different start time, or a zombie/dead process → **gone**;
/// - otherwise → **alive**.
///
/// On systems without `/proc` no identity can be taken; such runs are recorded without an owner and
/// are never marked interrupted automatically.
public struct ProcessIdentity: Sendable, Hashable, Codable {
    /// The process id.
    public var pid: Int32
    /// The process start time in clock ticks since boot (`/proc/<pid>/stat`, field 22).
    public var startTicks: UInt64
    /// The boot id of the kernel the process runs under.
    public var bootID: String
    /// The host name of the machine the process runs on.
    public var host: String

    /// Creates an identity from its parts (as stored in the catalog).
    public init(pid: Int32, startTicks: UInt64, bootID: String, host: String) {
        self.pid = pid
        self.startTicks = startTicks
        self.bootID = bootID
        self.host = host
    }

    /// The identity of the calling process, or nil where `/proc` is not available.
    public static func current() -> ProcessIdentity? {
        of(pid: getpid())
    }

    /// The identity of the live process `pid` on this machine, or nil when no such process exists
    /// (or `/proc` is not available).
    public static func of(pid: Int32) -> ProcessIdentity? {
        guard let machine = MachineIdentity.current(), let stat = ProcessStat.read(pid: pid) else {
            return nil
        }
        return ProcessIdentity(pid: pid, startTicks: stat.startTicks, bootID: machine.bootID, host: machine.host)
    }

    /// Whether this owner is still alive, judged from `machine` (the machine doing the check).
    ///
    /// - Complexity: one read of `/proc/<pid>/stat`.
    func liveness(checkedOn machine: MachineIdentity) -> OwnerLiveness {
        guard host == machine.host else { return .unknown }
        guard bootID == machine.bootID else {
            return .gone(reason: "the machine rebooted after owner process \(pid) started (boot id differs)")
        }
        guard let stat = ProcessStat.read(pid: pid) else {
            return .gone(reason: "owner process \(pid) no longer exists")
        }
        guard stat.startTicks == startTicks else {
            return .gone(reason: "owner process \(pid) no longer exists (the pid now belongs to another process)")
        }
        guard !stat.hasExited else {
            return .gone(reason: "owner process \(pid) has exited (state \(stat.state))")
        }
        return .alive
    }
}

/// The verdict on a run's owner process.
enum OwnerLiveness: Equatable {
    /// The owner is running.
    case alive
    /// The owner is certainly gone; `reason` is written to the run's error message.
    case gone(reason: String)
    /// The owner cannot be checked from here (another host); the run is left as it is.
    case unknown
}
