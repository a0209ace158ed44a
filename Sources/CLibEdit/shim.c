// Fixed-signature wrappers over libedit's variadic API. Swift cannot call `el_set` or
// `history` directly; everything else (history files, candidate lists) lives in Swift.

#include "jitter_libedit.h"

#include <errno.h>
#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct jitter_editor {
    EditLine *el;
    History *history;
    char *prompt;
    jitter_completer completer;
    void *completer_context;
    // Set by the Ctrl-C key function and read once `el_gets` returns.
    int interrupted;
    // How many bytes the line held when Ctrl-C dropped it.
    size_t dropped_length;
};

struct jitter_candidates {
    char **items;
    size_t count;
    size_t capacity;
};

static jitter_editor *editor_of(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return (jitter_editor *)data;
}

static char *prompt_callback(EditLine *el) {
    jitter_editor *editor = editor_of(el);
    return (editor && editor->prompt) ? editor->prompt : "";
}

// Ctrl-C: mark the read as interrupted and finish it the way Enter does (a queued
// newline), so libedit leaves the display tidy. The text stays on screen with `^C` after
// it, as shells show it; the caller drops the line.
static unsigned char interrupt_key(EditLine *el, int ch) {
    (void)ch;
    jitter_editor *editor = editor_of(el);
    const LineInfo *info = el_line(el);
    if (editor) {
        editor->interrupted = 1;
        editor->dropped_length = (size_t)(info->lastchar - info->buffer);
    }
    el_cursor(el, (int)(info->lastchar - info->cursor));
    el_insertstr(el, "^C");
    el_push(el, "\n");
    return CC_REFRESH;
}

void jitter_candidates_add(jitter_candidates *out, const char *candidate) {
    if (out->count == out->capacity) {
        size_t capacity = out->capacity ? out->capacity * 2 : 16;
        char **items = realloc(out->items, capacity * sizeof *items);
        if (!items) return;
        out->items = items;
        out->capacity = capacity;
    }
    char *copy = strdup(candidate);
    if (copy) out->items[out->count++] = copy;
}

static void candidates_free(jitter_candidates *list) {
    for (size_t i = 0; i < list->count; i++) free(list->items[i]);
    free(list->items);
}

static void list_candidates(EditLine *el, const jitter_candidates *list) {
    FILE *out = NULL;
    if (el_get(el, EL_GETFP, 1, &out) != 0 || !out) out = stdout;
    size_t width = 0;
    for (size_t i = 0; i < list->count; i++) {
        size_t length = strlen(list->items[i]);
        if (length > width) width = length;
    }
    width += 2;
    size_t columns = width < 80 ? 80 / width : 1;
    fputc('\n', out);
    for (size_t i = 0; i < list->count; i++) {
        int last_in_row = (i + 1) % columns == 0 || i + 1 == list->count;
        if (last_in_row)
            fprintf(out, "%s\n", list->items[i]);
        else
            fprintf(out, "%-*s", (int)width, list->items[i]);
    }
    fflush(out);
}

// Tab: replace the word before the cursor by the longest prefix all candidates share;
// list them when that adds nothing. A single candidate is completed with a trailing
// space, unless it is a directory path still being walked.
static unsigned char complete_key(EditLine *el, int ch) {
    (void)ch;
    jitter_editor *editor = editor_of(el);
    if (!editor || !editor->completer) return CC_REFRESH_BEEP;
    const LineInfo *info = el_line(el);
    size_t cursor = (size_t)(info->cursor - info->buffer);
    char *line = malloc(cursor + 1);
    if (!line) return CC_ERROR;
    memcpy(line, info->buffer, cursor);
    line[cursor] = '\0';

    size_t word_start = 0;
    jitter_candidates list = {0};
    editor->completer(editor->completer_context, line, &word_start, &list);
    if (word_start > cursor) word_start = cursor;
    size_t word_length = cursor - word_start;
    free(line);

    unsigned char result = CC_REFRESH;
    if (list.count == 0) {
        result = CC_REFRESH_BEEP;
    } else {
        size_t common = strlen(list.items[0]);
        for (size_t i = 1; i < list.count; i++) {
            size_t j = 0;
            while (j < common && list.items[i][j] == list.items[0][j]) j++;
            common = j;
        }
        if (list.count == 1) {
            el_deletestr(el, (int)word_length);
            el_insertstr(el, list.items[0]);
            if (common == 0 || list.items[0][common - 1] != '/') el_insertstr(el, " ");
        } else if (common > word_length) {
            char *prefix = strndup(list.items[0], common);
            if (prefix) {
                el_deletestr(el, (int)word_length);
                el_insertstr(el, prefix);
                free(prefix);
            }
        } else {
            list_candidates(el, &list);
            result = CC_REDISPLAY;
        }
    }
    candidates_free(&list);
    return result;
}

