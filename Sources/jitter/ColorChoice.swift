import ArgumentParser

/// `--color WHEN`: whether output uses ANSI colour.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Colour on a stream that is a terminal, unless `NO_COLOR` is set to something.
    case auto
    case always
    case never

    /// The help of every command's `--color`.
    static let help = ArgumentHelp("When to use ANSI colour: auto (on a terminal), always or never.", valueName: "WHEN")
}
