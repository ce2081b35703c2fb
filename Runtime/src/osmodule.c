/*
 * osmodule.c — `_os`, the system calls behind the `os` module (Runtime/lib/os.py), with the
 * argument conversions and errors of CPython 3.11's posix module.
 *
 * Paths: a path argument is a str, bytes, or an object whose __fspath__ returns one of them (and
 * for some functions an int file descriptor, or None). It is passed to the system as UTF-8 (the
 * file system encoding); functions that return names return str for str and bytes for bytes
 * arguments. Errors name the ORIGINAL argument as the filename, as CPython does
 * ("[Errno 2] No such file or directory: 'x'", and "'a' -> 'b'" for two-path calls).
 *
 * stat() returns os.stat_result, a struct sequence (structseq.h) of ten visible fields — the
 * integer times among them — and the float and nanosecond times, st_blksize, st_blocks and st_rdev
 * as attributes only.
 *
 * Everything else (os.environ as a mapping, os.path, makedirs, walk, ...) is Python, in os.py
 * and posixpath.py.
 */
#include "structseq.h"
#include "numbers.h"
#include "strings.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* ========================================================================================== */
/* MARK: Path arguments                                                                        */
/* ========================================================================================== */

/** A converted path argument. `object` is what the caller passed (named in errors). */
typedef struct PathArg {
    AdValue object;
    const char *narrow;        /* NUL-terminated UTF-8, or NULL when `fd` is used */
    int fd;                    /* -1 unless an int was passed */
    int is_bytes;              /* 1: results are bytes */
} PathArg;

/* os.fspath(v): str or bytes as they are, else __fspath__'s result; 0 with no exception when v
 * has no __fspath__ (the caller words the TypeError). */
static AdValue fspath_or_0(AdValue v) {
    if (ad_is_str(v) || ad_is_bytes(v)) return v;
    AdValue method = ad_type_lookup(ad_type(v), ad_str_intern_cstr("__fspath__"));
    if (!method) return 0;
    AdValue r = ad_call_method(v, ad_str_intern_cstr("__fspath__"), NULL, 0, 0);
    if (!r) return AD_ERROR;
    if (!ad_is_str(r) && !ad_is_bytes(r))
        return ad_err_format(&ad_TypeError, "expected %s.__fspath__() to return str or bytes, not %T",
                             ad_type(v)->name, r);
    return r;
}

/* CPython's path_converter: "stat: path should be string, bytes, os.PathLike or integer, not float". */
static int path_arg(const char *fname, const char *argname, AdValue v, int allow_fd, int nullable, PathArg *out) {
    out->object = v;
    out->narrow = NULL;
    out->fd = -1;
    out->is_bytes = 0;
    if (nullable && (!v || v == AD_NONE)) {
        out->narrow = ".";
        return 0;
    }
    if (allow_fd && ad_num_is_int(v)) {
        int64_t fd = ad_index_value(v, &ad_OverflowError);
        if (fd == -1 && ad_err_occurred()) return -1;
        if (fd > INT_MAX) return ad_err_set(&ad_OverflowError, "fd is greater than maximum"), -1;
        if (fd < INT_MIN) return ad_err_set(&ad_OverflowError, "fd is less than minimum"), -1;
        out->fd = (int)fd;
        return 0;
    }
    AdValue p = fspath_or_0(v);
    if (!p) {
        if (ad_err_occurred()) return -1;
        const char *allowed = nullable && allow_fd ? "string, bytes, os.PathLike, integer or None"
                            : nullable            ? "string, bytes, os.PathLike or None"
                            : allow_fd            ? "string, bytes, os.PathLike or integer"
                                                  : "string, bytes or os.PathLike";
        ad_err_format(&ad_TypeError, "%s: %s should be %s, not %T", fname, argname, allowed, v);
        return -1;
    }
    size_t len;
    if (ad_is_bytes(p)) {
        out->is_bytes = 1;
        out->narrow = (const char *)AD_BYTES(p)->data;
        len = (size_t)AD_BYTES(p)->length;
    } else {
        out->narrow = ad_str_utf8(p, &len);
    }
    if (strlen(out->narrow) != len) return ad_err_set(&ad_ValueError, "embedded null byte"), -1;
    return 0;
}

