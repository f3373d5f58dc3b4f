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
/// a cost within the run-to-run noise of its wall time (docs/performance.md).
///
/// Fixing it also fixes the heap's trim threshold at its 128 KiB default, so every block of
/// events a reader decodes and frees (half a megabyte per column) went back to the system and was
/// faulted in again for the next block: `agora trace stats` on a 14.5M-event trace spent 0.35 of
/// its 0.9 s in the kernel (209,000 page faults). A 32 MiB trim threshold keeps at most that much
/// freed heap resident: 16,000 faults, 0.57 s. No effect where the C library is not glibc.
public enum ProcessMemory {
    /// Allocations at least this large are always served by `mmap` (and unmapped when freed).
    public static let mmapThreshold: Int32 = 1024 * 1024
    /// Free memory at the top of the heap is returned to the system only beyond this much.
    public static let trimThreshold: Int32 = 32 * 1024 * 1024

    /// Applies the settings (idempotent).
    public static func configure() {
        #if canImport(Glibc)
        // `mallopt` and its parameters (<malloc.h>) are not imported into Swift's Glibc module:
        // look the function up in the running process instead.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let (trimThresholdParameter, mmapThresholdParameter): (Int32, Int32) = (-1, -3)  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(mmapThresholdParameter, mmapThreshold)
        _ = mallopt(trimThresholdParameter, trimThreshold)
        #endif
    }
}
