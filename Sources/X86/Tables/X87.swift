extension InstructionTables {
    static let x87 = """
    """
}