/* A name from the system as the caller's kind: bytes for bytes paths, else str. */
static AdValue name_value(const char *s, size_t len, int as_bytes) {
    return as_bytes ? ad_bytes_from(s, len) : ad_str_from_utf8(s, len);
}

static AdValue path_error(const PathArg *p) { return ad_err_from_errno(errno, p->object); }

/* OSError(errno, strerror, src, None, dst): "[Errno 2] No such file or directory: 'a' -> 'b'". */
static AdValue path_error2(const PathArg *a, const PathArg *b) {
    int e = errno;
    AdValue msg = ad_str_from_cstr(strerror(e));
    if (!msg) return AD_ERROR;
    AdValue args[5] = {ad_small(e), msg, a->object, AD_NONE, b->object};
    AdValue exc = ad_call(AD_VAL(&ad_OSError), args, 5, 0);
    return exc ? ad_err_set_object(exc) : AD_ERROR;
}

/* A dir_fd keyword: None (the current directory) or an int. */
static int dir_fd_arg(AdValue v, int *out) {
    *out = AT_FDCWD;
    if (!v || v == AD_NONE) return 0;
    int64_t fd = ad_index_value(v, &ad_OverflowError);
    if (fd == -1 && ad_err_occurred()) return -1;
    *out = (int)fd;
    return 0;
}

/* An int argument as Argument Clinic's "i" converter. */
static int int_arg(AdValue v, int *out) {
    AdValue exact = ad_index(v);
    if (!exact) return -1;
    int64_t i;
    if (ad_int_to_i64(exact, &i) < 0 || i > INT_MAX)
        return ad_err_set(&ad_OverflowError, "signed integer is greater than maximum"), -1;
    if (i < INT_MIN) return ad_err_set(&ad_OverflowError, "signed integer is less than minimum"), -1;
    *out = (int)i;
    return 0;
}

/* A Py_ssize_t argument ("n" converter). */
static int ssize_arg(AdValue v, int64_t *out) {
    AdValue exact = ad_index(v);
    if (!exact) return -1;
    if (ad_int_to_i64(exact, out) < 0)
        return ad_err_set(&ad_OverflowError, "Python int too large to convert to C ssize_t"), -1;
    return 0;
}

static int noargs(const char *qualname, size_t nargs, AdValue kwnames) {
    return (nargs || kwnames) ? ad_num_noargs(qualname, nargs, kwnames) : 0;
}

/* METH_O: "posix.urandom() takes exactly one argument (0 given)". */
static int one_arg(const char *qualname, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", qualname), -1;
    if (nargs != 1)
        return ad_err_format(&ad_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs), -1;
    return 0;
}

/* Positional-only arity: "read expected 2 arguments, got 0", "posix.read() takes no keyword arguments". */
static int positional(const char *qualname, const char *name, size_t nargs, size_t n, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", qualname), -1;
    return ad_check_nargs(name, nargs, n, n);
}

/* ========================================================================================== */
/* MARK: stat                                                                                  */
/* ========================================================================================== */

static const char *const stat_fields[] = {
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", NULL, NULL, NULL,
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev",
};

/* A stat_result made from a tuple: float times default to the integer ones. */
static void stat_fill_defaults(AdValue *items) {
    for (int i = 0; i < 3; i++)
        if (items[10 + i] == AD_NONE) items[10 + i] = items[7 + i];
}

static AdStructSeqType stat_result_type = {
    .type = {.name = "os.stat_result"},
    .fields = stat_fields,
    .nfields = 19,
    .nvisible = 10,
    .fill_defaults = stat_fill_defaults,
};

static void fill_time(AdValue *items, int index, time_t sec, long nsec) {
    items[7 + index] = ad_int_from_i64((int64_t)sec);
    items[10 + index] = ad_float((double)sec + (double)nsec * 1e-9);
    items[13 + index] = ad_int_from_i128((__int128)sec * 1000000000 + nsec);
}

