extension InstructionTables {
    static let avx = """
    """
}
