import X86
import X86Encoder

/// Displacements, immediates and branch distances: size, bytes, value, extension.
extension FieldBuilder {

    mutating func displacement() {
        let size = fields.displacementSize
        let bytes = littleEndian(fields.displacement, size)
        let value = signed(fields.displacement, bytes: size)
        let end = address &+ Int64(fields.length)
        let memory = memoryOperand
        let isOffset = operandIndex(.offset) != nil
        let name = isOffset ? "moffs\(size * 8)" : "disp\(size * 8)"
        var meaning: String
        if isOffset {
            meaning = "the absolute address \(hexValue(fields.displacement, bytes: size)), no ModRM"
        } else if let memory = memory?.memory, memory.isRIPRelative {
            meaning = "\(value): the address is \(describe(distance: value)) the end of this instruction"
            meaning += " (\(OperandText.hex(end &+ value)) when it starts at \(OperandText.hex(address)))"
        } else if memory?.memory.base == nil, mode != .bits64 {
            meaning = "the absolute address \(hexValue(fields.displacement, bytes: size))"
        } else if memory?.memory.base == nil {
            meaning = "the absolute address \(OperandText.hex(value)), sign-extended to 64 bits"
        } else {
            let sixteen = memory.map { FieldBuilder.addresses16Bit($0.memory, mode: mode) } ?? false
            let width = sixteen ? 16 : memory?.memory.usesAddressSize32 == true || mode != .bits64 ? 32 : 64
            meaning = "\(spelled(value, raw: fields.displacement, bytes: size)), sign-extended to \(width) bits and added "
                + "to the address"
        }
        var tag = isOffset || memory?.memory.base == nil ? OperandText.hex(value) : signedTag(value)
        var fieldName = name
        var scaled = value
        if fields.displacementScale > 0, let memory = memory?.memory, !memory.isRIPRelative, memory.base != nil,
           !memory.displacementIsSymbolic {
            meaning = compressedDisplacementMeaning(memory)
            if size == 1, fields.displacementScale > 1 {
                fieldName = "disp8×\(fields.displacementScale)"
                scaled = value &* Int64(fields.displacementScale)
                tag = "\(value)×\(fields.displacementScale) = \(signedTag(scaled))"
            }
        }
        if size > 1 { meaning += "; little-endian: lowest byte first" }
        add(.displacement, fieldName, bytes, meaning: meaning, operand: memory?.index ?? operandIndex(.offset), value: scaled,
            tag: tag)
    }

    mutating func immediate(first: Bool) {
        let size = first ? fields.immediateSize : fields.secondImmediateSize
        let raw = first ? fields.immediate : fields.secondImmediate
        let bytes = littleEndian(raw, size)
        let value = signed(raw, bytes: size)
        if first, let index = operandIndex(.relative) {
            let end = address &+ Int64(fields.length)
            var meaning = "\(value): the target \(OperandText.hex(end &+ value)) is \(describe(distance: value)) "
                + "the end of this instruction (\(OperandText.hex(end)))"
            if size > 1 { meaning += "; little-endian" }
            add(.relative, "rel\(size * 8)", bytes, meaning: meaning, operand: index, value: value,
                tag: signedTag(value))
            return
        }
        if first, let index = operandIndex(.registerInImmediate), let register = register(at: index) {
            let low = raw & 0xF
            var meaning = "bits 7:4 = \(register.number): the fourth register operand, \(register.name) (/is4)"
            if operandIndex(.immediate) != nil { meaning += "; bits 3:0 = \(low)" }
            add(.immediate, "is4", bytes, meaning: meaning, operand: index, value: value, tag: register.name)
            return
        }
        let immediates = form.roles.indices.filter { form.roles[$0] == .immediate }
        let index = first ? immediates.first : immediates.dropFirst().first
        let bits = size * 8
        let operandBits = form.operandSize.bits
        var meaning = spelled(value, raw: raw, bytes: size)
        if form.attributes.contains(.signExtendsImmediate), bits < operandBits {
            meaning += ", sign-extended from \(bits) to \(operandBits) bits"
            if value < 0 {
                let extended = UInt64(bitPattern: value) & (operandBits == 64 ? UInt64.max : (1 << UInt64(operandBits)) - 1)
                meaning += ": 0x" + String(extended, radix: 16)
            }
        }
        if size > 1 { meaning += "; little-endian: lowest byte first" }
        add(.immediate, "imm\(bits)", bytes, meaning: meaning, operand: index, value: value, tag: OperandText.number(value))
    }

    /// `16 (0x10)`, `-3 (0xfd)`, `5`: the value, and its bits in hex when that says more.
    func spelled(_ value: Int64, raw: Int64, bytes: Int) -> String {
        value < 0 || value > 9 ? "\(value) (\(hexValue(raw, bytes: bytes)))" : "\(value)"
    }

    func describe(distance: Int64) -> String {
        distance == 0 ? "at" : distance > 0 ? "\(distance) bytes after" : "\(distance.magnitude) bytes before"
    }

    func signedTag(_ value: Int64) -> String {
        value < 0 ? OperandText.number(value) : "+" + OperandText.number(value)
    }

    func littleEndian(_ value: Int64, _ size: Int) -> [UInt8] {
        var remaining = UInt64(bitPattern: value)
        var bytes: [UInt8] = []
        for _ in 0..<size {
            bytes.append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
        return bytes
    }

    /// `value` truncated to `bytes` bytes and read as signed.
    func signed(_ value: Int64, bytes: Int) -> Int64 {
        guard bytes < 8 else { return value }
        let shift = Int64(64 - bytes * 8)
        return (value << shift) >> shift
    }

    func hexValue(_ value: Int64, bytes: Int) -> String {
        let bits = UInt64(bitPattern: value)
        let masked = bytes >= 8 ? bits : bits & ((1 << UInt64(bytes * 8)) - 1)
        return "0x" + String(masked, radix: 16)
    }
}
