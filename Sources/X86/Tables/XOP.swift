extension InstructionTables {
    static let xop = """
    """
}
