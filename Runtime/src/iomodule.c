/*
 * iomodule.c — the builtin open() and the `io` module: text files (TextIOWrapper), binary files
 * (BufferedReader / BufferedWriter / BufferedRandom, and FileIO for buffering=0), StringIO and
 * BytesIO, with CPython 3.11's modes, attributes, reprs and error messages.
 *
 * Invariants:
 *  - Everything about an open file descriptor lives in a FileState in malloc'd memory: the fd, the
 *    read-ahead of binary reads and the pending (already encoded) bytes of writes. It holds no
 *    Python values, so the collector never scans it, and it can be flushed without touching any
 *    object: every open FileState is on one list, which ad_io_files_flush writes out at program
 *    exit (files nobody closed are written, as CPython does when their objects die) and before
 *    each open() and each read(2) (so that `open(p, 'w').write(s)` followed by `open(p).read()`
 *    sees `s`, as it does under CPython's reference counting). A finalizer on the object that open() returned flushes
 *    and closes its FileState when the collector finds the object dead.
 *    Consequence (a known difference): what a file still referenced has not flushed is visible
 *    to other file objects reading the same file, where CPython would not show those writes.
 *  - A FileState never has both read-ahead and pending writes: before a binary write the
 *    read-ahead is given back (the fd is moved back to the logical position), before a read the
 *    writes are flushed. A text write after reading leaves the fd past the chunk read ahead, as
 *    CPython's text layer does over its buffer (the write lands there). Reads right after writes
 *    in "+" modes read from where the writes ended; CPython's layered buffers sometimes place
 *    such writes elsewhere (at the end of what was read ahead), which is not imitated.
 *  - A text file decodes in chunks of 8192 bytes, as CPython does: `decoded` is the current
 *    chunk's text (newlines already translated) and `decoded_pos` the next character to hand out;
 *    `chunk_start` is the file offset of the chunk's first byte and `chunk_raw` a copy of its
 *    bytes, so that tell() can count back from a character position to a byte offset (exact for
 *    the supported encodings, which are byte-oriented and ASCII-compatible: UTF-8, ASCII,
 *    Latin-1). Bytes that cannot be decoded yet (an incomplete UTF-8 sequence, a '\r' that may
 *    start "\r\n") are carried into the next chunk.
 *  - A text decoder with nothing read (no chunk, no carry, not at EOF) takes its chunk offset
 *    from the fd when it starts reading (text_sync_start), so writes and seeks need not track it.
 *  - StringIO keeps code points, BytesIO bytes, both in collected atomic memory.
 *
 * Not supported: memoryview arguments (bytes and bytearray are accepted), UTF-16/32
 * text files, TextIOWrapper over objects other than binary files from open(), reconfigure() and
 * detach(). sys.stdout/stderr/stdin are io.c's own streams, not instances of these types.
 */
#include "strings.h"
#include "core.h"

#include <errno.h>
#include <fcntl.h>
#include <gc/gc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define IO_CHUNK 8192

/* ========================================================================================== */
/* MARK: The registry of open file descriptors                                                 */
/* ========================================================================================== */

typedef struct FileState {
    int fd;                    /* -1 once closed */
    int closefd;
    int readable, writable, appending;
    int seekable;              /* -1 until asked */
    size_t bufsize;            /* binary read-ahead size: st_blksize, or buffering > 1, as CPython */
    unsigned char *rbuf;       /* binary read-ahead: rbuf[rpos..rlen) */
    size_t rpos, rlen;
    unsigned char *wbuf;       /* pending writes */
    size_t wlen, wcap;
    struct FileState *prev, *next;
} FileState;

static FileState *open_files;
/* Finalizers run on whichever thread allocates when the collector finishes (a background JIT
 * thread too), so the list is guarded; recursive because closing a file leaves the list. */
static pthread_mutex_t registry_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;

static void registry_add(FileState *fs) {
    pthread_mutex_lock(&registry_lock);
    fs->next = open_files;
    if (open_files) open_files->prev = fs;
    open_files = fs;
    pthread_mutex_unlock(&registry_lock);
}

static void registry_remove(FileState *fs) {
    pthread_mutex_lock(&registry_lock);
    if (fs->prev) fs->prev->next = fs->next;
    else if (open_files == fs) open_files = fs->next;
    if (fs->next) fs->next->prev = fs->prev;
    fs->prev = fs->next = NULL;
    pthread_mutex_unlock(&registry_lock);
}

static int write_all(int fd, const unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Write out the pending bytes: 0, or -1 with errno set (the bytes are dropped, as CPython's
 * BufferedWriter keeps them but a program cannot recover them either). */
static int fs_flush_raw(FileState *fs) {
    if (fs->wlen == 0 || fs->fd < 0) return 0;
    size_t n = fs->wlen;
    fs->wlen = 0;
    return write_all(fs->fd, fs->wbuf, n);
}

static int fs_flush(FileState *fs) {
    if (fs_flush_raw(fs) < 0) {
        ad_err_from_errno(errno, 0);
        return -1;
    }
    return 0;
}

void ad_io_files_flush(void) {
    pthread_mutex_lock(&registry_lock);
    for (FileState *fs = open_files; fs; fs = fs->next) fs_flush_raw(fs);
    pthread_mutex_unlock(&registry_lock);
}

static void fs_release(FileState *fs) {
    registry_remove(fs);
    free(fs->rbuf);
    free(fs->wbuf);
    fs->rbuf = fs->wbuf = NULL;
    fs->rpos = fs->rlen = fs->wlen = fs->wcap = 0;
}

/* Flush, close the descriptor (if we own it) and leave the registry: 0, or -1 with errno. */
static int fs_close(FileState *fs) {
    if (fs->fd < 0) return 0;
    int rc = fs_flush_raw(fs);
    int saved = errno;
    if (fs->closefd && close(fs->fd) < 0 && rc == 0) {
        rc = -1;
        saved = errno;
    }
    fs->fd = -1;
    fs_release(fs);
    errno = saved;
    return rc;
}

static void fs_append(FileState *fs, const void *p, size_t n) {
    if (fs->wlen + n > fs->wcap) {
        size_t cap = fs->wcap ? fs->wcap : IO_CHUNK;
        while (cap < fs->wlen + n) cap *= 2;
        unsigned char *b = realloc(fs->wbuf, cap);
        if (!b) abort();
        fs->wbuf = b;
        fs->wcap = cap;
    }
    memcpy(fs->wbuf + fs->wlen, p, n);
    fs->wlen += n;
}

static int fs_is_seekable(FileState *fs) {
    if (fs->seekable < 0) fs->seekable = lseek(fs->fd, 0, SEEK_CUR) >= 0;
    return fs->seekable;
}

/* Before a write: give back the binary read-ahead so that the fd sits at the logical position. */
static int fs_prepare_write(FileState *fs) {
    if (fs->rpos < fs->rlen && fs_is_seekable(fs)) {
        if (lseek(fs->fd, -(off_t)(fs->rlen - fs->rpos), SEEK_CUR) < 0) {
            ad_err_from_errno(errno, 0);
            return -1;
        }
    }
    fs->rpos = fs->rlen = 0;
    return 0;
}

/* One read(2) of up to n bytes into p: the count (0 at EOF), or -1 with the error set. Pending
 * writes of every file go out first, so that data written through a file object nobody holds
 * (which CPython would have flushed when it died) is there to be read. */
static ssize_t fd_read(int fd, void *p, size_t n) {
    ad_io_files_flush();
    for (;;) {
        ssize_t r = read(fd, p, n);
        if (r >= 0) return r;
        if (errno != EINTR) {
            ad_err_from_errno(errno, 0);
            return -1;
        }
    }
}

/* The logical position of a file: where the fd is, less the read-ahead, plus pending writes. */
static int64_t fs_tell(FileState *fs) {
    off_t pos = lseek(fs->fd, 0, SEEK_CUR);
    if (pos < 0) {
        ad_err_from_errno(errno, 0);
        return -1;
    }
    return (int64_t)pos - (int64_t)(fs->rlen - fs->rpos) + (int64_t)fs->wlen;
}

static int64_t fs_seek(FileState *fs, int64_t offset, int whence) {
    if (fs_flush(fs) < 0) return -1;
    if (whence == SEEK_CUR) offset -= (int64_t)(fs->rlen - fs->rpos);
    fs->rpos = fs->rlen = 0;
    off_t pos = lseek(fs->fd, (off_t)offset, whence);
    if (pos < 0) {
        ad_err_from_errno(errno, 0);
        return -1;
    }
    return (int64_t)pos;
}

/* ========================================================================================== */
/* MARK: Shared helpers: errors and arguments                                                  */
/* ========================================================================================== */

static AdValue unsupported_operation;   /* io.UnsupportedOperation, created by io_ready */

static AdValue err_unsupported(const char *msg) {
    AdValue m = ad_str_from_cstr(msg);
    AdValue exc = ad_call1(unsupported_operation, m);
    return exc ? ad_err_set_object(exc) : AD_ERROR;
}

static AdValue err_closed(void) { return ad_err_set(&ad_ValueError, "I/O operation on closed file."); }
static AdValue err_closed_np(void) { return ad_err_set(&ad_ValueError, "I/O operation on closed file"); }

/* A size argument of a text method (read(n), readline(limit)): None or missing is -1. */
static int text_size_arg(AdValue v, int64_t *out) {
    *out = -1;
    if (!v || v == AD_NONE) return 0;
    if (!ad_type(v)->index) {
        ad_err_format(&ad_TypeError, "argument should be integer or None, not '%s'", ad_type(v)->name);
        return -1;
    }
    *out = ad_index_value(v, &ad_OverflowError);
    return *out == -1 && ad_err_occurred() ? -1 : 0;
}

/* A seek offset: an int (__index__). */
static int offset_arg(AdValue v, int64_t *out) {
    *out = ad_index_value(v, &ad_OverflowError);
    return *out == -1 && ad_err_occurred() ? -1 : 0;
}

static int whence_arg(AdValue v, int *out) {
    *out = 0;
    if (!v) return 0;
    int64_t w = ad_index_value(v, &ad_OverflowError);
    if (w == -1 && ad_err_occurred()) return -1;
    *out = (int)w;
    return 0;
}

/* The bytes of a bytes-like argument (bytes or bytearray). */
static int bytes_arg(AdValue v, const unsigned char **p, size_t *n) {
    int64_t len;
    if (!ad_bytes_like(v, p, &len)) {
        ad_err_format(&ad_TypeError, "a bytes-like object is required, not '%s'", ad_type(v)->name);
        return -1;
    }
    *n = (size_t)len;
    return 0;
}

/* readinto(b)'s argument: a bytearray, or CPython's TypeError. */
static int writable_buffer_arg(const char *fname, AdValue v) {
    if (ad_is_bytearray(v)) return 0;
    ad_err_format(&ad_TypeError, "%s() argument must be read-write bytes-like object, not %T", fname, v);
    return -1;
}

/* Copy a read's result into the bytearray and return its length. */
static AdValue fill_buffer_from(AdValue buffer, AdValue data) {
    if (!data) return AD_ERROR;
    int64_t n = AD_BYTES(data)->length;
    if (n > AD_BYTEARRAY(buffer)->length) n = AD_BYTEARRAY(buffer)->length;   /* it shrank meanwhile */
    memcpy(AD_BYTEARRAY(buffer)->data, AD_BYTES(data)->data, (size_t)n);
    return ad_small(n);
}

/* ========================================================================================== */
/* MARK: Codecs (byte-oriented, ASCII-compatible)                                              */
/* ========================================================================================== */

enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1, CODEC_SIG = 8 };

static int name_in(const char *encoding, const char *const *names) {
    char norm[32];
    size_t n = 0;
    for (const char *p = encoding; *p; p++) {
        if (n + 1 >= sizeof norm) return 0;
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '_' || c == ' ') c = '-';
        norm[n++] = c;
    }
    norm[n] = 0;
    for (; *names; names++)
        if (strcmp(norm, *names) == 0) return 1;
    return 0;
}

/* The codec for an encoding name: 0 and *codec set, or -1 with LookupError (unknown) or
 * ValueError (a codec Adder's files do not support). */
