/// The instruction-form tables, one string of rows per instruction family.
///
/// Each row is one form in SDM notation; see ``InstructionTableParser`` for the columns.
public enum InstructionTables {
    /// Every built-in table. Forms of one mnemonic keep their table order, which breaks ties.
    public static var all: [String] {
        [generalPurpose, controlFlow, bitManipulation, stringInstructions, processorControl, system, prefixWords, x87, mmx, sse, avx, xop, amx, avx512, avx512Prefetch]
    }
}
