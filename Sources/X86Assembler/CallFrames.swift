import Diagnostics
import ObjectFile

/// One `.cfi_*` rule, in DWARF's terms (registers by DWARF number, offsets in bytes).
package enum CallFrameInstruction: Sendable {
    case defineCFA(register: UInt64, offset: Int64)
    case defineCFAOffset(Int64)
    case defineCFARegister(UInt64)
    /// The register's previous value is saved at CFA + offset.
    case offset(register: UInt64, offset: Int64)
    case restore(UInt64)
    case undefined(UInt64)
    case sameValue(UInt64)
    case register(UInt64, UInt64)
    case rememberState
    case restoreState
    case escape([UInt8])
}

/// The call frame of one function, from `.cfi_startproc` to `.cfi_endproc`.
struct CallFrame {
    var start: Place
    var end: Place
    var rules: [(place: Place, rule: CallFrameInstruction)] = []
    var personality: (encoding: UInt8, value: Value)?
    var lsda: (encoding: UInt8, value: Value)?
    var signalFrame = false
    /// `.cfi_startproc simple`: no initial rules from the CIE.
    var simple = false
    var line: Int32
    var statement: Int32
}

/// The `.cfi_*` directives of one assembly, turned into `.eh_frame` once layout is done.
struct CallFrameRecorder {
    var frames: [CallFrame] = []
    /// The frame between `.cfi_startproc` and `.cfi_endproc`.
    var open: CallFrame?
    /// The CFA's offset from its register as the rules so far leave it, for
    /// `.cfi_adjust_cfa_offset` and `.cfi_rel_offset`; the stack of `.cfi_remember_state`.
    var cfaOffset: Int64 = 8
    var remembered: [Int64] = []
}

extension ProgramBuilder {
    /// `.cfi_startproc`.
    package mutating func startCallFrame(simple: Bool, range: SourceRange) {
        guard object.callFrames.open == nil else {
            report("'.cfi_startproc' inside another; close it with '.cfi_endproc' first", at: range)
            return
        }
        object.callFrames.open = CallFrame(start: currentPlace, end: currentPlace, simple: simple, line: line, statement: statement)
        object.callFrames.cfaOffset = simple ? 0 : 8
        object.callFrames.remembered = []
    }

    /// `.cfi_endproc`.
    package mutating func endCallFrame(range: SourceRange) {
        guard var frame = object.callFrames.open else {
            report("'.cfi_endproc' without '.cfi_startproc'", at: range)
            return
        }
        frame.end = currentPlace
        object.callFrames.open = nil
        guard frame.end.section == frame.start.section else {
            report("'.cfi_endproc' is in another section than its '.cfi_startproc'", at: range)
            return
        }
        object.callFrames.frames.append(frame)
    }

    /// One `.cfi_*` rule at the current place.
    package mutating func addCallFrameRule(_ rule: CallFrameInstruction, range: SourceRange) {
        guard let open = object.callFrames.open else {
            report("a '.cfi_' rule outside '.cfi_startproc' … '.cfi_endproc'", at: range)
            return
        }
        guard Int32(currentSection) == open.start.section else {
            report("a '.cfi_' rule in another section than its '.cfi_startproc'", at: range)
            return
        }
        switch rule {
        case .defineCFA(_, let offset), .defineCFAOffset(let offset): object.callFrames.cfaOffset = offset
        case .rememberState: object.callFrames.remembered.append(object.callFrames.cfaOffset)
        case .restoreState: if let saved = object.callFrames.remembered.popLast() { object.callFrames.cfaOffset = saved }
        default: break
        }
        let place = currentPlace
        object.callFrames.open?.rules.append((place, rule))
    }

    /// `.cfi_adjust_cfa_offset`: the CFA moves by `delta` from where it is.
    package mutating func adjustCallFrameOffset(by delta: Int64, range: SourceRange) {
        addCallFrameRule(.defineCFAOffset(object.callFrames.cfaOffset &+ delta), range: range)
    }

    /// `.cfi_rel_offset`: saved at `offset` from the CFA's register, not from the CFA.
    package mutating func addRelativeOffsetRule(register: UInt64, offset: Int64, range: SourceRange) {
        addCallFrameRule(.offset(register: register, offset: offset &- object.callFrames.cfaOffset), range: range)
    }

    /// `.cfi_personality` / `.cfi_lsda`; encoding 0xFF means none.
    package mutating func setCallFramePointer(personality: Bool, encoding: UInt8, value: Value?, range: SourceRange) {
        guard object.callFrames.open != nil else {
            report("'.cfi_\(personality ? "personality" : "lsda")' outside '.cfi_startproc' … '.cfi_endproc'", at: range)
            return
        }
        let pointer = encoding == 0xFF ? nil : value.map { (encoding, $0) }
        if let pointer, pointer.0 & 0x0F != 0x0B, pointer.0 & 0x0F != 0x03 {
            report("only 4-byte pointer encodings are supported (0x1b, 0x9b, 0x03)", at: range)
            return
        }
        if personality { object.callFrames.open?.personality = pointer } else { object.callFrames.open?.lsda = pointer }
    }