static AdValue stat_result_from(const struct stat *st) {
    AdValue items[19];
    items[0] = ad_int_from_i64(st->st_mode);
    items[1] = ad_int_from_u64(st->st_ino);
    items[2] = ad_int_from_u64(st->st_dev);
    items[3] = ad_int_from_i64((int64_t)st->st_nlink);
    items[4] = ad_int_from_i64(st->st_uid);
    items[5] = ad_int_from_i64(st->st_gid);
    items[6] = ad_int_from_i64(st->st_size);
    fill_time(items, 0, st->st_atim.tv_sec, st->st_atim.tv_nsec);
    fill_time(items, 1, st->st_mtim.tv_sec, st->st_mtim.tv_nsec);
    fill_time(items, 2, st->st_ctim.tv_sec, st->st_ctim.tv_nsec);
    items[16] = ad_int_from_i64(st->st_blksize);
    items[17] = ad_int_from_i64(st->st_blocks);
    items[18] = ad_int_from_u64(st->st_rdev);
    return ad_structseq_new(&stat_result_type, items);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True) and lstat (follow 0). */
static AdValue do_stat(const char *fname, const AdValue *args, size_t nargs, AdValue kwnames, int follow_default) {
    AdValue a[3];
    PathArg p;
    int dir_fd;
    if (ad_parse_args(fname, args, nargs, kwnames, follow_default ? "path|$dir_fd,follow_symlinks" : "path|$dir_fd",
                      a) < 0 ||
        path_arg(fname, "path", a[0], follow_default, 0, &p) < 0 || dir_fd_arg(a[1], &dir_fd) < 0)
        return AD_ERROR;
    int follow = follow_default;
    if (follow_default && a[2]) {
        follow = ad_truth(a[2]);
        if (follow < 0) return AD_ERROR;
    }
    struct stat st;
    int r = p.narrow ? fstatat(dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) : fstat(p.fd, &st);
    if (r != 0) return path_error(&p);
    return stat_result_from(&st);
}

static AdValue os_stat(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_stat("stat", args, nargs, kwnames, 1);
}

static AdValue os_lstat(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_stat("lstat", args, nargs, kwnames, 0);
}

static AdValue os_fstat(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    int fd;
    if (ad_parse_args("fstat", args, nargs, kwnames, "fd", a) < 0 || int_arg(a[0], &fd) < 0) return AD_ERROR;
    struct stat st;
    if (fstat(fd, &st) != 0) return ad_err_from_errno(errno, 0);
    return stat_result_from(&st);
}

/* ========================================================================================== */
/* MARK: Directories and files                                                                 */
/* ========================================================================================== */

static AdValue os_getcwd_common(int as_bytes) {
    char *buf = getcwd(NULL, 0);
    if (!buf) return ad_err_from_errno(errno, 0);
    AdValue r = name_value(buf, strlen(buf), as_bytes);
    free(buf);
    return r;
}

static AdValue os_getcwd(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (noargs("posix.getcwd", nargs, kwnames) < 0) return AD_ERROR;
    return os_getcwd_common(0);
}

static AdValue os_getcwdb(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (noargs("posix.getcwdb", nargs, kwnames) < 0) return AD_ERROR;
    return os_getcwd_common(1);
}

static AdValue os_chdir(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    PathArg p;
    if (ad_parse_args("chdir", args, nargs, kwnames, "path", a) < 0 || path_arg("chdir", "path", a[0], 1, 0, &p) < 0)
        return AD_ERROR;
    int r = p.narrow ? chdir(p.narrow) : fchdir(p.fd);
    return r == 0 ? AD_NONE : path_error(&p);
}

static AdValue os_listdir(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    PathArg p;
    if (ad_parse_args("listdir", args, nargs, kwnames, "|path", a) < 0 ||
        path_arg("listdir", "path", a[0], 1, 1, &p) < 0)
        return AD_ERROR;
    DIR *dir;
    if (p.narrow) {
        dir = opendir(p.narrow);
    } else {
        int fd = dup(p.fd);
        dir = fd < 0 ? NULL : fdopendir(fd);
        if (!dir && fd >= 0) close(fd);
        if (dir) rewinddir(dir);
    }
    if (!dir) return path_error(&p);
    AdValue list = ad_list_new(0);
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(dir);
        if (!e) break;
        const char *n = e->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        AdValue name = name_value(n, strlen(n), p.is_bytes);
        if (!name || ad_list_append(list, name) < 0) {
            closedir(dir);
            return AD_ERROR;
        }
    }
    int err = errno;
    closedir(dir);
    if (err) {
        errno = err;
        return path_error(&p);
    }
    return list;
}

