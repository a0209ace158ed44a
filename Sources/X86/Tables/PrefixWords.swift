extension InstructionTables {
    /// A prefix word alone on a line (`rep`, `data16`, `fs`): its one byte, as both llvm-mc and GNU as
    /// emit it. Before a mnemonic the same words are prefixes of that instruction, not these rows.
    ///
    /// Columns as in ``generalPurpose``.
    static let prefixWords = """
    F0                     | LOCK                       | ZO
    F3                     | REP                        | ZO
    F3                     | REPE                       | ZO
    F3                     | REPZ                       | ZO
    F2                     | REPNE                      | ZO
    F2                     | REPNZ                      | ZO
    F2                     | XACQUIRE                   | ZO
    F3                     | XRELEASE                   | ZO
    F2                     | BND                        | ZO
    3E                     | NOTRACK                    | ZO
    66                     | DATA16                     | ZO
    67                     | ADDR32                     | ZO
    40                     | REX                        | ZO
    48                     | REX64                      | ZO
    26                     | ES                         | ZO
    2E                     | CS                         | ZO
    36                     | SS                         | ZO
    3E                     | DS                         | ZO
    64                     | FS                         | ZO
    65                     | GS                         | ZO
    """
}