    /// `.cfi_signal_frame`.
    package mutating func markSignalFrame() { object.callFrames.open?.signalFrame = true }

    // MARK: .eh_frame

    /// The `.eh_frame` section for the recorded frames, laid out as GNU as lays it out: a CIE
    /// (shared by the FDEs that agree on personality, LSDA and signal frame) then one FDE per
    /// function, each locating its function by an `R_X86_64_PC32` relocation.
    mutating func makeEHFrame(sectionIndex: Int) -> ObjectSection? {
        if let open = object.callFrames.open {
            report("'.cfi_startproc' without '.cfi_endproc'", at: .at(0), line: open.line, statement: open.statement)
        }
        let frames = object.callFrames.frames
        guard !frames.isEmpty else { return nil }
        var out = ByteSink()
        var relocations: [PendingRelocation] = []
        // Every FDE shares the first CIE that fits it, as in GNU as.
        var cies: [String: Int] = [:]
        for (number, frame) in frames.enumerated() {
            let key = "\(frame.personality.map { "\($0.encoding):\($0.value.symbol):\($0.value.constant)" } ?? "-")/\(frame.lsda?.encoding ?? 0xFF)/\(frame.signalFrame)/\(frame.simple)"
            let cieOffset: Int
            if let existing = cies[key] {
                cieOffset = existing
            } else {
                cieOffset = out.bytes.count
                cies[key] = cieOffset
                writeCIE(frame, into: &out, relocations: &relocations, sectionIndex: sectionIndex)
            }
            writeFDE(frame, cieOffset: cieOffset, last: number == frames.count - 1, into: &out, relocations: &relocations,
                     sectionIndex: sectionIndex)
        }
        object.relocations[sectionIndex] = relocations
        return ObjectSection(
            name: ".eh_frame", type: ELF.SectionType.progbits, flags: ELF.SectionFlag.alloc, alignment: 8, entrySize: 0,
            bytes: out.bytes, size: UInt64(out.bytes.count))
    }

    private mutating func writeCIE(_ frame: CallFrame, into out: inout ByteSink, relocations: inout [PendingRelocation], sectionIndex: Int) {
        let start = out.bytes.count
        out.u32(0)
        out.u32(0)
        out.u8(1)
        var augmentation = "z"
        if frame.personality != nil { augmentation += "P" }
        if frame.lsda != nil { augmentation += "L" }
        augmentation += "R"
        if frame.signalFrame { augmentation += "S" }
        out.bytes.append(contentsOf: Array(augmentation.utf8))
        out.u8(0)
        out.uleb(1)
        out.sleb(-8)
        out.uleb(16)
        var data = ByteSink()
        var pointerAt: Int?
        if let personality = frame.personality {
            data.u8(personality.encoding)
            pointerAt = data.bytes.count
            data.u32(0)
        }
        if let lsda = frame.lsda { data.u8(lsda.encoding) }
        data.u8(0x1B)
        out.uleb(UInt64(data.bytes.count))
        if let pointerAt, let personality = frame.personality {
            addPointerRelocation(personality.value, encoding: personality.encoding, at: Int64(out.bytes.count + pointerAt),
                                 relocations: &relocations, sectionIndex: sectionIndex, frame: frame)
        }
        out.bytes.append(contentsOf: data.bytes)
        if !frame.simple {
            out.bytes.append(contentsOf: [0x0C, 0x07, 0x08, 0x90, 0x01])
        }
        while (out.bytes.count - start) % 8 != 0 { out.u8(0) }
        out.patch32(at: start, UInt32(out.bytes.count - start - 4))
    }

