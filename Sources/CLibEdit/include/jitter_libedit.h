#ifndef JITTER_LIBEDIT_H
#define JITTER_LIBEDIT_H

// libedit's configuration calls (`el_set`, `history`) are variadic, which Swift cannot call.
// These few fixed-signature wrappers cover what the line editor needs.

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An interactive line editor on the process's terminal, with in-memory history.
typedef struct jitter_editor jitter_editor;

/// Candidates collected by a completer; only `jitter_candidates_add` touches it.
typedef struct jitter_candidates jitter_candidates;

/// Asked for the candidates that could replace the word before the cursor.
/// `line` holds the text from the start of the line up to the cursor (NUL-terminated).
/// The completer decides where the word being completed starts, stores that offset in
/// `*word_start`, and hands back each candidate (a whole word, not only the missing
/// suffix) with `jitter_candidates_add`.
typedef void (*jitter_completer)(void *context, const char *line, size_t *word_start,
                                 jitter_candidates *out);

/// Adds a copy of `candidate` to the list a completer is filling.
void jitter_candidates_add(jitter_candidates *out, const char *candidate);

/// Creates an editor reading the terminal on stdin and drawing on stdout (on stderr when
/// `draw_on_stderr` is non-zero, for when stdout is redirected), with emacs key bindings.
/// Ctrl-C clears the line being edited instead of raising SIGINT (see
/// `jitter_editor_gets`). `program` names the editor for `~/.editrc` sections.
/// Returns NULL when libedit cannot start (no terminal, out of memory).
jitter_editor *jitter_editor_create(const char *program, int draw_on_stderr);

/// Restores the terminal and frees the editor. Accepts NULL.
void jitter_editor_destroy(jitter_editor *editor);

/// Sets the prompt shown by the next `jitter_editor_gets`; the string is copied.
void jitter_editor_set_prompt(jitter_editor *editor, const char *prompt);

/// Installs (or, with NULL, removes) the completer bound to Tab.
/// `context` is passed back unchanged and must outlive the editor or the next call.
void jitter_editor_set_completer(jitter_editor *editor, jitter_completer completer,
                                 void *context);

/// Outcome of reading one line.
typedef enum {
    /// A line was entered; it is in `*line` (without its newline).
    JITTER_EDITOR_LINE = 0,
    /// Ctrl-C was pressed: the line being edited was dropped; `*length` says how many bytes
    /// it held (0: Ctrl-C on an empty line).
    JITTER_EDITOR_INTERRUPTED = 1,
    /// Ctrl-D on an empty line, or the terminal went away.
    JITTER_EDITOR_END = 2,
} jitter_editor_status;

/// Shows the prompt and reads one edited line. On `JITTER_EDITOR_LINE`, `*line` and
/// `*length` describe the text, owned by the editor and valid until the next call.
jitter_editor_status jitter_editor_gets(jitter_editor *editor, const char **line,
                                        size_t *length);

/// Adds a line to the in-memory history (what the up arrow recalls). Memory only:
/// persisting the history is the caller's job.
void jitter_editor_history_add(jitter_editor *editor, const char *line);

/// The terminal's width in columns as libedit knows it (it follows SIGWINCH), or 0.
int jitter_editor_columns(jitter_editor *editor);

/// Keeps at most `count` lines of in-memory history.
void jitter_editor_history_set_size(jitter_editor *editor, int count);

#ifdef __cplusplus
}
#endif

#endif
