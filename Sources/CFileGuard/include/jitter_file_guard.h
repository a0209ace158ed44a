#ifndef JITTER_FILE_GUARD_H
#define JITTER_FILE_GUARD_H

#include <stddef.h>

/// Guards reads of `[base, base + length)`, a read-only private mapping of a file: a page that
/// cannot be read (the file no longer reaches it because another process shortened it after it
/// was mapped, or the disk failed to give it) reads as zeros instead of raising SIGBUS, and is
/// counted for the range. Returns 0, or -1 when the range
/// cannot be guarded (every slot taken, or the handler could not be installed); reads of it then
/// behave as they would unguarded.
int jitter_guard_mapping(const void *base, size_t length);

/// Stops guarding the range that starts at `base`; call before it is unmapped.
void jitter_unguard_mapping(const void *base);

/// How many pages of the range that starts at `base` have read as zeros since it was guarded.
unsigned long jitter_guarded_faults(const void *base);

#endif