static int codec_lookup(const char *encoding, int *codec) {
    static const char *const utf8[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us-ascii", "646", "us", NULL};
    static const char *const latin1[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859",
                                         "cp819", "latin", "l1", "iso-ir-100", NULL};
    static const char *const utf8sig[] = {"utf-8-sig", "utf8-sig", NULL};
    if (name_in(encoding, utf8)) *codec = CODEC_UTF8;
    else if (name_in(encoding, utf8sig)) *codec = CODEC_UTF8 | CODEC_SIG;
    else if (name_in(encoding, ascii)) *codec = CODEC_ASCII;
    else if (name_in(encoding, latin1)) *codec = CODEC_LATIN1;
    else {
        /* Let the codec machinery word the error for unknown names. */
        if (!ad_decode((const unsigned char *)"a", 1, encoding, NULL)) return -1;
        ad_err_format(&ad_ValueError, "encoding '%s' is not supported for text files", encoding);
        return -1;
    }
    return 0;
}

static const char *codec_name(int codec) {
    return codec == CODEC_UTF8 ? "utf-8" : codec == CODEC_ASCII ? "ascii" : "latin-1";
}

/* Bytes at the end of p[0..n) that begin a UTF-8 sequence not complete yet. */
static size_t utf8_incomplete_tail(const unsigned char *p, size_t n) {
    for (size_t k = 1; k <= 3 && k <= n; k++) {
        unsigned char c = p[n - k];
        if ((c & 0xC0) == 0x80) continue;
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > k ? k : 0;
    }
    return 0;
}

static size_t utf8_seq_len(unsigned char c) {
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* ========================================================================================== */
/* MARK: Object layouts and types                                                              */
/* ========================================================================================== */

enum { NL_UNIVERSAL, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };

typedef struct TextFile {
    AdObject ob;
    FileState *fs;
    AdValue name, mode, encoding, errors;
    AdValue buffer;            /* the binary file beneath, created on first use */
    AdValue decoded;           /* the current chunk's text, or 0 */
    int64_t decoded_pos;
    int64_t chunk_start;       /* file offset of chunk_raw[0] */
    unsigned char *chunk_raw;  /* collected atomic copy of the chunk's bytes */
    size_t chunk_len;
    unsigned char carry[8];    /* bytes read but held back for the next chunk */
    size_t carry_len;
    int at_eof;
    int codec;
    int sig;                   /* utf-8-sig: a BOM is skipped at offset 0, written by a first write there */
    int bom_on_write;          /* the next write checks whether it is at offset 0 */
    int newline;
    int line_buffering;
    int telling;
    int seen_newlines;         /* SEEN_* kinds met while decoding (universal modes) */
    AdValue dict;
} TextFile;

typedef struct BinFile {
    AdObject ob;
    FileState *fs;
    AdValue name, mode;
    AdValue owner;             /* the text file this is the .buffer of, or 0 */
    int raw;                   /* FileIO: writes go straight through */
    AdValue dict;
} BinFile;

static AdType iobase_type, rawiobase_type, bufferediobase_type, textiobase_type;
static AdType textio_type, reader_type, writer_type, random_type, fileio_type;
static AdType stringio_type, bytesio_type;


/* ========================================================================================== */
/* MARK: Text files                                                                            */
/* ========================================================================================== */

static int text_check_open(TextFile *t) {
    if (t->fs->fd < 0) {
        err_closed();
        return -1;
    }
    return 0;
}

static int text_check_readable(TextFile *t) {
    if (text_check_open(t) < 0) return -1;
    if (!t->fs->readable) {
        err_unsupported("not readable");
        return -1;
    }
    return 0;
}

static int text_check_writable(TextFile *t) {
    if (text_check_open(t) < 0) return -1;
    if (!t->fs->writable) {
        err_unsupported("not writable");
        return -1;
    }
    return 0;
}

static void text_reset_decoder(TextFile *t) {
    t->decoded = 0;
    t->decoded_pos = 0;
    t->chunk_raw = NULL;
    t->chunk_len = 0;
    t->carry_len = 0;
    t->at_eof = 0;
}

/* Universal newlines: "\r\n" and "\r" become "\n". */
static AdValue translate_newlines(AdValue s) {
    int64_t n = ad_str_len(s);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_reserve(&sb, (size_t)n);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(s, i);
        if (c == '\r') {
            c = '\n';
            if (i + 1 < n && ad_str_char(s, i + 1) == '\n') i++;
        }
        ad_sb_append_char(&sb, c);
    }
    return ad_sb_finish(&sb);
}

static AdValue text_decode(TextFile *t, const unsigned char *p, size_t n) {
    const char *errors = ad_str_utf8(t->errors, NULL);
    if (t->codec == CODEC_LATIN1) return ad_str_from_latin1(p, n);
    return ad_decode(p, n, codec_name(t->codec), errors);
}

enum { SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4 };

/* The kinds of line ends in p[0..n), for the newlines attribute. */
static int scan_newlines(const unsigned char *p, size_t n) {
    if (!memchr(p, '\r', n)) return memchr(p, '\n', n) ? SEEN_LF : 0;
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') seen |= SEEN_LF;
        else if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                seen |= SEEN_CRLF;
                i++;
            } else {
                seen |= SEEN_CR;
            }
        }
    }
    return seen;
}

/* A decoder with nothing read yet starts where the descriptor is (after writes, seeks). */
static void text_sync_start(TextFile *t) {
    if (t->decoded || t->carry_len || t->at_eof) return;
    off_t pos = lseek(t->fs->fd, 0, SEEK_CUR);
    if (pos >= 0) t->chunk_start = (int64_t)pos;
    t->chunk_len = 0;
}

/* Decode raw bytes into text (translating newlines if asked): the str, or AD_ERROR. */
static AdValue text_decode_raw(TextFile *t, const unsigned char *p, size_t n) {
    if (t->newline == NL_UNIVERSAL || t->newline == NL_EMPTY) t->seen_newlines |= scan_newlines(p, n);
    AdValue s = text_decode(t, p, n);
    /* Translate after decoding, so that decoding errors give the positions of the bytes read. */
    if (!s || t->newline != NL_UNIVERSAL || !memchr(p, '\r', n)) return s;
    return translate_newlines(s);
}

/* utf-8-sig: drop the BOM from bytes read at offset 0 (the chunk then starts at offset 3). */
static size_t skip_bom(TextFile *t, unsigned char *buf, size_t n) {
    if (!t->sig || t->chunk_start != 0 || n < 3 || memcmp(buf, "\xef\xbb\xbf", 3) != 0) return n;
    memmove(buf, buf + 3, n - 3);
    t->chunk_start = 3;
    return n - 3;
}

/* Make t->decoded hold the next chunk. Returns 1, 0 at the end of the file, -1 on error. */
static int text_fill(TextFile *t) {
    FileState *fs = t->fs;
    if (fs->wlen && fs_flush(fs) < 0) return -1;
    text_sync_start(t);
    if (t->decoded) t->chunk_start += (int64_t)t->chunk_len;
    t->decoded = 0;
    t->decoded_pos = 0;
    t->chunk_len = 0;
    for (;;) {
        if (t->at_eof && t->carry_len == 0) return 0;
        size_t cap = t->carry_len + IO_CHUNK;
        unsigned char *buf = ad_alloc_atomic(cap);
        memcpy(buf, t->carry, t->carry_len);
        size_t n = t->carry_len;
        if (!t->at_eof) {
            ssize_t r = fd_read(fs->fd, buf + n, IO_CHUNK);
            if (r < 0) return -1;
            if (r == 0) t->at_eof = 1;
            n += (size_t)r;
        }
        size_t keep = 0;
        if (!t->at_eof) {
            if (t->codec == CODEC_UTF8) keep = utf8_incomplete_tail(buf, n);
            if (t->newline != NL_LF && t->newline != NL_CR && n > keep && buf[n - keep - 1] == '\r') keep++;
        }
        t->carry_len = keep;
        memcpy(t->carry, buf + n - keep, keep);
        n -= keep;
        if (n == 0) continue;
        n = skip_bom(t, buf, n);
        if (n == 0) continue;
        t->chunk_raw = buf;
        t->chunk_len = n;
        AdValue s = text_decode_raw(t, buf, n);
        if (!s) return -1;
        t->decoded = s;
        return 1;
    }
}

/* Characters left in the current chunk. */
static int64_t text_avail(TextFile *t) {
    return t->decoded ? ad_str_len(t->decoded) - t->decoded_pos : 0;
}

/* The file offset of the next character to read. */
static int64_t text_position(TextFile *t) {
    if (!t->decoded) return t->chunk_start + (int64_t)t->chunk_len;
    const unsigned char *p = t->chunk_raw;
    size_t n = t->chunk_len, i = 0;
    int64_t chars = t->decoded_pos;
    if (chars >= ad_str_len(t->decoded)) return t->chunk_start + (int64_t)n;
    while (chars > 0 && i < n) {
        if (t->newline == NL_UNIVERSAL && p[i] == '\r' && i + 1 < n && p[i + 1] == '\n') i += 2;
        else if (t->codec == CODEC_UTF8) i += utf8_seq_len(p[i]);
        else i++;
        chars--;
    }
    return t->chunk_start + (int64_t)(i < n ? i : n);
}

/* Before a write on a file that was being read: drop the decoder's state. The descriptor stays
 * where reading got to (past the chunk read ahead), so the write lands there — as in CPython,
 * whose buffer beneath the text layer is positioned after the chunks the text layer took. */
static int text_prepare_write(TextFile *t) {
    text_reset_decoder(t);
    return 0;
}

/* Index of the first line end in s[from:] by the file's newline mode, and its length in *nl_len;
 * -1 when there is none. */
static int64_t find_line_end(TextFile *t, AdValue s, int64_t from, int64_t *nl_len) {
    int64_t n = ad_str_len(s);
    AdStr *p = AD_STR(s);
    int nl = t->newline;
    uint32_t want = nl == NL_CR ? '\r' : '\n';
    if (nl == NL_UNIVERSAL || nl == NL_LF || nl == NL_CR) {
        *nl_len = 1;
        if (p->kind == 1) {
            const unsigned char *hit = memchr(p->data + from, (int)want, (size_t)(n - from));
            return hit ? hit - p->data : -1;
        }
        const uint32_t *d = (const uint32_t *)p->data;
        for (int64_t i = from; i < n; i++)
            if (d[i] == want) return i;
        return -1;
    }
    for (int64_t i = from; i < n; i++) {
        uint32_t c = ad_str_char(s, i);
        if (c == '\n' && nl == NL_EMPTY) {
            *nl_len = 1;
            return i;
        }
        if (c == '\r') {
            int crlf = i + 1 < n && ad_str_char(s, i + 1) == '\n';
            if (nl == NL_EMPTY) {
                *nl_len = crlf ? 2 : 1;
                return i;
            }
            if (crlf) {
                *nl_len = 2;
                return i;
            }
        }
    }
    return -1;
}

/* One line (with its line end), at most `limit` characters when limit >= 0; "" at EOF. */
static AdValue text_readline(TextFile *t, int64_t limit) {
    if (t->fs->wlen && fs_flush(t->fs) < 0) return AD_ERROR;
    if (text_avail(t) == 0) {
        int r = text_fill(t);
        if (r <= 0) return r < 0 ? AD_ERROR : ad_str_empty();
    }
    /* The fast path: the whole line is in the current chunk. */
    int64_t nl_len, end = find_line_end(t, t->decoded, t->decoded_pos, &nl_len);
    if (end >= 0) {
        int64_t stop = end + nl_len;
        if (limit >= 0 && stop - t->decoded_pos > limit) stop = t->decoded_pos + limit;
        AdValue line = ad_str_substr(t->decoded, t->decoded_pos, stop);
        t->decoded_pos = stop;
        return line;
    }
    AdStrBuilder sb;
    ad_sb_init(&sb);
    int64_t got = 0;
    for (;;) {
        if (text_avail(t) == 0) {
            int r = text_fill(t);
            if (r < 0) return AD_ERROR;
            if (r == 0) break;
        }
        int64_t from = t->decoded_pos, n = ad_str_len(t->decoded);
        end = find_line_end(t, t->decoded, from, &nl_len);
        int64_t stop = end >= 0 ? end + nl_len : n;
        if (limit >= 0 && got + (stop - from) > limit) {
            stop = from + (limit - got);
            end = stop;   /* done */
        }
        ad_sb_append_substr(&sb, t->decoded, from, stop);
        got += stop - from;
        t->decoded_pos = stop;
        if (end >= 0) break;
    }
    return ad_sb_finish(&sb);
}

