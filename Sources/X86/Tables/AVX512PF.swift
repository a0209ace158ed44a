extension InstructionTables {
    /// AVX512PF: prefetches of the elements a vector index addresses, under a mask that the
    /// instruction clears (Xeon Phi). Written from the SDM: llvm-mc 14 reads these only in
    /// AT&T syntax, so `Scripts/derive-evex-rows` does not see them; bytes checked against
    /// llvm-mc's AT&T reading and GNU as.
    static let avx512Prefetch = """
    EVEX.512.66.0F38.W1 C6 /1    | VGATHERPF0DPD vm32y {k1} | M T1S64
    EVEX.512.66.0F38.W0 C6 /1    | VGATHERPF0DPS vm32z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C7 /1    | VGATHERPF0QPD vm64z {k1} | M T1S64
    EVEX.512.66.0F38.W0 C7 /1    | VGATHERPF0QPS vm64z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C6 /2    | VGATHERPF1DPD vm32y {k1} | M T1S64
    EVEX.512.66.0F38.W0 C6 /2    | VGATHERPF1DPS vm32z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C7 /2    | VGATHERPF1QPD vm64z {k1} | M T1S64
    EVEX.512.66.0F38.W0 C7 /2    | VGATHERPF1QPS vm64z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C6 /5    | VSCATTERPF0DPD vm32y {k1} | M T1S64
    EVEX.512.66.0F38.W0 C6 /5    | VSCATTERPF0DPS vm32z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C7 /5    | VSCATTERPF0QPD vm64z {k1} | M T1S64
    EVEX.512.66.0F38.W0 C7 /5    | VSCATTERPF0QPS vm64z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C6 /6    | VSCATTERPF1DPD vm32y {k1} | M T1S64
    EVEX.512.66.0F38.W0 C6 /6    | VSCATTERPF1DPS vm32z {k1} | M T1S32
    EVEX.512.66.0F38.W1 C7 /6    | VSCATTERPF1QPD vm64z {k1} | M T1S64
    EVEX.512.66.0F38.W0 C7 /6    | VSCATTERPF1QPS vm64z {k1} | M T1S32
    """
}