/* mkdir(path, mode=0o777, *, dir_fd=None) */
static AdValue os_mkdir(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    PathArg p;
    int mode = 0777, dir_fd;
    if (ad_parse_args("mkdir", args, nargs, kwnames, "path|mode,$dir_fd", a) < 0 ||
        path_arg("mkdir", "path", a[0], 0, 0, &p) < 0 || (a[1] && int_arg(a[1], &mode) < 0) ||
        dir_fd_arg(a[2], &dir_fd) < 0)
        return AD_ERROR;
    return mkdirat(dir_fd, p.narrow, (mode_t)mode) == 0 ? AD_NONE : path_error(&p);
}

/* rmdir, remove and unlink: (path, *, dir_fd=None). */
static AdValue remove_common(const char *fname, const AdValue *args, size_t nargs, AdValue kwnames, int flags) {
    AdValue a[2];
    PathArg p;
    int dir_fd;
    if (ad_parse_args(fname, args, nargs, kwnames, "path|$dir_fd", a) < 0 ||
        path_arg(fname, "path", a[0], 0, 0, &p) < 0 || dir_fd_arg(a[1], &dir_fd) < 0)
        return AD_ERROR;
    return unlinkat(dir_fd, p.narrow, flags) == 0 ? AD_NONE : path_error(&p);
}

static AdValue os_rmdir(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return remove_common("rmdir", args, nargs, kwnames, AT_REMOVEDIR);
}

static AdValue os_remove(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return remove_common("remove", args, nargs, kwnames, 0);
}

static AdValue os_unlink(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return remove_common("unlink", args, nargs, kwnames, 0);
}

/* rename / replace (src, dst, *, src_dir_fd=None, dst_dir_fd=None); link and symlink take two
 * paths too. `op` 0 rename, 1 link, 2 symlink. */
static AdValue two_paths(const char *fname, const AdValue *args, size_t nargs, AdValue kwnames, int op) {
    static const char *const specs[] = {
        "src,dst|$src_dir_fd,dst_dir_fd",
        "src,dst|$src_dir_fd,dst_dir_fd,follow_symlinks",
        "src,dst|target_is_directory,$dir_fd",
    };
    AdValue a[5] = {0};
    PathArg src, dst;
    int sfd = AT_FDCWD, dfd = AT_FDCWD;
    if (ad_parse_args(fname, args, nargs, kwnames, specs[op], a) < 0 ||
        path_arg(fname, "src", a[0], 0, 0, &src) < 0 || path_arg(fname, "dst", a[1], 0, 0, &dst) < 0)
        return AD_ERROR;
    if (op == 2) {
        if (dir_fd_arg(a[3], &dfd) < 0) return AD_ERROR;
        return symlinkat(src.narrow, dfd, dst.narrow) == 0 ? AD_NONE : path_error2(&src, &dst);
    }
    if (dir_fd_arg(a[2], &sfd) < 0 || dir_fd_arg(a[3], &dfd) < 0) return AD_ERROR;
    if (src.is_bytes != dst.is_bytes)
        return ad_err_format(&ad_TypeError, "%s: src and dst must be the same type", fname);
    int r = op == 0 ? renameat(sfd, src.narrow, dfd, dst.narrow) : linkat(sfd, src.narrow, dfd, dst.narrow, 0);
    return r == 0 ? AD_NONE : path_error2(&src, &dst);
}

static AdValue os_rename(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return two_paths("rename", args, nargs, kwnames, 0);
}

static AdValue os_replace(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return two_paths("replace", args, nargs, kwnames, 0);
}

static AdValue os_link(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return two_paths("link", args, nargs, kwnames, 1);
}

static AdValue os_symlink(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return two_paths("symlink", args, nargs, kwnames, 2);
}

static AdValue os_readlink(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[2];
    PathArg p;
    int dir_fd;
    if (ad_parse_args("readlink", args, nargs, kwnames, "path|$dir_fd", a) < 0 ||
        path_arg("readlink", "path", a[0], 0, 0, &p) < 0 || dir_fd_arg(a[1], &dir_fd) < 0)
        return AD_ERROR;
    char buf[PATH_MAX + 1];
    ssize_t n = readlinkat(dir_fd, p.narrow, buf, sizeof buf - 1);
    if (n < 0) return path_error(&p);
    return name_value(buf, (size_t)n, p.is_bytes);
}

