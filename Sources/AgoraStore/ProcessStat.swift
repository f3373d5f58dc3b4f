/// The two fields of `/proc/<pid>/stat` the liveness rule needs.
struct ProcessStat: Equatable {
    /// Field 3: one letter, e.g. `R`, `S`, `Z` (zombie), `X` (dead).
    var state: Character
    /// Field 22: start time in clock ticks since boot.
    var startTicks: UInt64

    /// True once the process has terminated (a zombie waiting to be reaped, or dead).
    var hasExited: Bool { state == "Z" || state == "X" || state == "x" }

    /// Reads and parses `/proc/<pid>/stat`; nil when the process does not exist.
    static func read(pid: Int32) -> ProcessStat? {
        guard pid > 0, let text = ProcFile.contents(of: "/proc/\(pid)/stat") else { return nil }
        return parse(text)
    }

    /// Parses the text of a `/proc/<pid>/stat` file.
    ///
    /// Field 2 (the command name) is in parentheses and may itself contain spaces and parentheses,
    /// so the fields are counted from the *last* `)`: the next field is field 3 (state) and the
    /// start time is field 22, i.e. the 20th field after the parenthesis.
    static func parse(_ text: String) -> ProcessStat? {
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count > 19, let state = fields[0].first, let ticks = UInt64(fields[19]) else { return nil }
        return ProcessStat(state: state, startTicks: ticks)
    }
}