/* Everything from the current position to the end of the file. */
static AdValue text_read_all(TextFile *t) {
    text_sync_start(t);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    if (text_avail(t) > 0) ad_sb_append_substr(&sb, t->decoded, t->decoded_pos, ad_str_len(t->decoded));
    if (t->decoded) t->chunk_start += (int64_t)t->chunk_len;
    t->decoded = 0;
    t->chunk_len = 0;
    /* Read the rest of the file in one buffer and decode it at once. */
    FileState *fs = t->fs;
    size_t cap = IO_CHUNK * 4, n = t->carry_len;
    struct stat st;
    if (fstat(fs->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) cap = (size_t)st.st_size + 1 + n;
    unsigned char *buf = malloc(cap);
    if (!buf) abort();
    memcpy(buf, t->carry, n);
    t->carry_len = 0;
    while (!t->at_eof) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf) abort();
        }
        ssize_t r = fd_read(fs->fd, buf + n, cap - n);
        if (r < 0) {
            free(buf);
            return AD_ERROR;
        }
        if (r == 0) t->at_eof = 1;
        n += (size_t)r;
    }
    n = skip_bom(t, buf, n);
    t->chunk_start += (int64_t)n;
    AdValue rest = text_decode_raw(t, buf, n);
    free(buf);
    if (!rest) return AD_ERROR;
    if (sb.len == 0) return rest;
    ad_sb_append_str(&sb, rest);
    return ad_sb_finish(&sb);
}

static AdValue text_read_n(TextFile *t, int64_t size) {
    AdStrBuilder sb;
    ad_sb_init(&sb);
    int64_t got = 0;
    while (got < size) {
        if (text_avail(t) == 0) {
            int r = text_fill(t);
            if (r < 0) return AD_ERROR;
            if (r == 0) break;
        }
        int64_t take = text_avail(t);
        if (take > size - got) take = size - got;
        if (got == 0 && take == size) {
            AdValue s = ad_str_substr(t->decoded, t->decoded_pos, t->decoded_pos + take);
            t->decoded_pos += take;
            return s;
        }
        ad_sb_append_substr(&sb, t->decoded, t->decoded_pos, t->decoded_pos + take);
        t->decoded_pos += take;
        got += take;
    }
    return ad_sb_finish(&sb);
}

static AdValue text_read(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    int64_t size;
    if (ad_check_no_kwargs("read", kwnames) < 0 || ad_check_nargs("read", nargs, 0, 1) < 0) return AD_ERROR;
    if (text_check_readable(t) < 0 || text_size_arg(nargs ? args[0] : 0, &size) < 0) return AD_ERROR;
    if (t->fs->wlen && fs_flush(t->fs) < 0) return AD_ERROR;
    return size < 0 ? text_read_all(t) : text_read_n(t, size);
}

static AdValue text_readline_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    int64_t limit;
    if (ad_check_no_kwargs("readline", kwnames) < 0 || ad_check_nargs("readline", nargs, 0, 1) < 0) return AD_ERROR;
    if (text_check_open(t) < 0) return AD_ERROR;
    if (nargs && args[0] != AD_NONE && !ad_type(args[0])->index)
        return ad_err_format(&ad_TypeError, "'%s' object cannot be interpreted as an integer", ad_type(args[0])->name);
    if (text_size_arg(nargs ? args[0] : 0, &limit) < 0) return AD_ERROR;
    if (text_check_readable(t) < 0) return AD_ERROR;
    return text_readline(t, limit);
}

/* readlines(hint): lines until their total length reaches hint (hint <= 0: all). Works for any
 * object with a readline (here: our text and binary files). */
static AdValue collect_lines(AdValue self, AdValue (*readline)(AdValue), int64_t hint, int at_least);

/* IOBase.readlines(hint): stops once the lines passed hint characters (BytesIO: reached it). */
static AdValue lines_until(AdValue self, AdValue (*readline)(AdValue), int64_t hint) {
    return collect_lines(self, readline, hint, 0);
}

static AdValue collect_lines(AdValue self, AdValue (*readline)(AdValue), int64_t hint, int at_least) {
    AdValue list = ad_list_new(0);
    int64_t total = 0;
    for (;;) {
        AdValue line = readline(self);
        if (!line) return AD_ERROR;
        int64_t n = ad_is_str(line) ? ad_str_len(line) : AD_BYTES(line)->length;
        if (n == 0) return list;
        if (ad_list_append(list, line) < 0) return AD_ERROR;
        total += n;
        if (hint > 0 && (at_least ? total >= hint : total > hint)) return list;
    }
}

/* readlines iterates the file, as CPython's: tell() is disabled until a line comes back empty. */
static AdValue text_next_line(AdValue self) {
    TextFile *t = AD_AS(TextFile, self);
    t->telling = 0;
    AdValue line = text_readline(t, -1);
    if (line && ad_str_len(line) == 0) t->telling = 1;
    return line;
}

static AdValue text_readlines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    int64_t hint;
    if (ad_check_no_kwargs("readlines", kwnames) < 0 || ad_check_nargs("readlines", nargs, 0, 1) < 0) return AD_ERROR;
    if (text_check_readable(t) < 0 || text_size_arg(nargs ? args[0] : 0, &hint) < 0) return AD_ERROR;
    return lines_until(self, text_next_line, hint);
}

/* Encode and buffer a str; returns 0 or -1. */
static int text_write_str(TextFile *t, AdValue s) {
    FileState *fs = t->fs;
    if (t->decoded || t->carry_len || t->at_eof) {
        if (text_prepare_write(t) < 0) return -1;
    }
    if (t->bom_on_write) {
        t->bom_on_write = 0;
        int64_t pos = fs_tell(fs);
        if (pos < 0) return -1;
        if (pos == 0) fs_append(fs, "\xef\xbb\xbf", 3);
    }
    const unsigned char *p;
    size_t n;
    AdStr *str = AD_STR(s);
    if (str->kind == 1) {   /* ASCII: the same bytes in every supported codec */
        p = str->data;
        n = (size_t)str->length;
    } else {
        const char *errors = ad_str_utf8(t->errors, NULL);
        AdValue b = t->codec == CODEC_UTF8 ? ad_str_encode_utf8(s, errors) : ad_encode(s, codec_name(t->codec), errors);
        if (!b) return -1;
        p = AD_BYTES(b)->data;
        n = (size_t)AD_BYTES(b)->length;
    }
    int has_lf = memchr(p, '\n', n) != NULL;
    if (has_lf && (t->newline == NL_CR || t->newline == NL_CRLF)) {
        for (size_t i = 0; i < n; i++) {
            if (p[i] != '\n') {
                size_t j = i;
                while (j < n && p[j] != '\n') j++;
                fs_append(fs, p + i, j - i);
                i = j - 1;
            } else if (t->newline == NL_CR) {
                fs_append(fs, "\r", 1);
            } else {
                fs_append(fs, "\r\n", 2);
            }
        }
    } else {
        fs_append(fs, p, n);
    }
    if (fs->wlen >= IO_CHUNK || (t->line_buffering && (has_lf || memchr(p, '\r', n))))
        return fs_flush(fs);
    return 0;
}

static AdValue text_write(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_no_kwargs("write", kwnames) < 0) return AD_ERROR;
    if (nargs != 1)
        return ad_err_format(&ad_TypeError, "TextIOWrapper.write() takes exactly one argument (%zu given)", nargs);
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "write() argument must be str, not %s",
                             args[0] == AD_NONE ? "None" : ad_type(args[0])->name);
    if (text_check_writable(t) < 0 || text_write_str(t, args[0]) < 0) return AD_ERROR;
    return ad_int_from_i64(ad_str_len(args[0]));
}

static AdValue text_writelines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_no_kwargs("writelines", kwnames) < 0 || ad_check_nargs("writelines", nargs, 1, 1) < 0) return AD_ERROR;
    if (text_check_open(t) < 0) return AD_ERROR;
    AdValue it = ad_iter(args[0]);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue line = ad_next(it);
        if (line == AD_STOP) return AD_NONE;
        if (!line) return AD_ERROR;
        if (!ad_is_str(line)) return ad_err_format(&ad_TypeError, "write() argument must be str, not %T", line);
        if (text_check_writable(t) < 0 || text_write_str(t, line) < 0) return AD_ERROR;
    }
}

static AdValue text_flush(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("flush", nargs, 0, 0) < 0 || text_check_open(t) < 0) return AD_ERROR;
    return fs_flush(t->fs) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue text_close_impl(TextFile *t) {
    if (t->fs->fd < 0) return AD_NONE;
    text_reset_decoder(t);
    if (fs_close(t->fs) < 0) return ad_err_from_errno(errno, 0);
    return AD_NONE;
}

static AdValue text_close(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("close", nargs, 0, 0) < 0) return AD_ERROR;
    return text_close_impl(AD_AS(TextFile, self));
}

static AdValue text_tell(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("tell", nargs, 0, 0) < 0 || text_check_open(t) < 0) return AD_ERROR;
    if (!fs_is_seekable(t->fs)) return err_unsupported("underlying stream is not seekable");
    if (!t->telling) return ad_err_set(&ad_OSError, "telling position disabled by next() call");
    if (fs_flush(t->fs) < 0) return AD_ERROR;
    if (!t->decoded && t->carry_len == 0 && !t->at_eof) {
        int64_t pos = fs_tell(t->fs);
        return pos < 0 ? AD_ERROR : ad_int_from_i64(pos);
    }
    return ad_int_from_i64(text_position(t));
}

static AdValue text_seek(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_no_kwargs("seek", kwnames) < 0 || ad_check_nargs("seek", nargs, 1, 2) < 0) return AD_ERROR;
    int whence;
    if (whence_arg(nargs > 1 ? args[1] : 0, &whence) < 0 || text_check_open(t) < 0) return AD_ERROR;
    if (!fs_is_seekable(t->fs)) return err_unsupported("underlying stream is not seekable");
    int64_t cookie;
    if (whence == SEEK_CUR || whence == SEEK_END) {
        int nonzero = ad_truth(args[0]);
        if (nonzero < 0) return AD_ERROR;
        if (nonzero)
            return err_unsupported(whence == SEEK_CUR ? "can't do nonzero cur-relative seeks"
                                                      : "can't do nonzero end-relative seeks");
        if (fs_flush(t->fs) < 0) return AD_ERROR;
        if (whence == SEEK_CUR) {
            cookie = t->decoded || t->carry_len || t->at_eof ? text_position(t) : fs_tell(t->fs);
            if (cookie < 0) return AD_ERROR;
        } else {
            text_reset_decoder(t);
            off_t end = lseek(t->fs->fd, 0, SEEK_END);
            if (end < 0) return ad_err_from_errno(errno, 0);
            t->chunk_start = (int64_t)end;
            t->bom_on_write = t->sig && end == 0;
            t->telling = 1;
            return ad_int_from_i64((int64_t)end);
        }
    } else if (whence != SEEK_SET) {
        return ad_err_format(&ad_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    } else {
        if (offset_arg(args[0], &cookie) < 0) return AD_ERROR;
        if (cookie < 0) return ad_err_format(&ad_ValueError, "negative seek position %lld", (long long)cookie);
    }
    if (fs_flush(t->fs) < 0) return AD_ERROR;
    text_reset_decoder(t);
    if (lseek(t->fs->fd, (off_t)cookie, SEEK_SET) < 0) return ad_err_from_errno(errno, 0);
    t->chunk_start = cookie;
    t->bom_on_write = t->sig && cookie == 0;
    t->telling = 1;
    return ad_int_from_i64(cookie);
}

static AdValue text_truncate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_no_kwargs("truncate", kwnames) < 0 || ad_check_nargs("truncate", nargs, 0, 1) < 0) return AD_ERROR;
    if (text_check_open(t) < 0) return AD_ERROR;
    if (!t->fs->writable) return err_unsupported("truncate");
    if (fs_flush(t->fs) < 0) return AD_ERROR;
    int64_t pos;
    if (nargs && args[0] != AD_NONE) {
        if (offset_arg(args[0], &pos) < 0) return AD_ERROR;
    } else if ((pos = fs_tell(t->fs)) < 0) {
        /* CPython truncates the buffer beneath at its own position: past the chunks read ahead. */
        return AD_ERROR;
    }
    if (ftruncate(t->fs->fd, (off_t)pos) < 0) return ad_err_from_errno(errno, 0);
    return ad_int_from_i64(pos);
}

static AdValue text_fileno(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("fileno", nargs, 0, 0) < 0) return AD_ERROR;
    if (t->fs->fd < 0) return err_closed_np();
    return ad_small(t->fs->fd);
}

static AdValue text_isatty(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("isatty", nargs, 0, 0) < 0) return AD_ERROR;
    if (t->fs->fd < 0) return err_closed_np();
    return ad_bool(isatty(t->fs->fd));
}

static AdValue text_readable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("readable", nargs, 0, 0) < 0) return AD_ERROR;
    if (!t->fs->readable) return AD_FALSE;   /* CPython asks the closed state only otherwise */
    if (t->fs->fd < 0) return err_closed_np();
    return AD_TRUE;
}

