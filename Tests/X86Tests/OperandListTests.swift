import Testing
import X86

/// The five places of an operand list: each appended operand is read back from its own place,
/// in order, after the list was emptied and refilled as a parser refills it line after line.
@Suite struct OperandListTests {
    static let operands: [Operand] = [
        .register(.rax), .imm(-7), .memory(Memory(size: .qword, base: .rbx, index: .rcx, scale: 4, displacement: 0x40)),
        .register(Register(.xmm, 3)), .imm(0x1234_5678_9abc),
    ]

    @Test func readsBackWhatWasAppended() {
        var list = OperandList()
        for operand in [Operand.imm(1), .imm(2), .imm(3)] { list.append(operand) }
        for count in 0...OperandList.capacity {
            list.removeAll()
            for operand in OperandListTests.operands.prefix(count) { list.append(operand) }
            #expect(list.count == count)
            #expect(Array(list) == Array(OperandListTests.operands.prefix(count)))
            for place in 0..<count { #expect(list[place] == OperandListTests.operands[place]) }
        }
    }

    @Test func equalsAListBuiltFromALiteral() {
        var list = OperandList()
        for operand in OperandListTests.operands { list.append(operand) }
        let literal: OperandList = [
            .register(.rax), .imm(-7), .memory(Memory(size: .qword, base: .rbx, index: .rcx, scale: 4, displacement: 0x40)),
            .register(Register(.xmm, 3)), .imm(0x1234_5678_9abc),
        ]
        #expect(list == literal)
        list[1] = .imm(8)
        #expect(list != literal)
        #expect(list[1] == .imm(8))
        #expect(list[2] == literal[2])
    }
}
