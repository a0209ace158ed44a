import X86

/// An instruction's ``EncodingShape`` put together while the instruction is read, operand by
/// operand: a reader that knows each operand's kind as it takes it gets the three words that
/// ``EncodingShape/init(_:withREXBits:)`` finds by going through the finished instruction
/// again, with a switch on every operand's kind.
///
/// Only for an instruction with no prefix, segment, branch width, decoration or immediate size
/// (the reader's first word a mnemonic, then operands), which is what the header assumes.
///
/// Public only as a type, so that its members, `package` and inlinable, are inlined into the
/// reader in another module: the compiler hands a `package` type's inlinable members to no
/// other module, and a call per operand cost as much as the switch it saves.
public struct ShapeBuilder: Sendable {
    @usableFromInline var header: UInt64 = 0
    @usableFromInline var low: UInt64 = 0
    @usableFromInline var high: UInt64 = 0
    @usableFromInline var count: UInt64 = 0
    @usableFromInline var withREXBits = false
    /// False once an operand has no signature (or there are too many): no shape then.
    @usableFromInline var valid = false

    /// A builder with no shape, until ``start(_:in:)``.
    package init() {}

    /// Starts the shape of an instruction of `mnemonic`, no operand yet.
    @inlinable @inline(__always)
    package mutating func start(_ mnemonic: Mnemonic, in instructionSet: InstructionSet) {
        header = 1 << 63 | UInt64(mnemonic.id)
        low = 0
        high = 0
        count = 0
        withREXBits = instructionSet.hasVEXForms(mnemonic)
        valid = true
    }

    /// Adds the instruction's next operand, a register. One function per kind of operand, as
    /// the reader knows it: the signature's switch over the kinds goes away.
    @inlinable @inline(__always)
    package mutating func add(_ register: Register) { add(EncodingShape.signature(.register(register), withREXBits: withREXBits)) }

    /// Adds the instruction's next operand, an address.
    @inlinable @inline(__always)
    package mutating func add(_ memory: Memory) { add(EncodingShape.signature(.memory(memory), withREXBits: withREXBits)) }

    /// Adds the instruction's next operand, an immediate.
    @inlinable @inline(__always)
    package mutating func add(_ immediate: Immediate) { add(EncodingShape.signature(.immediate(immediate), withREXBits: withREXBits)) }

    @inlinable @inline(__always)
    mutating func add(_ signature: UInt32?) {
        if count < 4, let signature {
            if count < 2 {
                low |= UInt64(signature) << (count &* 32)
            } else {
                high |= UInt64(signature) << ((count &- 2) &* 32)
            }
        } else {
            valid = false
        }
        count &+= 1
    }

    /// The shape, nil when the instruction has none (as ``EncodingShape/init(_:withREXBits:)``).
    @inline(__always)
    var shape: EncodingShape? {
        valid ? EncodingShape(header: header | count << 16, low: low, high: high) : nil
    }
}
