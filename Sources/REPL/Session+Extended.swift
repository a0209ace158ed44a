import JIT

/// `.set` for the extended state: vector lanes, MXCSR, the x87 control word, opmasks, ST registers.
extension Session {
    static let noAVX512 = "k0-k7 need AVX-512, which this processor (or its kernel) does not offer"

    static func missing(_ register: VectorRegister) -> String {
        let feature = register.kind == .ymm && register.index < 16 ? "AVX" : "AVX-512"
        return "\(register.name) needs \(feature), which this processor (or its kernel) does not offer"
    }

    /// Sets a part of the extended state named `name`; nil when `name` is not one (it may be a
    /// general register or a flag).
    func setExtended(_ name: String, to values: [String]) -> LineOutcome? {
        let lowered = name.lowercased()
        let parts = lowered.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if let register = VectorRegister(name: parts[0]) {
            var type = LaneType.standard(for: register)
            if parts.count == 2 {
                guard let named = LaneType(rawValue: parts[1]) else {
                    fail("'\(parts[1])' is not a lane type; one of \(LaneType.list)")
                    return .failed
                }
                type = named
            }
            return setVector(register, type: type, values: values)
        }
        let single: Set<String> = ["mxcsr", "fcw"]
        let isOpmask = lowered.count == 2 && lowered.hasPrefix("k") && lowered.last.map { ("0"..."7").contains($0) } == true
        let isST = lowered.count == 3 && lowered.hasPrefix("st") && lowered.last.map { ("0"..."7").contains($0) } == true
        guard single.contains(lowered) || isOpmask || isST else { return nil }
        guard values.count == 1, let text = values.first else {
            fail("\(lowered) takes one value")
            return .failed
        }
        guard let executor = machine() else { return .failed }
        var extended = executor.state.extended
        let line: String
        if isST {
            guard let value = Float80(text) else {
                fail("'\(text)' is not a number")
                return .failed
            }
            let index = lowered.last?.wholeNumberValue ?? 0
            let bits = Float80Bits(value)
            extended.setST(index, bits)
            line = "st\(index)".padding(to: 6) + " " + ExtendedDump.decimal(bits) + "  (" + ExtendedDump.bits(bits) + ")\n"
        } else {
            guard let value = IntegerLiteral.parse(text) else {
                fail("'\(text)' is not a number (decimal, 0x hex, 0b binary, h-suffixed hex)")
                return .failed
            }
            if isOpmask {
                let index = lowered.last?.wholeNumberValue ?? 0
                guard let old = extended.opmask(index) else {
                    fail(Session.noAVX512)
                    return .failed
                }
                extended.setOpmask(index, value)
                line = lowered.padding(to: 6) + " \(Hex.word(old)) → \(Hex.word(value))\n"
            } else if lowered == "fcw" {
                guard value <= 0xFFFF else {
                    fail("the x87 control word has 16 bits")
                    return .failed
                }
                line = "fcw    0x\(Hex.padded(UInt64(extended.fcw), width: 4)) → 0x\(Hex.padded(value, width: 4))\n"
                extended.fcw = UInt16(value)
            } else {
                let reserved = value & ~UInt64(extended.mxcsrMask)
                guard reserved == 0 else {
                    fail("MXCSR has no bit 0x\(String(reserved, radix: 16)) on this processor (its MXCSR_MASK is 0x\(String(extended.mxcsrMask, radix: 16)))")
                    return .failed
                }
                line = "mxcsr  0x\(Hex.padded(UInt64(extended.mxcsr), width: 4)) → 0x\(Hex.padded(value, width: 4))\n"
                extended.mxcsr = UInt32(value)
            }
        }
        executor.state.extended = extended
        say(line)
        return .succeeded
    }

    private func setVector(_ register: VectorRegister, type: LaneType, values: [String]) -> LineOutcome {
        guard let executor = machine() else { return .failed }
        guard executor.state.extended.has(register) else {
            fail(Session.missing(register))
            return .failed
        }
        switch Lanes.encode(values, as: type, count: register.byteCount) {
        case .failure(let error):
            fail(error.message)
            return .failed
        case .success(let bytes):
            executor.state.extended.setBytes(bytes, of: register)
            say(ExtendedDump(style: style).vector(register, bytes, as: type))
            return .succeeded
        }
    }
}
