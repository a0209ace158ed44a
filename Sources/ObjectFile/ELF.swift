/// ELF64 constants for x86-64 (System V gABI and the x86-64 psABI).
public enum ELF {
    /// `sh_type` values.
    public enum SectionType {
        public static let null: UInt32 = 0
        public static let progbits: UInt32 = 1
        public static let symtab: UInt32 = 2
        public static let strtab: UInt32 = 3
        public static let rela: UInt32 = 4
        public static let note: UInt32 = 7
        public static let nobits: UInt32 = 8
        public static let initArray: UInt32 = 14
        public static let finiArray: UInt32 = 15
        public static let preinitArray: UInt32 = 16
        public static let group: UInt32 = 17
        /// `SHT_X86_64_UNWIND`: what `.eh_frame` is on x86-64.
        public static let x86_64Unwind: UInt32 = 0x7000_0001
    }

    /// `sh_flags` bits.
    public enum SectionFlag {
        public static let write: UInt64 = 0x1
        public static let alloc: UInt64 = 0x2
        public static let execute: UInt64 = 0x4
        public static let merge: UInt64 = 0x10
        public static let strings: UInt64 = 0x20
        public static let infoLink: UInt64 = 0x40
        public static let linkOrder: UInt64 = 0x80
        public static let group: UInt64 = 0x200
        public static let tls: UInt64 = 0x400
        public static let exclude: UInt64 = 0x8000_0000
    }

    /// `R_X86_64_*` relocation types.
    public enum RelocationType {
        public static let r64: UInt32 = 1
        public static let pc32: UInt32 = 2
        public static let got32: UInt32 = 3
        public static let plt32: UInt32 = 4
        public static let gotpcrel: UInt32 = 9
        public static let r32: UInt32 = 10
        public static let r32S: UInt32 = 11
        public static let r16: UInt32 = 12
        public static let pc16: UInt32 = 13
        public static let r8: UInt32 = 14
        public static let pc8: UInt32 = 15
        public static let dtpmod64: UInt32 = 16
        public static let dtpoff64: UInt32 = 17
        public static let tpoff64: UInt32 = 18
        public static let tlsgd: UInt32 = 19
        public static let tlsld: UInt32 = 20
        public static let dtpoff32: UInt32 = 21
        public static let gottpoff: UInt32 = 22
        public static let tpoff32: UInt32 = 23
        public static let pc64: UInt32 = 24
        public static let gotoff64: UInt32 = 25
        public static let gotpc32: UInt32 = 26
        public static let size32: UInt32 = 32
        public static let size64: UInt32 = 33
        public static let gotpcrelx: UInt32 = 41
        public static let rexGotpcrelx: UInt32 = 42
    }
}