/* access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) */
static AdValue os_access(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[5];
    PathArg p;
    int mode, dir_fd;
    if (ad_parse_args("access", args, nargs, kwnames, "path,mode|$dir_fd,effective_ids,follow_symlinks", a) < 0 ||
        path_arg("access", "path", a[0], 0, 0, &p) < 0 || int_arg(a[1], &mode) < 0 || dir_fd_arg(a[2], &dir_fd) < 0)
        return AD_ERROR;
    int flags = 0;
    if (a[3] && ad_truth(a[3]) > 0) flags |= AT_EACCESS;
    if (a[4] && ad_truth(a[4]) == 0) flags |= AT_SYMLINK_NOFOLLOW;
    return ad_bool(faccessat(dir_fd, p.narrow, mode, flags) == 0);
}

/* chmod(path, mode, *, dir_fd=None, follow_symlinks=True) */
static AdValue os_chmod(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[4];
    PathArg p;
    int mode, dir_fd;
    if (ad_parse_args("chmod", args, nargs, kwnames, "path,mode|$dir_fd,follow_symlinks", a) < 0 ||
        path_arg("chmod", "path", a[0], 1, 0, &p) < 0 || int_arg(a[1], &mode) < 0 || dir_fd_arg(a[2], &dir_fd) < 0)
        return AD_ERROR;
    int r = p.narrow ? fchmodat(dir_fd, p.narrow, (mode_t)mode, 0) : fchmod(p.fd, (mode_t)mode);
    return r == 0 ? AD_NONE : path_error(&p);
}

static AdValue os_umask(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int mask;
    if (one_arg("posix.umask", nargs, kwnames) < 0 || int_arg(args[0], &mask) < 0) return AD_ERROR;
    return ad_small(umask((mode_t)mask));
}

/* ========================================================================================== */
/* MARK: File descriptors                                                                      */
/* ========================================================================================== */

