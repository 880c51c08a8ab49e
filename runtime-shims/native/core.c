/* Process start-up, the shadow stack, exceptions, the string builder and
 * output.  The program's entry point runs on a thread with a large C stack so
 * that the recursion limit (RPY_MAX_DEPTH), not the C stack, ends deep
 * recursion with a RecursionError. */
#include "rpy.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

void **rpy_ss_base, **rpy_ss_top, **rpy_ss_limit;
void *rpy_exc;
int64_t rpy_depth;

const char *const rpy_exc_names[RPY_EXC_COUNT] = {
    "ZeroDivisionError", "IndexError", "KeyError", "ValueError",
    "OverflowError", "StopIteration", "TypeError", "OSError",
    "RecursionError", "MemoryError", "AttributeError", "UnicodeDecodeError",
};

/* Room for the runtime's own roots, beyond the generated frames. */
#define RPY_SS_SLOTS ((size_t)1 << 20)

void rpy_fatal(const char *what) {
    rpy_flush_stdout();
    fprintf(stderr, "Fatal RPython error: %s\n", what);
    exit(1);
}

bool rpy_enter_slow(void) {
    rpy_raise_msg(RPY_EXC_RecursionError, "maximum recursion depth exceeded");
    return false;
}

/* Raises a new instance of built-in exception `which` with message `message`
 * (a str object, already rooted by the caller or static). */
void rpy_raise(int which, void *message) {
    const rpy_vtable *vt = rpy_builtin_exc[which];
    if (!vt) {
        /* The program never mentions this exception class, so it cannot catch
         * it: report it as uncaught right away. */
        rpy_str *m = message;
        char buf[512];
        snprintf(buf, sizeof buf, "%s: %.*s", rpy_exc_names[which],
                 (int)(m ? m->len : 0), m ? m->data : "");
        rpy_fatal(buf);
    }
    RPY_PUSH_ROOT(message);
    extern const uint32_t rpy_builtin_exc_tid[];
    extern const uint32_t rpy_builtin_exc_nslots[];
    rpy_inst *e = rpy_inst_new(rpy_builtin_exc_tid[which], vt, rpy_builtin_exc_nslots[which]);
    message = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    if (!e)
        return;
    e->f[rpy_message_slot].p = message;
    rpy_exc = e;
}

void rpy_raise_msg(int which, const char *message) {
    void *m = rpy_str_new(message, (int64_t)strlen(message));
    if (!m)
        return;
    rpy_raise(which, m);
}

void rpy_raise_obj(void *exc) { rpy_exc = exc; }

/* ---- string builder ---- */

void rpy_sb_init(rpy_sb *sb) {
    sb->cap = 64;
    sb->len = 0;
    sb->buf = malloc(sb->cap);
    if (!sb->buf)
        rpy_fatal("MemoryError");
}

void rpy_sb_free(rpy_sb *sb) { free(sb->buf); }

void rpy_sb_grow(rpy_sb *sb, size_t n) {
    while (sb->len + n > sb->cap)
        sb->cap *= 2;
    sb->buf = realloc(sb->buf, sb->cap);
    if (!sb->buf)
        rpy_fatal("MemoryError");
}

void rpy_sb_int(rpy_sb *sb, int64_t v) {
    char buf[24];
    rpy_sb_put(sb, buf, (size_t)rpy_write_int(buf, v));
}

void rpy_sb_uint(rpy_sb *sb, uint64_t v) {
    char buf[24];
    rpy_sb_put(sb, buf, (size_t)rpy_write_decimal(buf, v));
}

void rpy_sb_float(rpy_sb *sb, double v) {
    char buf[40];
    rpy_float_repr_buf(v, buf);
    rpy_sb_puts(sb, buf);
}

void *rpy_sb_finish(rpy_sb *sb) {
    void *s = rpy_str_new(sb->buf, (int64_t)sb->len);
    rpy_sb_free(sb);
    return s;
}

void *rpy_repr_to_str(void (*repr)(rpy_sb *, rpy_word), rpy_word v) {
    rpy_sb sb;
    rpy_sb_init(&sb);
    repr(&sb, v);
    return rpy_sb_finish(&sb);
}

/* ---- output: stdout is buffered here and flushed at exit ---- */

static char rpy_out_buf[1 << 16];
static size_t rpy_out_len;

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        p += k;
        n -= (size_t)k;
    }
}

void rpy_flush_stdout(void) {
    write_all(1, rpy_out_buf, rpy_out_len);
    rpy_out_len = 0;
}

void rpy_write_stdout(void *s) {
    rpy_str *str = s;
    if (!str)
        return;
    if (rpy_out_len + (size_t)str->len > sizeof rpy_out_buf) {
        rpy_flush_stdout();
        if ((size_t)str->len > sizeof rpy_out_buf) {
            write_all(1, str->data, (size_t)str->len);
            return;
        }
    }
    memcpy(rpy_out_buf + rpy_out_len, str->data, (size_t)str->len);
    rpy_out_len += (size_t)str->len;
}