static AdValue text_writable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("writable", nargs, 0, 0) < 0) return AD_ERROR;
    if (!t->fs->writable) return AD_FALSE;
    if (t->fs->fd < 0) return err_closed_np();
    return AD_TRUE;
}

static AdValue text_seekable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TextFile *t = AD_AS(TextFile, self);
    if (ad_check_nargs("seekable", nargs, 0, 0) < 0) return AD_ERROR;
    if (t->fs->fd < 0) return err_closed_np();
    return ad_bool(fs_is_seekable(t->fs));
}

static AdValue text_enter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("__enter__", nargs, 0, 0) < 0) return AD_ERROR;
    if (text_check_open(AD_AS(TextFile, self)) < 0) return AD_ERROR;
    return self;
}

static AdValue text_exit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return text_close_impl(AD_AS(TextFile, self));
}

static AdValue text_iter(AdValue self) {
    TextFile *t = AD_AS(TextFile, self);
    return text_check_open(t) < 0 ? AD_ERROR : self;
}

static AdValue text_next(AdValue self) {
    TextFile *t = AD_AS(TextFile, self);
    if (text_check_readable(t) < 0) return AD_ERROR;
    t->telling = 0;
    AdValue line = text_readline(t, -1);
    if (!line) return AD_ERROR;
    if (ad_str_len(line) == 0) {
        t->telling = 1;
        return AD_STOP;
    }
    return line;
}

static AdValue text_repr(AdValue self) {
    TextFile *t = AD_AS(TextFile, self);
    if (!t->mode) return ad_sprintf("<_io.TextIOWrapper name=%R encoding=%R>", t->name, t->encoding);
    return ad_sprintf("<_io.TextIOWrapper name=%R mode=%R encoding=%R>", t->name, t->mode, t->encoding);
}

static AdValue bin_wrap(FileState *fs, AdType *type, AdValue name, AdValue mode, AdValue owner);

static AdValue text_get_buffer(AdValue self) {
    TextFile *t = AD_AS(TextFile, self);
    if (!t->buffer) {
        FileState *fs = t->fs;
        AdType *type = fs->readable && fs->writable ? &random_type : fs->readable ? &reader_type : &writer_type;
        const char *m = ad_str_utf8(t->mode, NULL);
        char raw[8];
        size_t k = 0;
        raw[k++] = strchr(m, 'x') ? 'x' : strchr(m, 'a') ? 'a' : strchr(m, 'w') && !strchr(m, '+') ? 'w' : 'r';
        raw[k++] = 'b';
        if (strchr(m, '+')) raw[k++] = '+';
        raw[k] = 0;
        t->buffer = bin_wrap(fs, type, t->name, ad_str_from_cstr(raw), self);
    }
    return t->buffer;
}

static AdValue text_get_name(AdValue self) { return AD_AS(TextFile, self)->name; }
static AdValue text_get_mode(AdValue self) {
    TextFile *t = AD_AS(TextFile, self);
    if (!t->mode) return ad_err_set(&ad_AttributeError, "'_io.TextIOWrapper' object has no attribute 'mode'");
    return t->mode;
}
static AdValue text_get_encoding(AdValue self) { return AD_AS(TextFile, self)->encoding; }
static AdValue text_get_errors(AdValue self) { return AD_AS(TextFile, self)->errors; }
static AdValue text_get_closed(AdValue self) { return ad_bool(AD_AS(TextFile, self)->fs->fd < 0); }
static AdValue text_get_line_buffering(AdValue self) { return ad_bool(AD_AS(TextFile, self)->line_buffering); }
static AdValue text_get_newlines(AdValue self) {
    static const char *const names[3] = {"\r", "\n", "\r\n"};
    int seen = AD_AS(TextFile, self)->seen_newlines;
    AdValue kinds[3];
    size_t n = 0;
    for (int k = 0; k < 3; k++)
        if (seen & (1 << k)) kinds[n++] = ad_str_from_cstr(names[k]);
    if (n == 0) return AD_NONE;
    return n == 1 ? kinds[0] : ad_tuple_from_array(kinds, n);
}

static const AdMethodDef text_methods[] = {
    {"read", text_read, 0},
    {"readline", text_readline_method, 0},
    {"readlines", text_readlines, 0},
    {"write", text_write, 0},
    {"writelines", text_writelines, 0},
    {"flush", text_flush, 0},
    {"close", text_close, 0},
    {"tell", text_tell, 0},
    {"seek", text_seek, 0},
    {"truncate", text_truncate, 0},
    {"fileno", text_fileno, 0},
    {"isatty", text_isatty, 0},
    {"readable", text_readable, 0},
    {"writable", text_writable, 0},
    {"seekable", text_seekable, 0},
    {"__enter__", text_enter, 0},
    {"__exit__", text_exit, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef text_getsets[] = {
    {"name", text_get_name, NULL},
    {"mode", text_get_mode, NULL},
    {"encoding", text_get_encoding, NULL},
    {"errors", text_get_errors, NULL},
    {"closed", text_get_closed, NULL},
    {"line_buffering", text_get_line_buffering, NULL},
    {"newlines", text_get_newlines, NULL},
    {"buffer", text_get_buffer, NULL},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: Binary files                                                                          */
/* ========================================================================================== */

static const char *bin_type_name(BinFile *b) { return b->ob.type->name + 4; /* past "_io." */ }

static int bin_check_open(BinFile *b, const char *what) {
    if (b->fs->fd >= 0) return 0;
    if (what) ad_err_set(&ad_ValueError, what);
    else err_closed_np();
    return -1;
}

static int bin_check_readable(BinFile *b, const char *what) {
    if (!b->fs->readable) {
        if (b->raw) ad_err_set(&ad_ValueError, b->fs->fd < 0 ? "I/O operation on closed file" : "File not open for reading");
        else err_unsupported("read");
        return -1;
    }
    return bin_check_open(b, b->raw ? NULL : what);
}

static int bin_check_writable(BinFile *b) {
    if (!b->fs->writable) {
        if (b->raw) ad_err_set(&ad_ValueError, b->fs->fd < 0 ? "I/O operation on closed file" : "File not open for writing");
        else err_unsupported("write");
        return -1;
    }
    return bin_check_open(b, b->raw ? NULL : "write to closed file");
}

/* Refill the read-ahead with one read(2): 1, 0 at EOF, -1 on error. */
static int bin_fill(FileState *fs) {
    if (fs->wlen && fs_flush(fs) < 0) return -1;
    if (!fs->rbuf) {
        fs->rbuf = malloc(fs->bufsize);
        if (!fs->rbuf) abort();
    }
    ssize_t r = fd_read(fs->fd, fs->rbuf, fs->bufsize);
    if (r < 0) return -1;
    fs->rpos = 0;
    fs->rlen = (size_t)r;
    return r > 0;
}

static AdValue bin_read_all(FileState *fs) {
    if (fs->wlen && fs_flush(fs) < 0) return AD_ERROR;
    AdByteBuf bb;
    size_t cap = IO_CHUNK;
    struct stat st;
    if (fstat(fs->fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) cap = (size_t)st.st_size + 1;
    ad_bb_init(&bb, cap);
    if (fs->rlen > fs->rpos) ad_bb_append(&bb, fs->rbuf + fs->rpos, fs->rlen - fs->rpos);
    fs->rpos = fs->rlen = 0;
    for (;;) {
        ad_bb_reserve(&bb, IO_CHUNK);
        ssize_t r = fd_read(fs->fd, bb.buf + bb.len, bb.cap - bb.len);
        if (r < 0) return AD_ERROR;
        if (r == 0) break;
        bb.len += (size_t)r;
    }
    return ad_bb_finish_bytes(&bb);
}

/* Up to n bytes, as many as there are before EOF, read as CPython's BufferedReader does (whole
 * blocks straight into the result, then the buffer filled for the rest), so that what is left
 * buffered (peek, read1) is the same. `once` (FileIO): at most one read(2). */
static AdValue bin_read_n(FileState *fs, int64_t n, int once) {
    size_t avail = fs->rlen - fs->rpos;
    if (n == 0) return ad_bytes_from("", 0);
    if ((size_t)n <= avail) {
        AdValue r = ad_bytes_from(fs->rbuf + fs->rpos, (size_t)n);
        fs->rpos += (size_t)n;
        return r;
    }
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)n < 4 * IO_CHUNK ? (size_t)n : 4 * IO_CHUNK);   /* n may be huge */
    if (avail) ad_bb_append(&bb, fs->rbuf + fs->rpos, avail);
    fs->rpos = fs->rlen = 0;
    if (fs->wlen && fs_flush(fs) < 0) return AD_ERROR;
    size_t remaining = (size_t)n - avail;
    if (once) {
        ad_bb_reserve(&bb, remaining);
        ssize_t r = fd_read(fs->fd, bb.buf + bb.len, remaining);
        if (r < 0) return AD_ERROR;
        bb.len += (size_t)r;
        return ad_bb_finish_bytes(&bb);
    }
    int eof = 0;
    while (remaining >= fs->bufsize) {
        size_t blocks = remaining - remaining % fs->bufsize;
        if (bb.len == bb.cap) ad_bb_reserve(&bb, bb.cap);
        size_t want = blocks < bb.cap - bb.len ? blocks : bb.cap - bb.len;
        ssize_t r = fd_read(fs->fd, bb.buf + bb.len, want);
        if (r < 0) return AD_ERROR;
        if (r == 0) {
            eof = 1;
            break;
        }
        bb.len += (size_t)r;
        remaining -= (size_t)r;
    }
    if (!fs->rbuf && !(fs->rbuf = malloc(fs->bufsize))) abort();
    while (!eof && remaining > 0 && fs->rlen < fs->bufsize) {
        ssize_t r = fd_read(fs->fd, fs->rbuf + fs->rlen, fs->bufsize - fs->rlen);
        if (r < 0) return AD_ERROR;
        if (r == 0) break;
        fs->rlen += (size_t)r;
        size_t take = fs->rlen - fs->rpos < remaining ? fs->rlen - fs->rpos : remaining;
        ad_bb_append(&bb, fs->rbuf + fs->rpos, take);
        fs->rpos += take;
        remaining -= take;
    }
    return ad_bb_finish_bytes(&bb);
}

/* BufferedReader.read1(n): what is buffered (at most n), else one read(2) of n bytes. */
static AdValue bin_read1_n(FileState *fs, int64_t n) {
    if (n < 0) n = (int64_t)fs->bufsize;
    size_t avail = fs->rlen - fs->rpos;
    if (avail > 0) {
        if ((size_t)n > avail) n = (int64_t)avail;
        AdValue r = ad_bytes_from(fs->rbuf + fs->rpos, (size_t)n);
        fs->rpos += (size_t)n;
        return r;
    }
    if (fs->wlen && fs_flush(fs) < 0) return AD_ERROR;
    fs->rpos = fs->rlen = 0;
    unsigned char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) return ad_err_set(&ad_MemoryError, "");
    ssize_t r = fd_read(fs->fd, buf, (size_t)n);
    AdValue result = r < 0 ? AD_ERROR : ad_bytes_from(buf, (size_t)r);
    free(buf);
    return result;
}

static AdValue bin_read_common(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames, const char *fname, int once) {
    BinFile *b = AD_AS(BinFile, self);
    int64_t n;
    if (ad_check_no_kwargs(fname, kwnames) < 0 || ad_check_nargs(fname, nargs, 0, 1) < 0) return AD_ERROR;
    if (text_size_arg(nargs ? args[0] : 0, &n) < 0 || bin_check_readable(b, "read of closed file") < 0) return AD_ERROR;
    if (n < -1) return ad_err_set(&ad_ValueError, "read length must be non-negative or -1");
    if (once && !b->raw) return bin_read1_n(b->fs, n);
    if (n == -1) return bin_read_all(b->fs);
    return bin_read_n(b->fs, n, b->raw);
}

static AdValue bin_readinto_common(AdValue self, const AdValue *args, size_t nargs, const char *fname, int once) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs(fname, nargs, 1, 1) < 0 || writable_buffer_arg(fname, args[0]) < 0) return AD_ERROR;
    if (bin_check_readable(b, "readinto of closed file") < 0) return AD_ERROR;
    int64_t n = AD_BYTEARRAY(args[0])->length;
    AdValue data = once && !b->raw ? bin_read1_n(b->fs, n) : bin_read_n(b->fs, n, b->raw);
    return fill_buffer_from(args[0], data);
}