/* open(path, flags, mode=0o777, *, dir_fd=None): non-inheritable, as CPython makes it. */
static AdValue os_open(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[4];
    PathArg p;
    int flags, mode = 0777, dir_fd;
    if (ad_parse_args("open", args, nargs, kwnames, "path,flags|mode,$dir_fd", a) < 0 ||
        path_arg("open", "path", a[0], 0, 0, &p) < 0 || int_arg(a[1], &flags) < 0 ||
        (a[2] && int_arg(a[2], &mode) < 0) || dir_fd_arg(a[3], &dir_fd) < 0)
        return AD_ERROR;
    int fd;
    do fd = openat(dir_fd, p.narrow, flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    return fd < 0 ? path_error(&p) : ad_small(fd);
}

static AdValue os_close(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    int fd;
    if (ad_parse_args("close", args, nargs, kwnames, "fd", a) < 0 || int_arg(a[0], &fd) < 0) return AD_ERROR;
    return close(fd) == 0 ? AD_NONE : ad_err_from_errno(errno, 0);
}

static AdValue os_read(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int fd;
    int64_t n;
    if (positional("posix.read", "read", nargs, 2, kwnames) < 0 ||
        int_arg(args[0], &fd) < 0 || ssize_arg(args[1], &n) < 0)
        return AD_ERROR;
    if (n < 0) {
        errno = EINVAL;
        return ad_err_from_errno(errno, 0);
    }
    char *buf = ad_alloc_atomic((size_t)n + 1);
    if (!buf) return ad_err_set(&ad_MemoryError, "");
    ssize_t got;
    do got = read(fd, buf, (size_t)n);
    while (got < 0 && errno == EINTR);
    if (got < 0) return ad_err_from_errno(errno, 0);
    return ad_bytes_from(buf, (size_t)got);
}

static AdValue os_write(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int fd;
    if (positional("posix.write", "write", nargs, 2, kwnames) < 0 ||
        int_arg(args[0], &fd) < 0)
        return AD_ERROR;
    const unsigned char *data;
    int64_t len;
    if (!ad_bytes_like(args[1], &data, &len))
        return ad_err_format(&ad_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    if (fd == 1 || fd == 2) ad_runtime_flush();  /* keep the order of print() and os.write() */
    ssize_t done;
    do done = write(fd, data, (size_t)len);
    while (done < 0 && errno == EINTR);
    return done < 0 ? ad_err_from_errno(errno, 0) : ad_int_from_i64(done);
}

static AdValue os_lseek(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int fd, how;
    int64_t pos;
    if (positional("posix.lseek", "lseek", nargs, 3, kwnames) < 0 ||
        int_arg(args[0], &fd) < 0 || ssize_arg(args[1], &pos) < 0 || int_arg(args[2], &how) < 0)
        return AD_ERROR;
    off_t r = lseek(fd, (off_t)pos, how);
    return r < 0 ? ad_err_from_errno(errno, 0) : ad_int_from_i64(r);
}

static AdValue os_isatty(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int fd;
    if (one_arg("posix.isatty", nargs, kwnames) < 0 || int_arg(args[0], &fd) < 0) return AD_ERROR;
    return ad_bool(isatty(fd));
}

/* ========================================================================================== */
/* MARK: Process, environment, randomness                                                      */
/* ========================================================================================== */

#define ID_FUNC(name, expr)                                                                     \
    static AdValue os_##name(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {  \
        if (noargs("posix." #name, nargs, kwnames) < 0) return AD_ERROR;                       \
        return ad_int_from_i64((int64_t)(expr));                                                \
    }
ID_FUNC(getpid, getpid())
ID_FUNC(getppid, getppid())
ID_FUNC(getuid, getuid())
ID_FUNC(geteuid, geteuid())
ID_FUNC(getgid, getgid())
ID_FUNC(getegid, getegid())

static AdValue os_cpu_count(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (noargs("posix.cpu_count", nargs, kwnames) < 0) return AD_ERROR;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n >= 1 ? ad_int_from_i64(n) : AD_NONE;
}

static AdValue os_strerror(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int code;
    if (one_arg("posix.strerror", nargs, kwnames) < 0 || int_arg(args[0], &code) < 0) return AD_ERROR;
    return ad_str_from_cstr(strerror(code));
}

static AdValue os_urandom(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    int64_t size;
    if (one_arg("posix.urandom", nargs, kwnames) < 0 || ssize_arg(args[0], &size) < 0) return AD_ERROR;
    if (size < 0) return ad_err_set(&ad_ValueError, "negative argument not allowed");
    uint8_t *buf = ad_alloc_atomic((size_t)size + 1);
    if (!buf) return ad_err_set(&ad_MemoryError, "");
    for (int64_t done = 0; done < size;) {
        ssize_t n = getrandom(buf + done, (size_t)(size - done), 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            return ad_err_from_errno(errno, 0);
        }
        done += n;
    }
    return ad_bytes_from(buf, (size_t)size);
}

/* A str argument for the environment functions: "str expected, not int". */
static const char *env_text(AdValue v, int check_name) {
    if (!ad_is_str(v)) return ad_err_format(&ad_TypeError, "str expected, not %T", v), NULL;
    size_t len;
    const char *s = ad_str_utf8(v, &len);
    if (strlen(s) != len) return ad_err_set(&ad_ValueError, "embedded null byte"), NULL;
    if (check_name && strchr(s, '=')) return ad_err_set(&ad_ValueError, "illegal environment variable name"), NULL;
    return s;
}

static AdValue os_putenv(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (positional("posix.putenv", "putenv", nargs, 2, kwnames) < 0) return AD_ERROR;
    const char *name = env_text(args[0], 1);
    if (!name) return AD_ERROR;
    const char *value = env_text(args[1], 0);
    if (!value) return AD_ERROR;
    return setenv(name, value, 1) == 0 ? AD_NONE : ad_err_from_errno(errno, 0);
}

static AdValue os_unsetenv(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("posix.unsetenv", nargs, kwnames) < 0) return AD_ERROR;
    const char *name = env_text(args[0], 1);
    if (!name) return AD_ERROR;
    return unsetenv(name) == 0 ? AD_NONE : ad_err_from_errno(errno, 0);
}

/* The process environment as a dict of strs, in the order of `environ`. */
static AdValue environ_dict(void) {
    AdValue d = ad_dict_new();
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) continue;
        AdValue k = ad_str_from_utf8(*e, (size_t)(eq - *e));
        AdValue v = ad_str_from_utf8(eq + 1, strlen(eq + 1));
        if (!k || !v) return AD_ERROR;
        AdValue existing = 0;
        if (ad_dict_lookup(d, k, &existing) == 1) continue;  /* the first definition wins, as in CPython */
        ad_dict_set(d, k, v);
    }
    return d;
}

