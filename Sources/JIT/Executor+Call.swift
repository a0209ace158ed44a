/// An argument of a function called in the sandbox, placed as the System V AMD64 calling
/// convention places it: integers and pointers in rdi, rsi, rdx, rcx, r8, r9; floating-point
/// values in the low lane of xmm0 … xmm7.
public enum CallArgument: Equatable, Sendable {
    /// A signed integer of any width up to 64 bits (sign-extended to the register).
    case integer(Int64)
    /// An unsigned integer or an address in the sandbox.
    case unsigned(UInt64)
    /// A `double`, in the low 64 bits of the next xmm register.
    case double(Double)
    /// A `float`, in the low 32 bits of the next xmm register.
    case float(Float)
}

/// Why a call's arguments cannot be placed.
public enum CallError: Error, Equatable, Sendable, CustomStringConvertible {
    /// More integer arguments than the six argument registers (stack arguments are not supported).
    case tooManyIntegerArguments(Int)
    /// More floating-point arguments than xmm0 … xmm7.
    case tooManyFloatingArguments(Int)

    public var description: String {
        switch self {
        case .tooManyIntegerArguments(let count):
            return "\(count) integer arguments: at most 6 go in registers, and stack arguments are not supported"
        case .tooManyFloatingArguments(let count):
            return "\(count) floating-point arguments: at most 8 go in xmm0-xmm7, and stack arguments are not supported"
        }
    }
}

extension Executor {
    /// Calls the code of `image` in isolation as a System V function with `arguments`, and
    /// reports how it ended; the full register state comes back in the outcome (the result
    /// in rax, or xmm0 for a floating-point one). The other registers start as ``state``
    /// has them; the argument registers are set for this call and, like every register,
    /// keep what the code left in them.
    public func call(_ image: ExecutableImage, with arguments: [CallArgument]) -> ExecutionOutcome {
        lock.withLock { unlockedCall(image, with: arguments) }
    }

    private func unlockedCall(_ image: ExecutableImage, with arguments: [CallArgument]) -> ExecutionOutcome {
        let integerRegisters: [RegisterState.Register] = [.rdi, .rsi, .rdx, .rcx, .r8, .r9]
        var integers: [UInt64] = []
        var floating: [[UInt8]] = []
        for argument in arguments {
            switch argument {
            case .integer(let value): integers.append(UInt64(bitPattern: value))
            case .unsigned(let value): integers.append(value)
            case .double(let value): floating.append(withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init))
            case .float(let value): floating.append(withUnsafeBytes(of: value.bitPattern.littleEndian, Array.init))
            }
        }
        guard integers.count <= integerRegisters.count else {
            return .failed(.call(.tooManyIntegerArguments(integers.count)))
        }
        guard floating.count <= 8 else { return .failed(.call(.tooManyFloatingArguments(floating.count))) }
        for (register, value) in zip(integerRegisters, integers) { state[register] = value }
        for (index, bytes) in floating.enumerated() {
            // The lane the argument takes; the rest of the register is zero, as after a load.
            var lanes = [UInt8](repeating: 0, count: 16)
            lanes.replaceSubrange(0..<bytes.count, with: bytes)
            state.extended.setBytes(lanes, of: VectorRegister(.xmm, index))
        }
        return run(image, mode: .function)
    }
}