static AdValue bin_readinto(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("readinto", kwnames) < 0) return AD_ERROR;
    return bin_readinto_common(self, args, nargs, "readinto", 0);
}

static AdValue bin_readinto1(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("readinto1", kwnames) < 0) return AD_ERROR;
    return bin_readinto_common(self, args, nargs, "readinto1", 1);
}

static AdValue bin_readall(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("readall", nargs, 0, 0) < 0 || bin_check_readable(b, "read of closed file") < 0) return AD_ERROR;
    return bin_read_all(b->fs);
}

static AdValue bin_read(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bin_read_common(self, args, nargs, kwnames, "read", 0);
}

static AdValue bin_read1(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bin_read_common(self, args, nargs, kwnames, "read1", 1);
}

static AdValue bin_readline_impl(BinFile *b, int64_t limit) {
    FileState *fs = b->fs;
    if (fs->wlen && fs_flush(fs) < 0) return AD_ERROR;
    AdByteBuf bb;
    bb.buf = NULL;
    for (;;) {
        if (fs->rpos >= fs->rlen) {
            int r = bin_fill(fs);
            if (r < 0) return AD_ERROR;
            if (r == 0) break;
        }
        const unsigned char *start = fs->rbuf + fs->rpos;
        size_t avail = fs->rlen - fs->rpos;
        size_t room = limit >= 0 ? (size_t)limit - (bb.buf ? bb.len : 0) : avail;
        if (avail > room) avail = room;
        const unsigned char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) + 1 : avail;
        if (!bb.buf && (nl || (limit >= 0 && take == room))) {
            fs->rpos += take;
            return ad_bytes_from(start, take);
        }
        if (!bb.buf) ad_bb_init(&bb, take + 64);
        ad_bb_append(&bb, start, take);
        fs->rpos += take;
        if (nl || (limit >= 0 && bb.len >= (size_t)limit)) break;
    }
    if (!bb.buf) return ad_bytes_from("", 0);
    return ad_bb_finish_bytes(&bb);
}

static AdValue bin_readline(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    int64_t limit;
    if (ad_check_no_kwargs("readline", kwnames) < 0 || ad_check_nargs("readline", nargs, 0, 1) < 0) return AD_ERROR;
    if (text_size_arg(nargs ? args[0] : 0, &limit) < 0 || bin_check_readable(b, "readline of closed file") < 0) return AD_ERROR;
    return bin_readline_impl(b, limit);
}

static AdValue bin_next_line(AdValue self) { return bin_readline_impl(AD_AS(BinFile, self), -1); }

static AdValue bin_readlines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    int64_t hint;
    if (ad_check_no_kwargs("readlines", kwnames) < 0 || ad_check_nargs("readlines", nargs, 0, 1) < 0) return AD_ERROR;
    if (text_size_arg(nargs ? args[0] : 0, &hint) < 0) return AD_ERROR;
    if (b->fs->fd < 0) return err_closed();
    if (bin_check_readable(b, "readline of closed file") < 0) return AD_ERROR;
    return lines_until(self, bin_next_line, hint);
}

static AdValue bin_peek(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("peek", nargs, 0, 1) < 0 || bin_check_readable(b, "peek of closed file") < 0) return AD_ERROR;
    FileState *fs = b->fs;
    if (fs->rpos >= fs->rlen && bin_fill(fs) < 0) return AD_ERROR;
    return ad_bytes_from(fs->rbuf ? fs->rbuf + fs->rpos : (unsigned char *)"", fs->rlen - fs->rpos);
}

static int bin_write_bytes(BinFile *b, AdValue v, size_t *written) {
    const unsigned char *p;
    size_t n;
    if (bytes_arg(v, &p, &n) < 0 || bin_check_writable(b) < 0) return -1;
    FileState *fs = b->fs;
    if (fs->rlen && fs_prepare_write(fs) < 0) return -1;
    fs_append(fs, p, n);
    *written = n;
    if (b->raw || fs->wlen >= IO_CHUNK) return fs_flush(fs);
    return 0;
}

static AdValue bin_write(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("write", kwnames) < 0 || ad_check_nargs("write", nargs, 1, 1) < 0) return AD_ERROR;
    size_t n;
    if (bin_write_bytes(AD_AS(BinFile, self), args[0], &n) < 0) return AD_ERROR;
    return ad_int_from_i64((int64_t)n);
}

static AdValue bin_writelines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_no_kwargs("writelines", kwnames) < 0 || ad_check_nargs("writelines", nargs, 1, 1) < 0) return AD_ERROR;
    if (b->fs->fd < 0) return err_closed();
    AdValue it = ad_iter(args[0]);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue line = ad_next(it);
        if (line == AD_STOP) return AD_NONE;
        size_t n;
        if (!line || bin_write_bytes(b, line, &n) < 0) return AD_ERROR;
    }
}

static AdValue bin_flush(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("flush", nargs, 0, 0) < 0) return AD_ERROR;
    if (b->fs->fd < 0) {
        if (b->raw) return AD_NONE;
        return b->fs->writable ? ad_err_set(&ad_ValueError, "flush of closed file") : err_closed();
    }
    return fs_flush(b->fs) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue bin_close_impl(BinFile *b) {
    if (b->owner) {
        /* Closing the buffer closes the file: the text layer sees it closed too. */
        TextFile *t = AD_AS(TextFile, b->owner);
        text_reset_decoder(t);
    }
    if (b->fs->fd < 0) return AD_NONE;
    if (fs_close(b->fs) < 0) return ad_err_from_errno(errno, 0);
    return AD_NONE;
}

static AdValue bin_close(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("close", nargs, 0, 0) < 0) return AD_ERROR;
    return bin_close_impl(AD_AS(BinFile, self));
}

static AdValue bin_tell(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("tell", nargs, 0, 0) < 0 || bin_check_open(b, NULL) < 0) return AD_ERROR;
    int64_t pos = fs_tell(b->fs);
    return pos < 0 ? AD_ERROR : ad_int_from_i64(pos);
}

static AdValue bin_seek(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_no_kwargs("seek", kwnames) < 0 || ad_check_nargs("seek", nargs, 1, 2) < 0) return AD_ERROR;
    int64_t off;
    int whence;
    if (offset_arg(args[0], &off) < 0 || whence_arg(nargs > 1 ? args[1] : 0, &whence) < 0) return AD_ERROR;
    if (b->raw ? bin_check_open(b, NULL) < 0 : bin_check_open(b, "seek of closed file") < 0) return AD_ERROR;
    int64_t pos = fs_seek(b->fs, off, whence);
    return pos < 0 ? AD_ERROR : ad_int_from_i64(pos);
}

static AdValue bin_truncate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_no_kwargs("truncate", kwnames) < 0 || ad_check_nargs("truncate", nargs, 0, 1) < 0) return AD_ERROR;
    if (bin_check_open(b, b->raw ? NULL : "truncate of closed file") < 0) return AD_ERROR;
    if (!b->fs->writable) return b->raw ? ad_err_set(&ad_ValueError, "File not open for writing") : err_unsupported("truncate");
    int64_t pos;
    if (fs_flush(b->fs) < 0) return AD_ERROR;
    if (nargs && args[0] != AD_NONE) {
        if (offset_arg(args[0], &pos) < 0) return AD_ERROR;
    } else if ((pos = fs_tell(b->fs)) < 0) {
        return AD_ERROR;
    }
    if (fs_prepare_write(b->fs) < 0) return AD_ERROR;
    if (ftruncate(b->fs->fd, (off_t)pos) < 0) return ad_err_from_errno(errno, 0);
    return ad_int_from_i64(pos);
}

static AdValue bin_fileno(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("fileno", nargs, 0, 0) < 0 || bin_check_open(b, NULL) < 0) return AD_ERROR;
    return ad_small(b->fs->fd);
}

static AdValue bin_isatty(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("isatty", nargs, 0, 0) < 0 || bin_check_open(b, NULL) < 0) return AD_ERROR;
    return ad_bool(isatty(b->fs->fd));
}

static AdValue bin_readable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("readable", nargs, 0, 0) < 0) return AD_ERROR;
    if (!b->fs->readable) return AD_FALSE;   /* CPython asks the closed state only otherwise */
    return bin_check_open(b, NULL) < 0 ? AD_ERROR : AD_TRUE;
}

static AdValue bin_writable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("writable", nargs, 0, 0) < 0) return AD_ERROR;
    if (!b->fs->writable) return AD_FALSE;
    return bin_check_open(b, NULL) < 0 ? AD_ERROR : AD_TRUE;
}

static AdValue bin_seekable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BinFile *b = AD_AS(BinFile, self);
    if (ad_check_nargs("seekable", nargs, 0, 0) < 0 || bin_check_open(b, NULL) < 0) return AD_ERROR;
    return ad_bool(fs_is_seekable(b->fs));
}

static AdValue bin_enter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("__enter__", nargs, 0, 0) < 0) return AD_ERROR;
    if (AD_AS(BinFile, self)->fs->fd < 0) return err_closed();
    return self;
}

static AdValue bin_exit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bin_close_impl(AD_AS(BinFile, self));
}

static AdValue bin_iter(AdValue self) {
    return AD_AS(BinFile, self)->fs->fd < 0 ? err_closed() : self;
}

static AdValue bin_next(AdValue self) {
    BinFile *b = AD_AS(BinFile, self);
    if (bin_check_readable(b, "readline of closed file") < 0) return AD_ERROR;
    AdValue line = bin_readline_impl(b, -1);
    if (!line) return AD_ERROR;
    return AD_BYTES(line)->length == 0 ? AD_STOP : line;
}

static AdValue bin_repr(AdValue self) {
    BinFile *b = AD_AS(BinFile, self);
    if (b->raw) {
        if (b->fs->fd < 0) return ad_sprintf("<_io.FileIO [closed]>");
        return ad_sprintf("<_io.FileIO name=%R mode=%R closefd=%s>", b->name, b->mode,
                          b->fs->closefd ? "True" : "False");
    }
    return ad_sprintf("<_io.%s name=%R>", bin_type_name(b), b->name);
}

static AdValue bin_get_name(AdValue self) { return AD_AS(BinFile, self)->name; }
static AdValue bin_get_mode(AdValue self) { return AD_AS(BinFile, self)->mode; }
static AdValue bin_get_closed(AdValue self) { return ad_bool(AD_AS(BinFile, self)->fs->fd < 0); }
static AdValue bin_get_closefd(AdValue self) { return ad_bool(AD_AS(BinFile, self)->fs->closefd); }

