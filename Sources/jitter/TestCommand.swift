import ArgumentParser
import REPL

/// `jitter test FILE...`: run files and check their `; expect` lines.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run files and check the expectations written in them (`; expect rax == 50`).",
        discussion: """
            Each file runs in a fresh session, as if its lines were typed. An expectation \
            checks the state left by the most recent run above it: a register of any width \
            (rax, eax, al, ah, r8d…), rip, rflags or a flag (cf pf af zf sf df of), compared \
            with == != < > <= >= to a number. Every failed expectation, and every line that \
            could not be assembled or whose run faulted or timed out, is printed with its \
            line; the last line says `N passed, N failed`. The exit status is 1 on any failure.
            """
    )

    @Argument(help: "The files to check.")
    var files: [String]

    @OptionGroup var options: RunOptions

    func run() throws {
        let console = Console()
        var passed = 0
        var failed = 0
        for file in files {
            // Only failures are shown: errors go to stderr, the rest of the session's talk is dropped.
            let session = Session(options: SessionOptions(timeout: options.seconds, color: false)) { event in
                if case .standardError = event { console.show(event) }
            }
            let outcome = session.load(path: file)
            passed += session.expectationsPassed
            // A line that failed for another reason (assembly error, fault) counts as a failure too.
            failed += session.expectationFailures.count + session.failedLines
            if session.expectationsPassed == 0 && session.expectationFailures.isEmpty && outcome != .failed {
                console.show(.standardError("note: \(file) has no `; expect` lines\n"))
            }
        }
        console.show(.standardOutput("\(passed) passed, \(failed) failed\n"))
        if failed > 0 { throw ExitCode(1) }
    }
}
