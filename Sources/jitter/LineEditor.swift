import CLibEdit

#if canImport(Glibc)
import Glibc
#endif

/// A libedit line editor with persistent history: emacs keys, Tab completion, Ctrl-C
/// dropping the line being typed, Ctrl-D ending input.
final class LineEditor {
    /// What one read produced.
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C at the prompt: the line was dropped (`emptyLine`: there was nothing on it).
        case interrupted(emptyLine: Bool)
        /// Ctrl-D on an empty line, or the terminal closed.
        case end
    }

    /// Given the text before the cursor, where the word being completed starts (a UTF-8
    /// offset) and the words that could replace it.
    typealias Completer = (String) -> (wordStart: Int, candidates: [String])

    private let editor: OpaquePointer
    private let history: HistoryFile?
    private let completerBox: CompleterBox

    /// Starts the editor on the terminal; nil when libedit cannot. The prompt and the line
    /// being edited are drawn on stdout, or on stderr when only stderr is a terminal.
    init?(history: HistoryFile?, completer: @escaping Completer) {
        // libedit decodes multibyte input only under the user's locale.
        setlocale(LC_CTYPE, "")
        let drawOnStandardError = isatty(STDOUT_FILENO) != 1 && isatty(STDERR_FILENO) == 1
        guard let editor = jitter_editor_create("jitter", drawOnStandardError ? 1 : 0) else { return nil }
        self.editor = editor
        self.history = history
        self.completerBox = CompleterBox(completer)
        jitter_editor_history_set_size(editor, Int32(HistoryFile.limit))
        for line in history?.load() ?? [] {
            jitter_editor_history_add(editor, line)
        }
        jitter_editor_set_completer(editor, { context, line, wordStart, out in
            guard let context, let line, let wordStart, let out else { return }
            let box = Unmanaged<CompleterBox>.fromOpaque(context).takeUnretainedValue()
            let result = box.completer(String(cString: line))
            wordStart.pointee = max(0, result.wordStart)
            for candidate in result.candidates {
                jitter_candidates_add(out, candidate)
            }
        }, Unmanaged.passUnretained(completerBox).toOpaque())
    }

    deinit {
        jitter_editor_destroy(editor)
    }

    /// The terminal's width in columns, when known.
    var columns: Int? {
        let value = Int(jitter_editor_columns(editor))
        return value > 0 ? value : nil
    }

    /// Shows `prompt` and reads a line; an entered line goes into the history at once.
    func read(prompt: String) -> Input {
        jitter_editor_set_prompt(editor, prompt)
        var text: UnsafePointer<CChar>?
        var length = 0
        switch jitter_editor_gets(editor, &text, &length) {
        case JITTER_EDITOR_LINE:
            guard let text else { return .end }
            let line = text.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
            if !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                jitter_editor_history_add(editor, line)
                history?.append(line)
            }
            return .line(line)
        case JITTER_EDITOR_INTERRUPTED:
            return .interrupted(emptyLine: length == 0)
        default:
            return .end
        }
    }
}

/// Holds the completer where the C callback can find it.
private final class CompleterBox {
    let completer: LineEditor.Completer
    init(_ completer: @escaping LineEditor.Completer) { self.completer = completer }
}
