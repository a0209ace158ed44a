/// ANSI styling, or none: every styled piece of output goes through here so that colour
/// appears only when the caller allows it.
struct Style: Sendable {
    let enabled: Bool

    func changed(_ text: String) -> String { wrap(text, "1;33") }
    func error(_ text: String) -> String { wrap(text, "1;31") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func bold(_ text: String) -> String { wrap(text, "1") }

    /// What ``dim(_:)`` puts around its text, for output built as bytes.
    static let dimStart = Array("\u{1B}[2m".utf8)
    static let reset = Array("\u{1B}[0m".utf8)

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
