extension InstructionTables {
    static let mmx = """
    """
}
