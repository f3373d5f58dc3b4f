/// The machine-wide half of a process identity: boot id and host name.
struct MachineIdentity: Equatable {
    /// `/proc/sys/kernel/random/boot_id` without its newline.
    var bootID: String
    /// `/proc/sys/kernel/hostname` without its newline.
    var host: String

    /// The identity of this machine, or nil where `/proc` is not available.
    static func current() -> MachineIdentity? {
        guard let boot = ProcFile.contents(of: "/proc/sys/kernel/random/boot_id"),
            let host = ProcFile.contents(of: "/proc/sys/kernel/hostname")
        else { return nil }
        let bootID = boot.trimmingTrailingNewlines()
        guard !bootID.isEmpty else { return nil }
        return MachineIdentity(bootID: bootID, host: host.trimmingTrailingNewlines())
    }
}

extension String {
    /// The string without trailing `\n` / `\r` characters.
    fileprivate func trimmingTrailingNewlines() -> String {
        var result = Substring(self)
        while let last = result.last, last == "\n" || last == "\r" { result = result.dropLast() }
        return String(result)
    }
}