jitter_editor *jitter_editor_create(const char *program, int draw_on_stderr) {
    jitter_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->el = el_init(program, stdin, draw_on_stderr ? stderr : stdout, stderr);
    editor->history = history_init();
    if (!editor->el || !editor->history) {
        jitter_editor_destroy(editor);
        return NULL;
    }
    HistEvent event;
    history(editor->history, &event, H_SETSIZE, 1000);
    history(editor->history, &event, H_SETUNIQUE, 1);

    EditLine *el = editor->el;
    el_set(el, EL_CLIENTDATA, editor);
    el_set(el, EL_EDITOR, "emacs");
    // SIGWINCH and friends keep the display right; libedit restores the terminal on them.
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT, prompt_callback);
    el_set(el, EL_HIST, history, editor->history);
    // While editing, Ctrl-C arrives as a key rather than SIGINT, so it can clear the line
    // without any signal handling. The terminal is back to normal (ISIG on) between reads,
    // which is when a running program must be interruptible.
    el_set(el, EL_SETTY, "-d", "-isig", NULL);
    el_set(el, EL_ADDFN, "jitter-interrupt", "drop the line being edited", interrupt_key);
    el_set(el, EL_BIND, "^C", "jitter-interrupt", NULL);
    el_set(el, EL_ADDFN, "jitter-complete", "complete the word before the cursor",
           complete_key);
    el_set(el, EL_BIND, "^I", "jitter-complete", NULL);
    // A user's ~/.editrc may still rebind keys.
    el_source(el, NULL);
    return editor;
}

void jitter_editor_destroy(jitter_editor *editor) {
    if (!editor) return;
    if (editor->el) el_end(editor->el);
    if (editor->history) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}

void jitter_editor_set_prompt(jitter_editor *editor, const char *prompt) {
    char *copy = strdup(prompt ? prompt : "");
    if (!copy) return;
    free(editor->prompt);
    editor->prompt = copy;
}

void jitter_editor_set_completer(jitter_editor *editor, jitter_completer completer,
                                 void *context) {
    editor->completer = completer;
    editor->completer_context = context;
}

jitter_editor_status jitter_editor_gets(jitter_editor *editor, const char **line,
                                        size_t *length) {
    editor->interrupted = 0;
    int count = 0;
    const char *text = el_gets(editor->el, &count);
    if (editor->interrupted) {
        *length = editor->dropped_length;
        return JITTER_EDITOR_INTERRUPTED;
    }
    if (!text || count <= 0) {
        // A signal that libedit did not handle itself ends the read, not the session.
        if (!text && count < 0 && errno == EINTR) {
            *length = 0;
            return JITTER_EDITOR_INTERRUPTED;
        }
        return JITTER_EDITOR_END;
    }
    size_t n = (size_t)count;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r')) n--;
    *line = text;
    *length = n;
    return JITTER_EDITOR_LINE;
}

void jitter_editor_history_add(jitter_editor *editor, const char *line) {
    HistEvent event;
    history(editor->history, &event, H_ENTER, line);
}

int jitter_editor_columns(jitter_editor *editor) {
    int columns = 0;
    if (el_get(editor->el, EL_GETTC, "co", &columns) != 0) return 0;
    return columns;
}

void jitter_editor_history_set_size(jitter_editor *editor, int count) {
    HistEvent event;
    history(editor->history, &event, H_SETSIZE, count);
}
