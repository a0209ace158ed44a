extension InstructionTables {
    static let amx = """
    """
}