static void raise_os_error(int err, void *path) {
    rpy_sb sb;
    rpy_sb_init(&sb);
    char buf[64];
    snprintf(buf, sizeof buf, "[Errno %d] ", err);
    rpy_sb_puts(&sb, buf);
    rpy_sb_puts(&sb, strerror(err));
    if (path) {
        rpy_sb_puts(&sb, ": ");
        rpy_sb_str_repr(&sb, path);
    }
    void *m = rpy_sb_finish(&sb);
    if (m)
        rpy_raise(RPY_EXC_OSError, m);
}

int64_t rpy_os_write(int64_t fd, void *data) {
    rpy_str *b = data;
    rpy_flush_stdout();
    ssize_t k = write((int)fd, b->data, (size_t)b->len);
    if (k < 0) {
        raise_os_error(errno, NULL);
        return 0;
    }
    return (int64_t)k;
}

void *rpy_os_read(int64_t fd, int64_t n) {
    if (n < 0)
        n = 0;
    char *buf = malloc((size_t)n + 1);
    if (!buf)
        rpy_fatal("MemoryError");
    ssize_t k = read((int)fd, buf, (size_t)n);
    if (k < 0) {
        free(buf);
        raise_os_error(errno, NULL);
        return NULL;
    }
    void *b = rpy_bytes_new(buf, (int64_t)k);
    free(buf);
    return b;
}

int64_t rpy_os_open(void *path, int64_t flags, int64_t mode) {
    rpy_str *p = path;
    char *cpath = malloc((size_t)p->len + 1);
    if (!cpath)
        rpy_fatal("MemoryError");
    memcpy(cpath, p->data, (size_t)p->len);
    cpath[p->len] = 0;
    int fd = open(cpath, (int)flags, (int)mode);
    free(cpath);
    if (fd < 0) {
        raise_os_error(errno, path);
        return 0;
    }
    return fd;
}

void rpy_os_close(int64_t fd) {
    if (close((int)fd) < 0)
        raise_os_error(errno, NULL);
}

/* ---- start-up ---- */

static int rpy_argc;
static char **rpy_argv;
static int64_t rpy_status;

static void report_uncaught(void) {
    rpy_inst *e = rpy_exc;
    rpy_str *name = e->vt->name;
    rpy_str *msg = e->f[rpy_message_slot].p;
    rpy_flush_stdout();
    if (msg && msg->len > 0)
        fprintf(stderr, "Fatal RPython error: %.*s: %.*s\n", (int)name->len, name->data,
                (int)msg->len, msg->data);
    else
        fprintf(stderr, "Fatal RPython error: %.*s\n", (int)name->len, name->data);
}

static void *run_program(void *unused) {
    (void)unused;
    /* Deep enough for RPY_MAX_DEPTH frames of the largest spill, so entering
     * a function need not check it; the runtime's own pushes are few.  Only
     * touched as deep as the program goes. */
    size_t slots = (RPY_MAX_DEPTH + 1) * rpy_max_spill + RPY_SS_SLOTS;
    rpy_ss_base = calloc(slots, sizeof(void *));
    if (!rpy_ss_base)
        rpy_fatal("MemoryError: cannot allocate the shadow stack");
    rpy_ss_top = rpy_ss_base;
    rpy_ss_limit = rpy_ss_base + slots;
    rpy_gc_init();
    rpy_init_prebuilt();
    if (rpy_exc) {
        report_uncaught();
        rpy_status = 1;
        return NULL;
    }
    rpy_list *argv = rpy_list_new(rpy_tid_list_str, rpy_argc);
    RPY_PUSH_ROOT(argv);
    for (int i = 0; i < rpy_argc; i++) {
        void *s = rpy_str_new(rpy_argv[i], (int64_t)strlen(rpy_argv[i]));
        argv = rpy_ss_top[-1];
        argv->items[i].p = s;
    }
    argv = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    int64_t status = rpy_entry(argv);
    if (rpy_exc) {
        report_uncaught();
        rpy_status = 1;
        return NULL;
    }
    rpy_flush_stdout();
    rpy_status = status;
    return NULL;
}

int main(int argc, char **argv) {
    rpy_argc = argc;
    rpy_argv = argv;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    /* Deep enough for RPY_MAX_DEPTH frames of ordinary size; the memory is only
     * touched as the recursion goes. */
    pthread_attr_setstacksize(&attr, (size_t)1 << 30);
    pthread_t th;
    if (pthread_create(&th, &attr, run_program, NULL) != 0)
        run_program(NULL);
    else
        pthread_join(th, NULL);
    if (getenv("RPY_GC_STATS")) {
        /* For the GC tests: peak resident set size, as getrusage reports it. */
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr, "rpy-gc-stats: peak-rss-kib=%ld\n", (long)ru.ru_maxrss);
    }
    return (int)(rpy_status & 0xff);
}