    private mutating func writeFDE(
        _ frame: CallFrame, cieOffset: Int, last: Bool, into out: inout ByteSink, relocations: inout [PendingRelocation], sectionIndex: Int
    ) {
        let start = out.bytes.count
        out.u32(0)
        out.u32(UInt32(out.bytes.count - cieOffset))
        let section = Int(frame.start.section)
        let begin = sections[section].offset(position: frame.start.position, fragment: frame.start.fragment)
        let end = sections[section].offset(position: frame.end.position, fragment: frame.end.fragment)
        relocations.append(PendingRelocation(
            offset: Int64(out.bytes.count), type: ELF.RelocationType.pc32, target: .section(Int32(section)), addend: begin))
        out.u32(0)
        out.u32(UInt32(truncatingIfNeeded: end - begin))
        if let lsda = frame.lsda {
            out.uleb(4)
            addPointerRelocation(lsda.value, encoding: lsda.encoding, at: Int64(out.bytes.count), relocations: &relocations,
                                 sectionIndex: sectionIndex, frame: frame)
            out.u32(0)
        } else {
            out.uleb(0)
        }
        var location = begin
        for (place, rule) in frame.rules {
            let offset = sections[Int(place.section)].offset(position: place.position, fragment: place.fragment)
            if offset > location {
                let delta = UInt64(offset - location)
                if delta < 0x40 {
                    out.u8(0x40 | UInt8(delta))
                } else if delta <= 0xFF {
                    out.u8(0x02)
                    out.u8(UInt8(delta))
                } else if delta <= 0xFFFF {
                    out.u8(0x03)
                    out.u16(UInt16(delta))
                } else {
                    out.u8(0x04)
                    out.u32(UInt32(truncatingIfNeeded: delta))
                }
                location = offset
            }
            ProgramBuilder.write(rule, into: &out)
        }
        // GNU as aligns each FDE to 4 bytes and the last to 8, the section's alignment.
        let alignment = last ? 8 : 4
        while out.bytes.count % alignment != 0 { out.u8(0) }
        out.patch32(at: start, UInt32(out.bytes.count - start - 4))
    }

    private mutating func addPointerRelocation(
        _ value: Value, encoding: UInt8, at offset: Int64, relocations: inout [PendingRelocation], sectionIndex: Int, frame: CallFrame
    ) {
        let pcRelative = encoding & 0x70 == 0x10
        do throws(RelocationFailure) {
            let target = try relocatable(value)
            let type = pcRelative ? ELF.RelocationType.pc32 : ELF.RelocationType.r32
            switch target.base {
            case .symbol(let id, _):
                relocations.append(PendingRelocation(offset: offset, type: type, target: .symbol(id), addend: target.offset))
            case .section(let index, _):
                relocations.append(PendingRelocation(offset: offset, type: type, target: .section(index), addend: target.offset))
            case nil:
                throw .notRelocatable(value.range)
            }
        } catch {
            report(error, fallback: value.range, line: frame.line, statement: frame.statement)
        }
    }

    private static func write(_ rule: CallFrameInstruction, into out: inout ByteSink) {
        switch rule {
        case .defineCFA(let register, let offset):
            out.u8(0x0C)
            out.uleb(register)
            out.uleb(UInt64(bitPattern: offset))
        case .defineCFAOffset(let offset):
            out.u8(0x0E)
            out.uleb(UInt64(bitPattern: offset))
        case .defineCFARegister(let register):
            out.u8(0x0D)
            out.uleb(register)
        case .offset(let register, let offset):
            // Factored by the data alignment (-8).
            let factored = offset / -8
            if factored >= 0, register < 64 {
                out.u8(0x80 | UInt8(register))
                out.uleb(UInt64(factored))
            } else if factored >= 0 {
                out.u8(0x05)
                out.uleb(register)
                out.uleb(UInt64(factored))
            } else {
                out.u8(0x11)
                out.uleb(register)
                out.sleb(factored)
            }
        case .restore(let register):
            if register < 64 {
                out.u8(0xC0 | UInt8(register))
            } else {
                out.u8(0x06)
                out.uleb(register)
            }
        case .undefined(let register):
            out.u8(0x07)
            out.uleb(register)
        case .sameValue(let register):
            out.u8(0x08)
            out.uleb(register)
        case .register(let first, let second):
            out.u8(0x09)
            out.uleb(first)
            out.uleb(second)
        case .rememberState:
            out.u8(0x0A)
        case .restoreState:
            out.u8(0x0B)
        case .escape(let bytes):
            out.bytes.append(contentsOf: bytes)
        }
    }
}

/// Little-endian and LEB128 fields appended to a byte array.
struct ByteSink {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }
    mutating func u16(_ value: UInt16) { for i in 0..<2 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt16(i)))) } }
    mutating func u32(_ value: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(i)))) } }

    mutating func patch32(at offset: Int, _ value: UInt32) {
        for i in 0..<4 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(i))) }
    }

    mutating func uleb(_ value: UInt64) {
        var value = value
        repeat {
            var byte = UInt8(value & 0x7F)
            value >>= 7
            if value != 0 { byte |= 0x80 }
            bytes.append(byte)
        } while value != 0
    }

    mutating func sleb(_ value: Int64) {
        var value = value
        while true {
            let byte = UInt8(value & 0x7F)
            value >>= 7
            let done = (value == 0 && byte & 0x40 == 0) || (value == -1 && byte & 0x40 != 0)
            bytes.append(done ? byte : byte | 0x80)
            if done { return }
        }
    }
}
