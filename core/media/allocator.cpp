// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mt {

void tuneAllocatorForMedia()
{
#if defined(__GLIBC__)
    // Blocks up to 32 MiB (glibc's largest threshold on 64-bit; a 4K picture is 12 MiB) come from
    // the heap and are reused; the heap gives memory back to the system once 128 MiB at its top
    // are free, so an idle editor does not sit on a film's worth.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
}

} // namespace mt
