#ifndef KOTACERDAS_CNCURSESW_SHIM_H
#define KOTACERDAS_CNCURSESW_SHIM_H

// SwiftPM drops the -D flags pkg-config reports, and without these two the wide-character
// half of curses (cchar_t, wget_wch, setcchar) is not declared at all.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>

// The Glibc module is built without the X/Open feature macros, so wcwidth stays hidden
// behind it; declaring it here is harmless when it is already visible.
extern int wcwidth(wchar_t c);

// MARK: Globals and macros that Swift cannot import.

static inline WINDOW *kc_stdscr(void) { return stdscr; }
static inline WINDOW *kc_curscr(void) { return curscr; }
static inline int kc_colors(void) { return COLORS; }
static inline int kc_color_pairs(void) { return COLOR_PAIRS; }
static inline int kc_getmaxy(WINDOW *win) { return getmaxy(win); }
static inline int kc_getmaxx(WINDOW *win) { return getmaxx(win); }

static inline attr_t kc_a_normal(void) { return A_NORMAL; }
static inline attr_t kc_a_bold(void) { return A_BOLD; }
static inline attr_t kc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kc_a_reverse(void) { return A_REVERSE; }
static inline attr_t kc_a_dim(void) { return A_DIM; }

// Whether the terminfo entry has the `Sync` extended capability (synchronized output,
// DEC private mode 2026). tigetstr returns (char *)-1 for a name that is not a string
// capability, which Swift cannot compare against.
static inline int kc_has_sync_capability(void) {
    char *value = tigetstr("Sync");
    return value != NULL && value != (char *)-1;
}

// MARK: Key codes. Plain KEY_* constants import; KEY_F(n) is a function-like macro.

static inline int kc_key_f(int n) { return KEY_F(n); }

// MARK: Mouse masks (built by function-like macros).

static inline mmask_t kc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t kc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t kc_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t kc_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kc_button5_pressed(void) { return BUTTON5_PRESSED; }

// MARK: Drawing with extended colour pairs.

// COLOR_PAIR(n) keeps only 8 bits; ncurses reads the full pair number through the
// `opts` pointer instead, so the short argument is left at 0.
static inline int kc_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, 0, &pair) != OK) {
        return ERR;
    }
    return mvwadd_wch(win, y, x, &cell);
}

// MARK: Linux helpers. eventfd and signalfd import through the headers above, which the
// Glibc module leaves out; ioctl is variadic and therefore not callable from Swift.

static inline int kc_window_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) {
        return -1;
    }
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

#endif
