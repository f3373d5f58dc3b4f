#if canImport(Glibc)
import Glibc
#endif

/// Process-wide memory settings for long runs, applied once by the `agora` executable before it
/// does anything else.
///
/// glibc serves large allocations with `mmap` and, each time such a block is freed, raises its
/// threshold to that block's size, so later large temporaries (pool rankings at every retrain,
/// growing post columns, metric tables) come from the heap and stay in the resident set after
/// they are freed. Fixing the threshold at 1 MiB keeps large temporaries in `mmap`, returned to
/// the system when freed: the 100,000-agent bench world's peak RSS fell from 301 to 231 MiB, at
/// a cost within the run-to-run noise of its wall time (docs/performance.md). No effect where the
/// C library is not glibc.
public enum ProcessMemory {
    /// Allocations at least this large are always served by `mmap` (and unmapped when freed).
    public static let mmapThreshold: Int32 = 1024 * 1024

    /// Applies the settings (idempotent).
    public static func configure() {
        #if canImport(Glibc)
        // `mallopt` and M_MMAP_THRESHOLD (-3 in <malloc.h>) are not imported into Swift's Glibc
        // module: look the function up in the running process instead.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let mmapThresholdParameter: Int32 = -3
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThresholdParameter, mmapThreshold)
        #endif
    }
}
