// Cache prefetch hints for the engine's hot loops (Swift has no prefetch intrinsic).
// A prefetch never faults and changes no value: it only asks the CPU to start loading a cache
// line that a later instruction will read, so independent memory misses overlap.
#ifndef AGORA_CPREFETCH_H
#define AGORA_CPREFETCH_H

/// Starts loading the cache line holding `address` for reading (kept in all cache levels).
static inline void agora_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
