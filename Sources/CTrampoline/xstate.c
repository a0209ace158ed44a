// Which extended state (x87, SSE, AVX, AVX-512) this machine has and where XSAVE puts it.
// Only CPUID and XGETBV can answer, and Swift cannot issue either. Runs in the caller.

#include "jitter_trampoline.h"

#include <cpuid.h>
#include <string.h>

/// XCR0 bits of the AVX-512 state: opmask, ZMM_Hi256, Hi16_ZMM.
#define AVX512_COMPONENTS 0xE0ULL
/// XCR0 bit of the upper halves of the ymm registers.
#define AVX_COMPONENT 0x4ULL

static uint64_t read_xcr0(void) {
    uint32_t low, high;
    __asm__ volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(0));
    return ((uint64_t)high << 32) | low;
}

/// FXSAVE's MXCSR_MASK: which MXCSR bits exist here (0 in the image means the default 0xFFBF).
static uint32_t read_mxcsr_mask(void) {
    _Alignas(16) uint8_t image[512];
    memset(image, 0, sizeof image);
    __asm__ volatile("fxsave64 %0" : "=m"(image));
    uint32_t mask;
    memcpy(&mask, image + 28, sizeof mask);
    return mask ? mask : 0xFFBF;
}

void jitter_xstate_layout(struct jitter_xstate_layout *layout) {
    memset(layout, 0, sizeof *layout);
    layout->mxcsr_mask = read_mxcsr_mask();
    layout->size = 512;
    layout->sizes[0] = 160;  // FCW … ST7 of the legacy area
    layout->offsets[1] = 160;
    layout->sizes[1] = 352;  // XMM0 … XMM15 and the rest of the legacy area (MXCSR is at 24)
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return;
    // OSXSAVE (CPUID.1:ECX bit 27): the kernel enabled XSAVE, so XGETBV may be used.
    if (!(ecx & (1u << 27)) || __get_cpuid_max(0, 0) < 0xD) return;
    uint64_t mask = read_xcr0() & JITTER_XSTATE_SUPPORTED;
    if ((mask & 3) != 3) return;
    if ((mask & AVX512_COMPONENTS) != AVX512_COMPONENTS || !(mask & AVX_COMPONENT)) {
        mask &= ~AVX512_COMPONENTS;
    }
    uint32_t size = 576;  // the legacy area and the XSAVE header
    for (unsigned component = 2; component < 8; component++) {
        if (!(mask & (1ULL << component))) continue;
        __cpuid_count(0xD, component, eax, ebx, ecx, edx);
        // eax: size, ebx: offset in the standard format.
        if (eax == 0 || ebx < 576 || ebx + eax > JITTER_XSTATE_CAPACITY) {
            // A layout this code does not understand: leave that feature out.
            mask &= component == 2 ? ~(AVX_COMPONENT | AVX512_COMPONENTS) : ~AVX512_COMPONENTS;
            continue;
        }
        layout->offsets[component] = ebx;
        layout->sizes[component] = eax;
    }
    for (unsigned component = 2; component < 8; component++) {
        if (!(mask & (1ULL << component))) {
            layout->offsets[component] = 0;
            layout->sizes[component] = 0;
        } else if (layout->offsets[component] + layout->sizes[component] > size) {
            size = layout->offsets[component] + layout->sizes[component];
        }
    }
    layout->mask = mask;
    layout->size = size;
}