static const AdMethodDef bin_methods[] = {
    {"read", bin_read, 0},
    {"read1", bin_read1, 0},
    {"readinto", bin_readinto, 0},
    {"readinto1", bin_readinto1, 0},
    {"readall", bin_readall, 0},
    {"readline", bin_readline, 0},
    {"readlines", bin_readlines, 0},
    {"peek", bin_peek, 0},
    {"write", bin_write, 0},
    {"writelines", bin_writelines, 0},
    {"flush", bin_flush, 0},
    {"close", bin_close, 0},
    {"tell", bin_tell, 0},
    {"seek", bin_seek, 0},
    {"truncate", bin_truncate, 0},
    {"fileno", bin_fileno, 0},
    {"isatty", bin_isatty, 0},
    {"readable", bin_readable, 0},
    {"writable", bin_writable, 0},
    {"seekable", bin_seekable, 0},
    {"__enter__", bin_enter, 0},
    {"__exit__", bin_exit, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef bin_getsets[] = {
    {"name", bin_get_name, NULL},
    {"mode", bin_get_mode, NULL},
    {"closed", bin_get_closed, NULL},
    {NULL, NULL, NULL},
};

static const AdGetSetDef fileio_getsets[] = {
    {"closefd", bin_get_closefd, NULL},
    {NULL, NULL, NULL},
};

static AdValue bin_wrap(FileState *fs, AdType *type, AdValue name, AdValue mode, AdValue owner) {
    BinFile *b = (BinFile *)ad_new_object(type, sizeof(BinFile));
    b->fs = fs;
    b->name = name;
    b->mode = mode;
    b->owner = owner;
    b->raw = type == &fileio_type;
    return AD_VAL(b);
}

/* A text file over the descriptor state fs (encoding and errors: 0 for the defaults). */
static TextFile *text_new(FileState *fs, AdValue name, AdValue mode, AdValue encoding, AdValue errors,
                          int codec, int newline, int line_buffering) {
    TextFile *t = (TextFile *)ad_new_object(&textio_type, sizeof(TextFile));
    t->fs = fs;
    t->name = name;
    t->mode = mode;
    t->encoding = encoding ? encoding : ad_str_intern_cstr("UTF-8");
    t->errors = errors ? errors : ad_str_intern_cstr("strict");
    t->codec = codec & ~CODEC_SIG;
    t->sig = t->bom_on_write = (codec & CODEC_SIG) != 0;
    t->newline = newline;
    t->line_buffering = line_buffering;
    t->telling = 1;
    return t;
}

static int newline_mode(AdValue newline, int *out);

/* io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
 * write_through=False), over a binary file that open() returned. */
static AdValue text_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[6];
    if (ad_parse_args("TextIOWrapper", args, nargs, kwnames,
                      "buffer|encoding,errors,newline,line_buffering,write_through", a) < 0)
        return AD_ERROR;
    AdType *bt = ad_type(a[0]);
    if (bt != &reader_type && bt != &writer_type && bt != &random_type)
        return ad_err_format(&ad_TypeError, "TextIOWrapper() in Adder wraps a buffered binary file from open(), not %T", a[0]);
    for (int i = 1; i <= 3; i++)
        if (a[i] && a[i] != AD_NONE && !ad_is_str(a[i]))
            return ad_err_format(&ad_TypeError, "TextIOWrapper() argument '%s' must be str or None, not %T",
                                 i == 1 ? "encoding" : i == 2 ? "errors" : "newline", a[i]);
    int codec = CODEC_UTF8, nl = NL_UNIVERSAL, lb = 0;
    AdValue encoding = a[1] && a[1] != AD_NONE ? a[1] : 0;
    if (encoding && ad_str_eq_cstr(encoding, "locale")) encoding = 0;
    if (encoding && codec_lookup(ad_str_utf8(encoding, NULL), &codec) < 0) return AD_ERROR;
    if (newline_mode(a[3], &nl) < 0) return AD_ERROR;
    if (a[4] && (lb = ad_truth(a[4])) < 0) return AD_ERROR;
    BinFile *b = AD_AS(BinFile, a[0]);
    TextFile *t = text_new(b->fs, b->name, 0, encoding, a[2] && a[2] != AD_NONE ? a[2] : 0, codec, nl, lb);
    t->buffer = a[0];
    return AD_VAL(t);
}

/* ========================================================================================== */
/* MARK: open()                                                                                */
/* ========================================================================================== */

/* The collector found a file object dead: write what it still holds and close it. */
static void file_finalize(void *obj, void *data) {
    FileState *fs = data;
    (void)obj;
    pthread_mutex_lock(&registry_lock);
    fs_close(fs);
    pthread_mutex_unlock(&registry_lock);
    free(fs);
}

typedef struct OpenMode {
    int creating, reading, writing, appending, updating, text, binary;
} OpenMode;

static int parse_mode(AdValue mode, OpenMode *m) {
    memset(m, 0, sizeof *m);
    size_t len;
    const char *s = ad_str_utf8(mode, &len);
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        int *flag = c == 'x' ? &m->creating : c == 'r' ? &m->reading : c == 'w' ? &m->writing
                  : c == 'a' ? &m->appending : c == '+' ? &m->updating : c == 't' ? &m->text
                  : c == 'b' ? &m->binary : NULL;
        if (!flag || *flag || memchr(s + i + 1, c, len - i - 1)) {
            ad_err_format(&ad_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        *flag = 1;
    }
    if (m->text && m->binary) {
        ad_err_set(&ad_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (m->creating + m->reading + m->writing + m->appending > 1) {
        ad_err_set(&ad_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    return 0;
}

static int str_or_none_arg(AdValue v, const char *argname) {
    if (!v || v == AD_NONE || ad_is_str(v)) return 0;
    ad_err_format(&ad_TypeError, "open() argument '%s' must be str or None, not %T", argname, v);
    return -1;
}

/* The path of open()'s file argument: 0 with *path set, or an fd in *fd. */
static int open_target(AdValue *filep, const char **path, int *fd) {
    AdValue file = *filep;
    *path = NULL;
    *fd = -1;
    if (ad_is_int(file)) {
        int64_t v = ad_index_value(file, &ad_OverflowError);
        if (v == -1 && ad_err_occurred()) return -1;
        if (v < 0) {
            ad_err_set(&ad_ValueError, "negative file descriptor");
            return -1;
        }
        *fd = (int)v;
        return 0;
    }
    AdValue p = file;
    if (!ad_is_str(p) && !ad_is_bytes(p)) {
        if (!ad_type_lookup(ad_type(p), ad_str_intern_cstr("__fspath__"))) {
            ad_err_format(&ad_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
            return -1;
        }
        p = ad_call_method(file, ad_str_intern_cstr("__fspath__"), NULL, 0, 0);
        if (!p) return -1;
        if (!ad_is_str(p) && !ad_is_bytes(p)) {
            ad_err_format(&ad_TypeError, "expected %s.__fspath__() to return str or bytes, not %T",
                          ad_type(file)->name, p);
            return -1;
        }
        *filep = p;   /* the file's name is the path, as os.fspath gives it */
    }
    size_t len;
    if (ad_is_bytes(p)) {
        *path = (const char *)AD_BYTES(p)->data;
        len = (size_t)AD_BYTES(p)->length;
    } else {
        *path = ad_str_utf8(p, &len);
    }
    if (strlen(*path) != len) {
        ad_err_set(&ad_ValueError, "embedded null byte");
        return -1;
    }
    return 0;
}

static int open_fd(const char *path, int flags, AdValue file, AdValue opener) {
    if (opener && opener != AD_NONE) {
        AdValue r = ad_call2(opener, file, ad_small(flags));
        if (!r) return -1;
        int64_t fd = ad_index_value(r, &ad_OverflowError);
        if (fd == -1 && ad_err_occurred()) return -1;
        if (fd < 0) {
            ad_err_format(&ad_ValueError, "opener returned %lld", (long long)fd);
            return -1;
        }
        return (int)fd;
    }
    for (int attempt = 0;; attempt++) {
        int fd = open(path, flags, 0666);
        if (fd >= 0) return fd;
        if (errno == EINTR) continue;
        if ((errno == EMFILE || errno == ENFILE) && attempt == 0) {
            /* Descriptors of dead, unclosed files: let the collector close them and retry. */
            GC_gcollect();
            GC_invoke_finalizers();
            continue;
        }
        ad_err_from_errno(errno, file);
        return -1;
    }
}

static void io_ready(void);

static int newline_mode(AdValue newline, int *out) {
    if (!newline || newline == AD_NONE) {
        *out = NL_UNIVERSAL;
        return 0;
    }
    if (ad_str_eq_cstr(newline, "")) *out = NL_EMPTY;
    else if (ad_str_eq_cstr(newline, "\n")) *out = NL_LF;
    else if (ad_str_eq_cstr(newline, "\r")) *out = NL_CR;
    else if (ad_str_eq_cstr(newline, "\r\n")) *out = NL_CRLF;
    else {
        ad_err_format(&ad_ValueError, "illegal newline value: %U", newline);
        return -1;
    }
    return 0;
}

AdValue ad_io_open(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[8];
    if (ad_parse_args("open", args, nargs, kwnames,
                      "file|mode,buffering,encoding,errors,newline,closefd,opener", a) < 0)
        return AD_ERROR;
    io_ready();
    AdValue file = a[0], mode = a[1] ? a[1] : ad_str_intern_cstr("r");
    if (!ad_is_str(mode)) return ad_err_format(&ad_TypeError, "open() argument 'mode' must be str, not %T", mode);
    int64_t buffering = -1;
    if (a[2] && (buffering = ad_index_value(a[2], &ad_OverflowError)) == -1 && ad_err_occurred()) return AD_ERROR;
    if (str_or_none_arg(a[3], "encoding") < 0 || str_or_none_arg(a[4], "errors") < 0 ||
        str_or_none_arg(a[5], "newline") < 0)
        return AD_ERROR;
    int closefd = 1;
    if (a[6] && (closefd = ad_truth(a[6])) < 0) return AD_ERROR;
    OpenMode m;
    if (parse_mode(mode, &m) < 0) return AD_ERROR;
    if (a[3] && ad_is_str(a[3]) && ad_str_eq_cstr(a[3], "locale") && !m.binary) a[3] = AD_NONE;   /* UTF-8 here */
    if (m.binary && a[3] && a[3] != AD_NONE) return ad_err_set(&ad_ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && a[4] && a[4] != AD_NONE) return ad_err_set(&ad_ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && a[5] && a[5] != AD_NONE) return ad_err_set(&ad_ValueError, "binary mode doesn't take a newline argument");
    if (m.creating + m.reading + m.writing + m.appending != 1 || m.updating > 1)
        return ad_err_set(&ad_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
    const char *path;
    int fd;
    if (open_target(&file, &path, &fd) < 0) return AD_ERROR;
    if (!closefd && path) return ad_err_set(&ad_ValueError, "Cannot use closefd=False with file name");
    int flags = O_CLOEXEC;
    if (m.reading) flags |= m.updating ? O_RDWR : O_RDONLY;
    else flags |= (m.updating ? O_RDWR : O_WRONLY) | O_CREAT;
    if (m.writing) flags |= O_TRUNC;
    if (m.creating) flags |= O_EXCL;
    if (m.appending) flags |= O_APPEND;
    ad_io_files_flush();
    if (path && (fd = open_fd(path, flags, file, a[7])) < 0) return AD_ERROR;
    struct stat st;
    if (fstat(fd, &st) < 0) {
        int e = errno;
        if (path) close(fd);
        return ad_err_from_errno(e, 0);
    }
    if (S_ISDIR(st.st_mode)) {
        if (path) close(fd);
        return ad_err_from_errno(EISDIR, file);
    }
    FileState *fs = calloc(1, sizeof(FileState));
    if (!fs) abort();
    fs->fd = fd;
    fs->closefd = closefd;
    fs->readable = m.reading || m.updating;
    fs->writable = !m.reading || m.updating;
    fs->appending = m.appending;
    fs->seekable = -1;
    fs->bufsize = buffering > 1 ? (size_t)buffering : st.st_blksize > 1 ? (size_t)st.st_blksize : IO_CHUNK;
    registry_add(fs);
    if (m.appending) lseek(fd, 0, SEEK_END);

    char raw[8];
    size_t k = 0;
    raw[k++] = m.creating ? 'x' : m.appending ? 'a' : m.writing && !m.updating ? 'w' : 'r';
    raw[k++] = 'b';
    if (m.updating) raw[k++] = '+';
    raw[k] = 0;

    AdValue result;
    if (m.binary) {
        AdType *type = buffering == 0 ? &fileio_type
                     : fs->readable && fs->writable ? &random_type : fs->readable ? &reader_type : &writer_type;
        result = bin_wrap(fs, type, file, ad_str_from_cstr(raw), 0);
    } else {
        int codec = CODEC_UTF8, nl = NL_UNIVERSAL;
        AdValue failure = 0;
        if (buffering == 0) failure = ad_err_set(&ad_ValueError, "can't have unbuffered text I/O");
        else if (a[3] && a[3] != AD_NONE && codec_lookup(ad_str_utf8(a[3], NULL), &codec) < 0) failure = AD_ERROR;
        else if (newline_mode(a[5], &nl) < 0) failure = AD_ERROR;
        if (failure == AD_ERROR && ad_err_occurred()) {
            AdValue exc = ad_err_fetch();
            fs_close(fs);
            free(fs);
            return ad_err_set_object(exc);
        }
        if (!a[3] || a[3] == AD_NONE) codec = CODEC_UTF8;
        AdValue encoding = a[3] && a[3] != AD_NONE ? a[3] : 0, errors = a[4] && a[4] != AD_NONE ? a[4] : 0;
        TextFile *t = text_new(fs, file, mode, encoding, errors, codec, nl, buffering == 1 || (buffering < 0 && isatty(fd)));
        result = AD_VAL(t);
    }
    GC_register_finalizer_no_order(AD_OBJ(result), file_finalize, fs, NULL, NULL);
    return result;
}

/* ========================================================================================== */
/* MARK: StringIO                                                                              */
/* ========================================================================================== */

typedef struct StringIO {
    AdObject ob;
    uint32_t *buf;             /* collected atomic memory: code points [0, len) */
    int64_t len, cap, pos;
    int closed;
    int newline;               /* NL_LF by default; NL_UNIVERSAL for newline=None */
    AdValue dict;
} StringIO;

static int sio_check(StringIO *s) {
    if (!s->closed) return 0;
    err_closed_np();
    return -1;
}

static void sio_reserve(StringIO *s, int64_t need) {
    if (need <= s->cap) return;
    int64_t cap = s->cap ? s->cap : 64;
    while (cap < need) cap *= 2;
    uint32_t *b = ad_alloc_atomic((size_t)cap * sizeof(uint32_t));
    if (s->len) memcpy(b, s->buf, (size_t)s->len * sizeof(uint32_t));
    s->buf = b;
    s->cap = cap;
}

static void sio_put(StringIO *s, uint32_t c) {
    if (s->pos >= s->cap) sio_reserve(s, s->pos + 1);
    if (s->pos > s->len) memset(s->buf + s->len, 0, (size_t)(s->pos - s->len) * sizeof(uint32_t));
    s->buf[s->pos++] = c;
    if (s->pos > s->len) s->len = s->pos;
}

/* Write a str at the position, translating newlines as the newline argument says. */
static void sio_write_str(StringIO *s, AdValue str) {
    int64_t n = ad_str_len(str);
    sio_reserve(s, s->pos + n + 1);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(str, i);
        if (c == '\r' && s->newline == NL_UNIVERSAL) {
            if (i + 1 < n && ad_str_char(str, i + 1) == '\n') i++;
            c = '\n';
        } else if (c == '\n' && (s->newline == NL_CR || s->newline == NL_CRLF)) {
            if (s->newline == NL_CRLF) sio_put(s, '\r');
            c = s->newline == NL_CR ? '\r' : '\n';
        }
        sio_put(s, c);
    }
}

static AdValue sio_text(StringIO *s, int64_t start, int64_t end) {
    if (end <= start) return ad_str_empty();
    return ad_str_from_ucs4(s->buf + start, (size_t)(end - start));
}

/* StringIO.__init__(initial_value='', newline='\n'): (re)start the buffer. 0 or -1. */
static int sio_init_args(StringIO *s, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[2];
    if (ad_parse_args("StringIO", args, nargs, kwnames, "|initial_value,newline", a) < 0) return -1;
    int nl = NL_LF;
    if (a[1] && a[1] != AD_NONE && !ad_is_str(a[1])) {
        ad_err_format(&ad_TypeError, "newline must be str or None, not %T", a[1]);
        return -1;
    }
    if (a[1] == AD_NONE) nl = NL_UNIVERSAL;
    else if (a[1] && newline_mode(a[1], &nl) < 0) {
        ad_err_clear();
        ad_err_format(&ad_ValueError, "illegal newline value: %R", a[1]);
        return -1;
    }
    if (a[0] && a[0] != AD_NONE && !ad_is_str(a[0])) {
        ad_err_format(&ad_TypeError, "initial_value must be str or None, not %T", a[0]);
        return -1;
    }
    s->newline = nl;
    s->closed = 0;
    s->buf = NULL;
    s->len = s->cap = s->pos = 0;
    if (a[0] && a[0] != AD_NONE) {
        sio_write_str(s, a[0]);
        s->pos = 0;
    }
    return 0;
}

static AdValue sio_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return sio_init_args(AD_AS(StringIO, self), args, nargs, kwnames) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue sio_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    io_ready();
    StringIO *s = (StringIO *)ad_new_object(type, type->instance_size);
    s->newline = NL_LF;
    /* A subclass's arguments are its __init__'s business (called after this). */
    if (type != &stringio_type) return AD_VAL(s);
    return sio_init_args(s, args, nargs, kwnames) < 0 ? AD_ERROR : AD_VAL(s);
}

static AdValue sio_getvalue(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    if (ad_check_nargs("getvalue", nargs, 0, 0) < 0 || sio_check(s) < 0) return AD_ERROR;
    return sio_text(s, 0, s->len);
}

static AdValue sio_read(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    int64_t n;
    if (ad_check_nargs("read", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &n) < 0) return AD_ERROR;
    if (sio_check(s) < 0) return AD_ERROR;
    int64_t avail = s->len > s->pos ? s->len - s->pos : 0;
    if (n < 0 || n > avail) n = avail;
    AdValue r = sio_text(s, s->pos, s->pos + n);
    s->pos += n;
    return r;
}

/* The end of the line starting at the position (after its terminator), at most limit chars. */
static int64_t sio_line_end(StringIO *s, int64_t limit) {
    int64_t i = s->pos, end = s->len;
    if (limit >= 0 && end - i > limit) end = i + limit;
    for (; i < end; i++) {
        uint32_t c = s->buf[i];
        if (c == '\n' && s->newline != NL_CR && s->newline != NL_CRLF) return i + 1;
        if (c == '\r') {
            if (s->newline == NL_CR) return i + 1;
            if (s->newline == NL_EMPTY || s->newline == NL_CRLF) {
                if (i + 1 < end && s->buf[i + 1] == '\n') return i + 2;
                if (s->newline == NL_EMPTY) return i + 1;
            }
        }
    }
    return end;
}

static AdValue sio_readline_impl(StringIO *s, int64_t limit) {
    if (s->pos >= s->len) return ad_str_empty();
    int64_t end = sio_line_end(s, limit);
    AdValue r = sio_text(s, s->pos, end);
    s->pos = end;
    return r;
}

static AdValue sio_readline(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    int64_t n;
    if (ad_check_nargs("readline", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &n) < 0) return AD_ERROR;
    if (sio_check(s) < 0) return AD_ERROR;
    return sio_readline_impl(s, n);
}

static AdValue sio_next_line(AdValue self) { return sio_readline_impl(AD_AS(StringIO, self), -1); }

static AdValue sio_readlines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    int64_t hint;
    if (ad_check_nargs("readlines", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &hint) < 0) return AD_ERROR;
    if (s->closed) return err_closed();
    return lines_until(self, sio_next_line, hint);
}

static AdValue sio_write(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    if (ad_check_no_kwargs("write", kwnames) < 0) return AD_ERROR;
    if (nargs != 1)
        return ad_err_format(&ad_TypeError, "StringIO.write() takes exactly one argument (%zu given)", nargs);
    if (sio_check(s) < 0) return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "string argument expected, got '%s'", ad_type(args[0])->name);
    sio_write_str(s, args[0]);
    return ad_int_from_i64(ad_str_len(args[0]));
}

static AdValue sio_writelines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    if (ad_check_nargs("writelines", nargs, 1, 1) < 0) return AD_ERROR;
    if (s->closed) return err_closed();
    AdValue it = ad_iter(args[0]);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue line = ad_next(it);
        if (line == AD_STOP) return AD_NONE;
        if (!line || !sio_write(self, &line, 1, 0)) return AD_ERROR;
    }
}

static AdValue sio_seek(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    int64_t pos;
    int whence;
    if (ad_check_nargs("seek", nargs, 1, 2) < 0 || offset_arg(args[0], &pos) < 0 ||
        whence_arg(nargs > 1 ? args[1] : 0, &whence) < 0 || sio_check(s) < 0)
        return AD_ERROR;
    if (whence < 0 || whence > 2)
        return ad_err_format(&ad_ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence);
    if (pos < 0 && whence == 0)
        return ad_err_format(&ad_ValueError, "Negative seek position %lld", (long long)pos);
    if (whence != 0 && pos != 0) return ad_err_set(&ad_OSError, "Can't do nonzero cur-relative seeks");
    if (whence == 1) pos = s->pos;
    else if (whence == 2) pos = s->len;
    s->pos = pos;
    return ad_int_from_i64(pos);
}

static AdValue sio_tell(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    if (ad_check_nargs("tell", nargs, 0, 0) < 0 || sio_check(s) < 0) return AD_ERROR;
    return ad_int_from_i64(s->pos);
}

static AdValue sio_truncate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    int64_t size;
    if (ad_check_nargs("truncate", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &size) < 0) return AD_ERROR;
    if (sio_check(s) < 0) return AD_ERROR;
    if (!nargs || args[0] == AD_NONE) size = s->pos;
    else if (size < 0) return ad_err_format(&ad_ValueError, "Negative size value %lld", (long long)size);
    if (size < s->len) s->len = size;
    return ad_int_from_i64(size);
}

static AdValue sio_close(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    StringIO *s = AD_AS(StringIO, self);
    s->closed = 1;
    s->buf = NULL;
    s->len = s->cap = 0;
    return AD_NONE;
}

static AdValue sio_true_if_open(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return sio_check(AD_AS(StringIO, self)) < 0 ? AD_ERROR : AD_TRUE;
}

static AdValue sio_isatty(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return AD_AS(StringIO, self)->closed ? err_closed() : AD_FALSE;
}

static AdValue sio_flush(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) { return AD_NONE; }

static AdValue sio_fileno(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return err_unsupported("fileno");
}

static AdValue sio_enter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return AD_AS(StringIO, self)->closed ? err_closed() : self;
}