static AdValue os_system(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    if (ad_parse_args("system", args, nargs, kwnames, "command", a) < 0) return AD_ERROR;
    PathArg p;
    if (path_arg("system", "command", a[0], 0, 0, &p) < 0) return AD_ERROR;
    ad_runtime_flush();
    return ad_int_from_i64(system(p.narrow));
}

static AdValue os_exit_now(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    int code;
    if (ad_parse_args("_exit", args, nargs, kwnames, "status", a) < 0 || int_arg(a[0], &code) < 0) return AD_ERROR;
    _exit(code);
}

/* _home_directory(name): the home directory of a user from the password database (None: the
 * current user), or None when there is no such entry — for os.path.expanduser. */
static AdValue os_home_directory(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("_home_directory", kwnames) < 0 || ad_check_nargs("_home_directory", nargs, 1, 1) < 0)
        return AD_ERROR;
    struct passwd pw, *found = NULL;
    char buf[16384];
    if (args[0] == AD_NONE) {
        getpwuid_r(getuid(), &pw, buf, sizeof buf, &found);
    } else {
        const char *name = env_text(args[0], 0);
        if (!name) return AD_ERROR;
        getpwnam_r(name, &pw, buf, sizeof buf, &found);
    }
    if (!found || !found->pw_dir) return AD_NONE;
    return ad_str_from_cstr(found->pw_dir);
}

static AdValue os_fspath(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    if (ad_parse_args("fspath", args, nargs, kwnames, "path", a) < 0) return AD_ERROR;
    AdValue r = fspath_or_0(a[0]);
    if (r || ad_err_occurred()) return r;
    return ad_err_format(&ad_TypeError, "expected str, bytes or os.PathLike object, not %T", a[0]);
}

/* ========================================================================================== */
/* MARK: The module                                                                            */
/* ========================================================================================== */

static const AdMethodDef os_functions[] = {
    {"stat", os_stat, 0},
    {"lstat", os_lstat, 0},
    {"fstat", os_fstat, 0},
    {"getcwd", os_getcwd, 0},
    {"getcwdb", os_getcwdb, 0},
    {"chdir", os_chdir, 0},
    {"listdir", os_listdir, 0},
    {"mkdir", os_mkdir, 0},
    {"rmdir", os_rmdir, 0},
    {"remove", os_remove, 0},
    {"unlink", os_unlink, 0},
    {"rename", os_rename, 0},
    {"replace", os_replace, 0},
    {"link", os_link, 0},
    {"symlink", os_symlink, 0},
    {"readlink", os_readlink, 0},
    {"access", os_access, 0},
    {"chmod", os_chmod, 0},
    {"umask", os_umask, 0},
    {"open", os_open, 0},
    {"close", os_close, 0},
    {"read", os_read, 0},
    {"write", os_write, 0},
    {"lseek", os_lseek, 0},
    {"isatty", os_isatty, 0},
    {"getpid", os_getpid, 0},
    {"getppid", os_getppid, 0},
    {"getuid", os_getuid, 0},
    {"geteuid", os_geteuid, 0},
    {"getgid", os_getgid, 0},
    {"getegid", os_getegid, 0},
    {"cpu_count", os_cpu_count, 0},
    {"strerror", os_strerror, 0},
    {"urandom", os_urandom, 0},
    {"putenv", os_putenv, 0},
    {"unsetenv", os_unsetenv, 0},
    {"system", os_system, 0},
    {"_exit", os_exit_now, 0},
    {"fspath", os_fspath, 0},
    {"_home_directory", os_home_directory, 0},
    {NULL, NULL, 0},
};

static void add_int_constants(AdValue m) {
    static const struct { const char *name; long value; } constants[] = {
        {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR}, {"O_APPEND", O_APPEND},
        {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK},
        {"O_CLOEXEC", O_CLOEXEC}, {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW},
        {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
        {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
        {"EX_OK", 0},
    };
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        ad_module_add(m, constants[i].name, ad_int_from_i64(constants[i].value));
}

AdValue ad_os_module_create(void) {
    ad_structseq_ready(&stat_result_type);
    AdValue m = ad_module_new("_os");
    ad_module_add_functions(m, os_functions);
    ad_module_add(m, "stat_result", AD_VAL(&stat_result_type.type));
    AdValue env = environ_dict();
    if (!env) return AD_ERROR;
    ad_module_add(m, "environ", env);
    add_int_constants(m);
    return m;
}
