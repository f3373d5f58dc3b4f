// SHA-256 block compression (FIPS 180-4 §6.2.2) for AgoraCore's `SHA256`: with the x86 SHA
// extensions (SHA-NI) where the CPU has them — about ten times the speed of portable code, which
// is what makes checksumming a multi-gigabyte trace cheap — and portable C everywhere else.
// Padding, buffering and the digest's byte order stay in Swift.
#ifndef AGORA_CSHA256_H
#define AGORA_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Runs the compression function over `blocks` consecutive 64-byte blocks at `data`, updating
/// the eight chaining words in `state` (h0…h7, native integers). Picks SHA-NI when available.
void agora_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The same with portable C only (tests compare the two paths).
void agora_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);

/// 1 when this CPU has SHA-NI (and SSSE3, SSE4.1), so `agora_sha256_blocks` uses it; else 0.
int agora_sha256_uses_sha_extensions(void);

#endif