static AdValue sio_iter(AdValue self) { return AD_AS(StringIO, self)->closed ? err_closed() : self; }

static AdValue sio_next(AdValue self) {
    StringIO *s = AD_AS(StringIO, self);
    if (sio_check(s) < 0) return AD_ERROR;
    AdValue line = sio_readline_impl(s, -1);
    return ad_str_len(line) == 0 ? AD_STOP : line;
}

static AdValue sio_get_closed(AdValue self) { return ad_bool(AD_AS(StringIO, self)->closed); }
static AdValue sio_get_false(AdValue self) { return AD_FALSE; }
static AdValue sio_get_none(AdValue self) { return AD_NONE; }

static const AdMethodDef sio_methods[] = {
    {"__init__", sio_init, 0},
    {"getvalue", sio_getvalue, 0},
    {"read", sio_read, 0},
    {"readline", sio_readline, 0},
    {"readlines", sio_readlines, 0},
    {"write", sio_write, 0},
    {"writelines", sio_writelines, 0},
    {"seek", sio_seek, 0},
    {"tell", sio_tell, 0},
    {"truncate", sio_truncate, 0},
    {"close", sio_close, 0},
    {"readable", sio_true_if_open, 0},
    {"writable", sio_true_if_open, 0},
    {"seekable", sio_true_if_open, 0},
    {"isatty", sio_isatty, 0},
    {"flush", sio_flush, 0},
    {"fileno", sio_fileno, 0},
    {"__enter__", sio_enter, 0},
    {"__exit__", sio_close, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef sio_getsets[] = {
    {"closed", sio_get_closed, NULL},
    {"line_buffering", sio_get_false, NULL},
    {"newlines", sio_get_none, NULL},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: BytesIO                                                                               */
/* ========================================================================================== */

typedef struct BytesIO {
    AdObject ob;
    unsigned char *buf;        /* collected atomic memory: bytes [0, len) */
    int64_t len, cap, pos;
    int closed;
    AdValue dict;
} BytesIO;

static int bio_check(BytesIO *b) {
    if (!b->closed) return 0;
    err_closed();
    return -1;
}

static void bio_write_bytes(BytesIO *b, const unsigned char *p, size_t n) {
    int64_t end = b->pos + (int64_t)n;
    if (end > b->cap) {
        int64_t cap = b->cap ? b->cap : 64;
        while (cap < end) cap *= 2;
        unsigned char *nb = ad_alloc_atomic((size_t)cap);
        if (b->len) memcpy(nb, b->buf, (size_t)b->len);
        b->buf = nb;
        b->cap = cap;
    }
    if (b->pos > b->len) memset(b->buf + b->len, 0, (size_t)(b->pos - b->len));
    memcpy(b->buf + b->pos, p, n);
    b->pos = end;
    if (end > b->len) b->len = end;
}

/* BytesIO.__init__(initial_bytes=b''): (re)start the buffer. 0 or -1. */
static int bio_init_args(BytesIO *b, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    if (ad_parse_args("BytesIO", args, nargs, kwnames, "|initial_bytes", a) < 0) return -1;
    const unsigned char *p = NULL;
    size_t n = 0;
    if (a[0] && a[0] != AD_NONE && bytes_arg(a[0], &p, &n) < 0) return -1;
    b->closed = 0;
    b->buf = NULL;
    b->len = b->cap = b->pos = 0;
    if (n) {
        bio_write_bytes(b, p, n);
        b->pos = 0;
    }
    return 0;
}

static AdValue bio_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bio_init_args(AD_AS(BytesIO, self), args, nargs, kwnames) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue bio_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    io_ready();
    BytesIO *b = (BytesIO *)ad_new_object(type, type->instance_size);
    if (type != &bytesio_type) return AD_VAL(b);   /* a subclass's __init__ comes next */
    return bio_init_args(b, args, nargs, kwnames) < 0 ? AD_ERROR : AD_VAL(b);
}

static AdValue bio_getvalue(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    if (ad_check_nargs("getvalue", nargs, 0, 0) < 0 || bio_check(b) < 0) return AD_ERROR;
    return ad_bytes_from(b->buf, (size_t)b->len);
}

static AdValue bio_read(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    int64_t n;
    if (ad_check_nargs("read", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &n) < 0) return AD_ERROR;
    if (bio_check(b) < 0) return AD_ERROR;
    int64_t avail = b->len > b->pos ? b->len - b->pos : 0;
    if (n < 0 || n > avail) n = avail;
    AdValue r = ad_bytes_from(b->buf ? b->buf + b->pos : (unsigned char *)"", (size_t)n);
    b->pos += n;
    return r;
}

static AdValue bio_readinto(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    if (ad_check_nargs("readinto", nargs, 1, 1) < 0 || writable_buffer_arg("readinto", args[0]) < 0) return AD_ERROR;
    if (bio_check(b) < 0) return AD_ERROR;
    int64_t avail = b->len > b->pos ? b->len - b->pos : 0, n = AD_BYTEARRAY(args[0])->length;
    if (n > avail) n = avail;
    if (n) memcpy(AD_BYTEARRAY(args[0])->data, b->buf + b->pos, (size_t)n);
    b->pos += n;
    return ad_small(n);
}

static AdValue bio_readline_impl(BytesIO *b, int64_t limit) {
    int64_t avail = b->len > b->pos ? b->len - b->pos : 0;
    if (limit >= 0 && limit < avail) avail = limit;
    if (avail == 0) return ad_bytes_from("", 0);
    const unsigned char *start = b->buf + b->pos;
    const unsigned char *nl = memchr(start, '\n', (size_t)avail);
    int64_t n = nl ? nl - start + 1 : avail;
    b->pos += n;
    return ad_bytes_from(start, (size_t)n);
}

static AdValue bio_readline(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    int64_t n;
    if (ad_check_nargs("readline", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &n) < 0) return AD_ERROR;
    if (bio_check(b) < 0) return AD_ERROR;
    return bio_readline_impl(b, n);
}

static AdValue bio_next_line(AdValue self) { return bio_readline_impl(AD_AS(BytesIO, self), -1); }

static AdValue bio_readlines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    int64_t hint;
    if (ad_check_nargs("readlines", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &hint) < 0) return AD_ERROR;
    if (bio_check(b) < 0) return AD_ERROR;
    return collect_lines(self, bio_next_line, hint, 1);
}

static AdValue bio_write(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    const unsigned char *p;
    size_t n;
    if (ad_check_no_kwargs("write", kwnames) < 0 || ad_check_nargs("write", nargs, 1, 1) < 0) return AD_ERROR;
    if (bio_check(b) < 0 || bytes_arg(args[0], &p, &n) < 0) return AD_ERROR;
    if (n) bio_write_bytes(b, p, n);
    return ad_int_from_i64((int64_t)n);
}

static AdValue bio_writelines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    if (ad_check_nargs("writelines", nargs, 1, 1) < 0 || bio_check(b) < 0) return AD_ERROR;
    AdValue it = ad_iter(args[0]);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue line = ad_next(it);
        if (line == AD_STOP) return AD_NONE;
        if (!line || !bio_write(self, &line, 1, 0)) return AD_ERROR;
    }
}

