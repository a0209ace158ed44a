import REPL

#if canImport(Glibc)
import Glibc
#endif

/// The REPL on a terminal: libedit with history and completion.
struct InteractiveLoop {
    let session: Session
    let console: Console
    private let editor: LineEditor

    /// Nil when the line editor cannot start; the caller falls back to plain lines.
    init?(session: Session, console: Console) {
        self.session = session
        self.console = console
        let history = HistoryFile.defaultPath().map(HistoryFile.init(path:))
        guard let editor = LineEditor(history: history, completer: { text in
            session.completions(before: text)
        }) else { return nil }
        self.editor = editor
    }

    func run() {
        // Ctrl-C must never end the REPL. At the prompt the editor takes it as a key; while
        // code runs the executor turns it into an interrupt; anywhere else it does nothing.
        signal(SIGINT, { _ in })
        console.show(.standardOutput("Jitter: x86-64 assembly, run at `ret`. .help lists commands, Ctrl-D leaves.\n"))
        while true {
            switch editor.read(prompt: session.prompt) {
            case .line(let line):
                if let columns = editor.columns { session.width = columns }
                if session.handle(line) == .quit { return }
            case .interrupted(let emptyLine):
                // A second thought about the whole block: Ctrl-C on an empty line drops it.
                if emptyLine { session.dropPendingBlock() }
            case .end:
                console.show(.standardOutput("\n"))
                return
            }
        }
    }
}
