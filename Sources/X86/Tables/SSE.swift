extension InstructionTables {
    static let sse = """
    """
}