static AdValue bio_seek(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    int64_t pos;
    int whence;
    if (ad_check_nargs("seek", nargs, 1, 2) < 0 || offset_arg(args[0], &pos) < 0 ||
        whence_arg(nargs > 1 ? args[1] : 0, &whence) < 0 || bio_check(b) < 0)
        return AD_ERROR;
    if (pos < 0 && whence == 0) return ad_err_format(&ad_ValueError, "negative seek value %lld", (long long)pos);
    if (whence == 1) pos += b->pos;
    else if (whence == 2) pos += b->len;
    else if (whence != 0)
        return ad_err_format(&ad_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
    if (pos < 0) pos = 0;
    b->pos = pos;
    return ad_int_from_i64(pos);
}

static AdValue bio_tell(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    if (ad_check_nargs("tell", nargs, 0, 0) < 0 || bio_check(b) < 0) return AD_ERROR;
    return ad_int_from_i64(b->pos);
}

static AdValue bio_truncate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    int64_t size;
    if (ad_check_nargs("truncate", nargs, 0, 1) < 0 || text_size_arg(nargs ? args[0] : 0, &size) < 0) return AD_ERROR;
    if (bio_check(b) < 0) return AD_ERROR;
    if (!nargs || args[0] == AD_NONE) size = b->pos;
    else if (size < 0) return ad_err_format(&ad_ValueError, "negative size value %lld", (long long)size);
    if (size < b->len) b->len = size;
    return ad_int_from_i64(size);
}

static AdValue bio_close(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    BytesIO *b = AD_AS(BytesIO, self);
    b->closed = 1;
    b->buf = NULL;
    b->len = b->cap = 0;
    return AD_NONE;
}

static AdValue bio_true_if_open(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bio_check(AD_AS(BytesIO, self)) < 0 ? AD_ERROR : AD_TRUE;
}

static AdValue bio_isatty(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bio_check(AD_AS(BytesIO, self)) < 0 ? AD_ERROR : AD_FALSE;
}

static AdValue bio_flush(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bio_check(AD_AS(BytesIO, self)) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue bio_enter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return bio_check(AD_AS(BytesIO, self)) < 0 ? AD_ERROR : self;
}

static AdValue bio_iter(AdValue self) { return self; }

static AdValue bio_next(AdValue self) {
    BytesIO *b = AD_AS(BytesIO, self);
    if (bio_check(b) < 0) return AD_ERROR;
    AdValue line = bio_readline_impl(b, -1);
    return AD_BYTES(line)->length == 0 ? AD_STOP : line;
}

static AdValue bio_get_closed(AdValue self) { return ad_bool(AD_AS(BytesIO, self)->closed); }

static const AdMethodDef bio_methods[] = {
    {"__init__", bio_init, 0},
    {"getvalue", bio_getvalue, 0},
    {"read", bio_read, 0},
    {"read1", bio_read, 0},
    {"readinto", bio_readinto, 0},
    {"readinto1", bio_readinto, 0},
    {"readline", bio_readline, 0},
    {"readlines", bio_readlines, 0},
    {"write", bio_write, 0},
    {"writelines", bio_writelines, 0},
    {"seek", bio_seek, 0},
    {"tell", bio_tell, 0},
    {"truncate", bio_truncate, 0},
    {"close", bio_close, 0},
    {"readable", bio_true_if_open, 0},
    {"writable", bio_true_if_open, 0},
    {"seekable", bio_true_if_open, 0},
    {"isatty", bio_isatty, 0},
    {"flush", bio_flush, 0},
    {"fileno", sio_fileno, 0},
    {"__enter__", bio_enter, 0},
    {"__exit__", bio_close, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef bio_getsets[] = {
    {"closed", bio_get_closed, NULL},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: Types and the module                                                                  */
/* ========================================================================================== */

static AdType iobase_type = {
    .ob = {&ad_type_type},
    .name = "io.IOBase",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdObject),
};

static AdType rawiobase_type = {
    .ob = {&ad_type_type},
    .name = "io.RawIOBase",
    .base = &iobase_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdObject),
};

static AdType bufferediobase_type = {
    .ob = {&ad_type_type},
    .name = "io.BufferedIOBase",
    .base = &iobase_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdObject),
};

static AdType textiobase_type = {
    .ob = {&ad_type_type},
    .name = "io.TextIOBase",
    .base = &iobase_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdObject),
};

static AdType textio_type = {
    .ob = {&ad_type_type},
    .name = "_io.TextIOWrapper",
    .base = &textiobase_type,
    .instance_size = sizeof(TextFile),
    .construct = text_construct,
    .repr = text_repr,
    .iter = text_iter,
    .next = text_next,
    .dict_offset = offsetof(TextFile, dict),
};

#define BINARY_TYPE(var, tname, tbase)          \
    static AdType var = {                       \
        .ob = {&ad_type_type},                  \
        .name = tname,                          \
        .base = tbase,                          \
        .instance_size = sizeof(BinFile),       \
        .repr = bin_repr,                       \
        .iter = bin_iter,                       \
        .next = bin_next,                       \
        .dict_offset = offsetof(BinFile, dict), \
    }

BINARY_TYPE(reader_type, "_io.BufferedReader", &bufferediobase_type);
BINARY_TYPE(writer_type, "_io.BufferedWriter", &bufferediobase_type);
BINARY_TYPE(random_type, "_io.BufferedRandom", &bufferediobase_type);
BINARY_TYPE(fileio_type, "_io.FileIO", &rawiobase_type);

static AdType stringio_type = {
    .ob = {&ad_type_type},
    .name = "_io.StringIO",
    .base = &textiobase_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(StringIO),
    .construct = sio_construct,
    .iter = sio_iter,
    .next = sio_next,
    .dict_offset = offsetof(StringIO, dict),
};

static AdType bytesio_type = {
    .ob = {&ad_type_type},
    .name = "_io.BytesIO",
    .base = &bufferediobase_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(BytesIO),
    .construct = bio_construct,
    .iter = bio_iter,
    .next = bio_next,
    .dict_offset = offsetof(BytesIO, dict),
};

static AdValue make_unsupported_operation(void) {
    AdValue bases[2] = {AD_VAL(&ad_OSError), AD_VAL(&ad_ValueError)};
    AdValue ns = ad_dict_new();
    ad_dict_set_cstr(ns, "__module__", ad_str_intern_cstr("io"));
    return ad_class_new(&ad_type_type, ad_str_intern_cstr("UnsupportedOperation"),
                        ad_tuple_from_array(bases, 2), ns);
}

static void io_ready(void) {
    static int ready;
    if (ready) return;
    ready = 1;
    ad_type_ready(&iobase_type, NULL, NULL);
    ad_type_ready(&rawiobase_type, NULL, NULL);
    ad_type_ready(&bufferediobase_type, NULL, NULL);
    ad_type_ready(&textiobase_type, NULL, NULL);
    ad_type_ready(&textio_type, text_methods, text_getsets);
    ad_type_ready(&reader_type, bin_methods, bin_getsets);
    ad_type_ready(&writer_type, bin_methods, bin_getsets);
    ad_type_ready(&random_type, bin_methods, bin_getsets);
    ad_type_ready(&fileio_type, bin_methods, bin_getsets);
    ad_type_ready(&fileio_type, NULL, fileio_getsets);
    ad_type_ready(&stringio_type, sio_methods, sio_getsets);
    ad_type_ready(&bytesio_type, bio_methods, bio_getsets);
    unsupported_operation = make_unsupported_operation();
}

static AdValue io_text_encoding(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("text_encoding", nargs, 1, 2) < 0) return AD_ERROR;
    return args[0] == AD_NONE ? ad_str_intern_cstr("locale") : args[0];
}

static const AdMethodDef io_functions[] = {
    {"open", ad_io_open, 0},
    {"text_encoding", io_text_encoding, 0},
    {NULL, NULL, 0},
};

AdValue ad_io_module_create(void) {
    io_ready();
    AdValue m = ad_module_new("io");
    ad_module_add_functions(m, io_functions);
    AdValue builtin_open = ad_builtin_lookup(ad_str_intern_cstr("open"));
    if (builtin_open) ad_module_add(m, "open", builtin_open);   /* io.open is open */
    ad_module_add(m, "IOBase", AD_VAL(&iobase_type));
    ad_module_add(m, "RawIOBase", AD_VAL(&rawiobase_type));
    ad_module_add(m, "BufferedIOBase", AD_VAL(&bufferediobase_type));
    ad_module_add(m, "TextIOBase", AD_VAL(&textiobase_type));
    ad_module_add(m, "TextIOWrapper", AD_VAL(&textio_type));
    ad_module_add(m, "BufferedReader", AD_VAL(&reader_type));
    ad_module_add(m, "BufferedWriter", AD_VAL(&writer_type));
    ad_module_add(m, "BufferedRandom", AD_VAL(&random_type));
    ad_module_add(m, "FileIO", AD_VAL(&fileio_type));
    ad_module_add(m, "StringIO", AD_VAL(&stringio_type));
    ad_module_add(m, "BytesIO", AD_VAL(&bytesio_type));
    ad_module_add(m, "UnsupportedOperation", unsupported_operation);
    ad_module_add(m, "DEFAULT_BUFFER_SIZE", ad_small(IO_CHUNK));
    ad_module_add(m, "SEEK_SET", ad_small(0));
    ad_module_add(m, "SEEK_CUR", ad_small(1));
    ad_module_add(m, "SEEK_END", ad_small(2));
    return m;
}
