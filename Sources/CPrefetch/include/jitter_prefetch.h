#ifndef JITTER_PREFETCH_H
#define JITTER_PREFETCH_H

/// Asks the core to bring the cache line at `address` close, without waiting for it: Swift has
/// no way to emit the prefetch instruction. A hint only; any address is allowed.
static inline void jitter_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
