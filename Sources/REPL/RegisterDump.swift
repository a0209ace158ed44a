import JIT

/// Register dumps: the return value, the whole state, and what changed.
struct RegisterDump {
    let style: Style

    /// The general-purpose registers in dump order, three to a row.
    static let layout: [[RegisterState.Register]] = [
        [.rax, .rbx, .rcx], [.rdx, .rsi, .rdi], [.rbp, .rsp, .r8],
        [.r9, .r10, .r11], [.r12, .r13, .r14], [.r15, .rip, .rflags],
    ]

    /// `rax = 0x…32 = 50`, with the unsigned value too when it differs from the signed one.
    func returnValue(_ rax: UInt64) -> String {
        let signed = Int64(bitPattern: rax)
        var text = "rax = \(Hex.word(rax)) = \(signed)"
        if signed < 0 { text += " (unsigned \(rax))" }
        return text + "\n"
    }

    /// Every register, those in `changed` highlighted, then the decoded flags.
    func full(_ state: RegisterState, changed: Set<RegisterState.Register> = []) -> String {
        var text = ""
        for row in RegisterDump.layout {
            var line = ""
            for (index, register) in row.enumerated() {
                if index > 0 { line += "  " }
                let name = register.name.padding(to: register == .rflags ? 6 : 3)
                let cell = name + " " + Hex.word(state[register])
                line += changed.contains(register) ? style.changed(cell) : cell
            }
            text += line + "\n"
        }
        return text + flags(state.rflags, previous: nil) + "\n"
    }

    /// One line per register that differs, `old → new`, the flags that flipped, then the
    /// extended state that differs (see ``ExtendedDump/changes(from:to:)``).
    func changes(from old: RegisterState, to new: RegisterState, including: Set<RegisterState.Register> = []) -> String {
        var text = ""
        for register in RegisterState.Register.allCases where old[register] != new[register] || including.contains(register) {
            if register == .rip && !including.contains(.rip) { continue }
            let name = register.name.padding(to: 6)
            let line = "\(name) \(Hex.word(old[register])) → \(Hex.word(new[register]))"
            text += style.changed(line) + "\n"
            if register == .rflags {
                text += "       " + flags(new.rflags, previous: old.rflags) + "\n"
            }
        }
        text += ExtendedDump(style: style).changes(from: old.extended, to: new.extended)
        if text.isEmpty { text = style.dim("(no register changed)") + "\n" }
        return text
    }

    /// `CF=0 PF=1 …` from the one (name, bit) table, flipped flags highlighted.
    func flags(_ rflags: UInt64, previous: UInt64?) -> String {
        var parts: [String] = []
        for flag in RegisterState.Flag.allCases {
            let value = rflags & flag.mask != 0 ? 1 : 0
            let part = "\(flag.name)=\(value)"
            if let previous, (previous ^ rflags) & flag.mask != 0 {
                parts.append(style.changed(part))
            } else {
                parts.append(part)
            }
        }
        return "flags  " + parts.joined(separator: " ")
    }
}

extension String {
    /// Left-aligned in a field of `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
