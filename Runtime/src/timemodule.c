/*
 * timemodule.c — the `time` module: clocks, sleep, struct_time conversions (gmtime, localtime,
 * mktime), strftime, asctime and ctime, with CPython 3.11's argument rules and messages.
 *
 * How the pieces follow CPython:
 *  - Clocks read clock_gettime as CPython does on Linux: time() is CLOCK_REALTIME, monotonic()
 *    and perf_counter() are CLOCK_MONOTONIC, process_time() is CLOCK_PROCESS_CPUTIME_ID and
 *    thread_time() CLOCK_THREAD_CPUTIME_ID. The float forms are nanoseconds divided by 1e9 (exact
 *    seconds when the nanoseconds are a whole number of seconds, as _PyTime_AsSecondsDouble).
 *  - A timestamp argument (gmtime, localtime, ctime) is floored to a time_t; NaN and values
 *    outside time_t are errors. sleep() takes seconds as a float or an int.
 *  - A time tuple argument (mktime, strftime, asctime) is a tuple or struct_time of exactly nine
 *    C ints, adjusted as gettmarg does (year - 1900, month - 1, (wday + 1) % 7, yday - 1); a
 *    struct_time also lends its tm_zone and tm_gmtoff. strftime and asctime then check the ranges
 *    (checktm), where 0 for the month, the day of the month and the day of the year means the
 *    lowest valid value.
 *  - struct_time is a struct sequence (structseq.h) of nine visible fields plus tm_zone and
 *    tm_gmtoff.
 *  - timezone, altzone, daylight and tzname come from the local time of January 1st and July 1st
 *    of the current year, as CPython's init_timezone computes them.
 */
#include "structseq.h"
#include "numbers.h"
#include "strings.h"

#include <errno.h>
#include <limits.h>
#include <string.h>
#include <time.h>

/* ========================================================================================== */
/* MARK: struct_time                                                                           */
/* ========================================================================================== */

static const char *const struct_time_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
    "tm_zone", "tm_gmtoff",
};

static AdStructSeqType struct_time_type = {
    .type = {.name = "time.struct_time"},
    .fields = struct_time_fields,
    .nfields = 11,
    .nvisible = 9,
};

static AdValue struct_time_from_tm(const struct tm *tm) {
    AdValue items[11] = {
        ad_int_from_i64((int64_t)tm->tm_year + 1900),
        ad_small(tm->tm_mon + 1),
        ad_small(tm->tm_mday),
        ad_small(tm->tm_hour),
        ad_small(tm->tm_min),
        ad_small(tm->tm_sec),
        ad_small((tm->tm_wday + 6) % 7),
        ad_small(tm->tm_yday + 1),
        ad_small(tm->tm_isdst),
        tm->tm_zone ? ad_str_from_cstr(tm->tm_zone) : AD_NONE,
        ad_int_from_i64(tm->tm_gmtoff),
    };
    if (!items[9]) return AD_ERROR;
    return ad_structseq_new(&struct_time_type, items);
}

/* ========================================================================================== */
/* MARK: Arguments                                                                             */
/* ========================================================================================== */

/* PyArg_ParseTuple's arity message for "|O:name": "gmtime() takes at most 1 argument (2 given)". */
static int at_most_one(const char *name, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", name), -1;
    if (nargs > 1) return ad_err_format(&ad_TypeError, "%s() takes at most 1 argument (%zu given)", name, nargs), -1;
    return 0;
}

/* METH_NOARGS: "time.time() takes no arguments (1 given)". */
static int no_args(const char *qualname, size_t nargs, AdValue kwnames) {
    return (nargs || kwnames) ? ad_num_noargs(qualname, nargs, kwnames) : 0;
}

/* METH_O: "time.sleep() takes exactly one argument (0 given)". */
static int one_arg(const char *qualname, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", qualname), -1;
    if (nargs != 1)
        return ad_err_format(&ad_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs), -1;
    return 0;
}

/* An integer through __index__ as a long long: OverflowError `overflow_msg` when out of range. */
static int index_i64(AdValue v, const char *overflow_msg, int64_t *out) {
    int64_t i = ad_index_value(v, &ad_OverflowError);
    if (i == -1 && ad_err_occurred()) {
        if (ad_err_matches(&ad_OverflowError)) {
            ad_err_clear();
            ad_err_set(&ad_OverflowError, overflow_msg);
        }
        return -1;
    }
    *out = i;
    return 0;
}

/* _PyTime_ObjectToTime_t with floor rounding. */
static int timestamp_arg(AdValue v, time_t *out) {
    if (ad_num_is_float(v)) {
        double d = ad_float_val(v);
        if (isnan(d)) return ad_err_set(&ad_ValueError, "Invalid value NaN (not a number)"), -1;
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return ad_err_set(&ad_OverflowError, "timestamp out of range for platform time_t"), -1;
        *out = (time_t)d;
        return 0;
    }
    int64_t i;
    if (index_i64(v, "timestamp out of range for platform time_t", &i) < 0) return -1;
    *out = (time_t)i;
    return 0;
}

/* The current time as a time_t, or the argument when given and not None. */
static int timestamp_or_now(const AdValue *args, size_t nargs, time_t *out) {
    if (nargs && args[0] != AD_NONE) return timestamp_arg(args[0], out);
    *out = time(NULL);
    return 0;
}

/* A C int of a time tuple, as PyArg_ParseTuple's "i". */
static int tuple_int(AdValue v, int *out) {
    AdValue exact = ad_index(v);
    if (!exact) return -1;
    AdIntView view;
    ad_int_view(exact, &view);
    if (mpz_cmp_si(view.z, INT_MAX) > 0)
        return ad_err_set(&ad_OverflowError, "signed integer is greater than maximum"), -1;
    if (mpz_cmp_si(view.z, INT_MIN) < 0)
        return ad_err_set(&ad_OverflowError, "signed integer is less than minimum"), -1;
    *out = (int)mpz_get_si(view.z);
    return 0;
}

/* gettmarg: a tuple or struct_time of nine ints into a struct tm. `fname` names the function in
 * "mktime(): illegal time tuple argument". */
static int time_tuple_arg(AdValue v, struct tm *tm, const char *fname) {
    memset(tm, 0, sizeof *tm);
    if (!ad_isinstance_type(v, &ad_tuple_type))
        return ad_err_set(&ad_TypeError, "Tuple or struct_time argument required"), -1;
    if (ad_tuple_len(v) != 9)
        return ad_err_format(&ad_TypeError, "%s(): illegal time tuple argument", fname), -1;
    int f[9];
    for (int i = 0; i < 9; i++)
        if (tuple_int(ad_tuple_get(v, i), &f[i]) < 0) return -1;
    if (f[0] < INT_MIN + 1900) return ad_err_set(&ad_OverflowError, "year out of range"), -1;
    tm->tm_year = f[0] - 1900;
    tm->tm_mon = f[1] - 1;
    tm->tm_mday = f[2];
    tm->tm_hour = f[3];
    tm->tm_min = f[4];
    tm->tm_sec = f[5];
    tm->tm_wday = (f[6] + 1) % 7;
    tm->tm_yday = f[7] - 1;
    tm->tm_isdst = f[8];
    if (ad_type(v) == &struct_time_type.type) {
        AdValue zone = AD_AS(AdTuple, v)->items[9], gmtoff = AD_AS(AdTuple, v)->items[10];
        if (zone != AD_NONE) {
            if (!ad_is_str(zone)) return ad_err_format(&ad_TypeError, "bad argument type for built-in operation"), -1;
            tm->tm_zone = ad_str_utf8(zone, NULL);
        }
        if (gmtoff != AD_NONE) {
            int64_t off;
            if (index_i64(gmtoff, "Python int too large to convert to C long", &off) < 0) return -1;
            tm->tm_gmtoff = off;
        }
    }
    return 0;
}

/* checktm: the ranges strftime and asctime index tables with. */
static int check_tm(struct tm *tm) {
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    else if (tm->tm_mon < 0 || tm->tm_mon > 11) return ad_err_set(&ad_ValueError, "month out of range"), -1;
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    else if (tm->tm_mday < 0 || tm->tm_mday > 31) return ad_err_set(&ad_ValueError, "day of month out of range"), -1;
    if (tm->tm_hour < 0 || tm->tm_hour > 23) return ad_err_set(&ad_ValueError, "hour out of range"), -1;
    if (tm->tm_min < 0 || tm->tm_min > 59) return ad_err_set(&ad_ValueError, "minute out of range"), -1;
    if (tm->tm_sec < 0 || tm->tm_sec > 61) return ad_err_set(&ad_ValueError, "seconds out of range"), -1;
    if (tm->tm_wday < 0) return ad_err_set(&ad_ValueError, "day of week out of range"), -1;
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    else if (tm->tm_yday < 0 || tm->tm_yday > 365) return ad_err_set(&ad_ValueError, "day of year out of range"), -1;
    return 0;
}

static int local_time(time_t t, struct tm *tm) {
    errno = 0;
    if (!localtime_r(&t, tm)) {
        ad_err_from_errno(errno ? errno : EINVAL, 0);
        return -1;
    }
    return 0;
}

static int utc_time(time_t t, struct tm *tm) {
    errno = 0;
    if (!gmtime_r(&t, tm)) {
        ad_err_from_errno(errno ? errno : EINVAL, 0);
        return -1;
    }
    return 0;
}

/* ========================================================================================== */
/* MARK: Clocks and sleep                                                                      */
/* ========================================================================================== */

static int64_t clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* _PyTime_AsSecondsDouble: whole seconds exactly, else nanoseconds / 1e9. */
static AdValue seconds_float(int64_t ns) {
    if (ns % 1000000000 == 0) return ad_float((double)(ns / 1000000000));
    return ad_float((double)ns / 1e9);
}

#define CLOCK_FUNCS(name, clock)                                                                 \
    static AdValue time_##name(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {  \
        if (no_args("time." #name, nargs, kwnames) < 0) return AD_ERROR;                        \
        return seconds_float(clock_ns(clock));                                                   \
    }                                                                                            \
    static AdValue time_##name##_ns(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) { \
        if (no_args("time." #name "_ns", nargs, kwnames) < 0) return AD_ERROR;                  \
        return ad_int_from_i64(clock_ns(clock));                                                 \
    }

CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

static AdValue time_sleep(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("time.sleep", nargs, kwnames) < 0) return AD_ERROR;
    double secs;
    AdValue v = args[0];
    if (ad_num_is_float(v)) {
        secs = ad_float_val(v);
        if (isnan(secs)) return ad_err_set(&ad_ValueError, "Invalid value NaN (not a number)");
        if (!(fabs(secs) < 9223372036.0))
            return ad_err_set(&ad_OverflowError, "timestamp out of range for platform time_t");
    } else {
        int64_t i;
        if (index_i64(v, "timestamp too large to convert to C _PyTime_t", &i) < 0) return AD_ERROR;
        if (i > 9223372036 || i < -9223372036)
            return ad_err_set(&ad_OverflowError, "timestamp too large to convert to C _PyTime_t");
        secs = (double)i;
    }
    if (secs < 0) return ad_err_set(&ad_ValueError, "sleep length must be non-negative");
    struct timespec req, rem;
    req.tv_sec = (time_t)secs;
    req.tv_nsec = (long)((secs - (double)req.tv_sec) * 1e9);
    if (req.tv_nsec >= 1000000000) req.tv_nsec = 999999999;
    while (nanosleep(&req, &rem) != 0) {
        if (errno != EINTR) return ad_err_from_errno(errno, 0);
        req = rem;
    }
    return AD_NONE;
}

/* ========================================================================================== */
/* MARK: Conversions                                                                           */
/* ========================================================================================== */

static AdValue time_gmtime(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    time_t t;
    struct tm tm;
    if (at_most_one("gmtime", nargs, kwnames) < 0 || timestamp_or_now(args, nargs, &t) < 0 || utc_time(t, &tm) < 0)
        return AD_ERROR;
    return struct_time_from_tm(&tm);
}

static AdValue time_localtime(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    time_t t;
    struct tm tm;
    if (at_most_one("localtime", nargs, kwnames) < 0 || timestamp_or_now(args, nargs, &t) < 0 ||
        local_time(t, &tm) < 0)
        return AD_ERROR;
    return struct_time_from_tm(&tm);
}

static AdValue time_mktime(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    struct tm tm;
    if (one_arg("time.mktime", nargs, kwnames) < 0 || time_tuple_arg(args[0], &tm, "mktime") < 0) return AD_ERROR;
    tm.tm_wday = -1;  /* sentinel: mktime sets it when it succeeds */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) return ad_err_set(&ad_OverflowError, "mktime argument out of range");
    return ad_float((double)t);
}

static const char *const wday_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const mon_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

static AdValue format_asctime(const struct tm *tm) {
    char buf[96];
    int n = snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wday_names[tm->tm_wday], mon_names[tm->tm_mon],
                     tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900LL + tm->tm_year);
    return ad_str_from_utf8(buf, (size_t)n);
}

static AdValue time_asctime(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames)) return ad_err_set(&ad_TypeError, "asctime() takes no keyword arguments");
    if (nargs > 1) return ad_err_format(&ad_TypeError, "asctime expected at most 1 argument, got %zu", nargs);
    struct tm tm;
    if (nargs && args[0] != AD_NONE) {
        if (time_tuple_arg(args[0], &tm, "asctime") < 0 || check_tm(&tm) < 0) return AD_ERROR;
    } else if (local_time(time(NULL), &tm) < 0) {
        return AD_ERROR;
    }
    return format_asctime(&tm);
}

static AdValue time_ctime(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    time_t t;
    struct tm tm;
    if (at_most_one("ctime", nargs, kwnames) < 0 || timestamp_or_now(args, nargs, &t) < 0 || local_time(t, &tm) < 0)
        return AD_ERROR;
    return format_asctime(&tm);
}

/* strftime(format[, t]): glibc's strftime on the UTF-8 text of the format. An empty result is
 * ambiguous (a format that produces nothing, or a buffer too small), so the buffer grows until
 * it is clearly large enough, as CPython does. */
static AdValue time_strftime(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames)) return ad_err_set(&ad_TypeError, "strftime() takes no keyword arguments");
    if (nargs < 1) return ad_err_format(&ad_TypeError, "strftime() takes at least 1 argument (%zu given)", nargs);
    if (nargs > 2) return ad_err_format(&ad_TypeError, "strftime() takes at most 2 arguments (%zu given)", nargs);
    if (!ad_is_str(args[0])) return ad_err_format(&ad_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    struct tm tm;
    if (nargs == 2) {
        if (time_tuple_arg(args[1], &tm, "strftime") < 0 || check_tm(&tm) < 0) return AD_ERROR;
    } else if (local_time(time(NULL), &tm) < 0) {
        return AD_ERROR;
    }
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    else if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    size_t fmtlen;
    const char *fmt = ad_str_utf8(args[0], &fmtlen);
    if (memchr(fmt, '\0', fmtlen)) return ad_err_set(&ad_ValueError, "embedded null character");
    if (fmtlen == 0) return ad_str_empty();
    for (size_t size = 1024;; size += size) {
        char *buf = ad_alloc_atomic(size);
        if (!buf) return ad_err_set(&ad_MemoryError, "");
        size_t n = strftime(buf, size, fmt, &tm);
        if (n > 0 || size >= 256 * fmtlen) return ad_str_from_utf8(buf, n);
    }
}

/* ========================================================================================== */
/* MARK: The module                                                                            */
/* ========================================================================================== */

static const AdMethodDef time_functions[] = {
    {"time", time_time, 0},
    {"time_ns", time_time_ns, 0},
    {"monotonic", time_monotonic, 0},
    {"monotonic_ns", time_monotonic_ns, 0},
    {"perf_counter", time_perf_counter, 0},
    {"perf_counter_ns", time_perf_counter_ns, 0},
    {"process_time", time_process_time, 0},
    {"process_time_ns", time_process_time_ns, 0},
    {"thread_time", time_thread_time, 0},
    {"thread_time_ns", time_thread_time_ns, 0},
    {"sleep", time_sleep, 0},
    {"gmtime", time_gmtime, 0},
    {"localtime", time_localtime, 0},
    {"mktime", time_mktime, 0},
    {"asctime", time_asctime, 0},
    {"ctime", time_ctime, 0},
    {"strftime", time_strftime, 0},
    {NULL, NULL, 0},
};

/* timezone, altzone, daylight, tzname from January 1st and July 1st of this year. */
static void add_timezone(AdValue m) {
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    int year = tm.tm_year;
    struct tm jan = {.tm_year = year, .tm_mon = 0, .tm_mday = 1, .tm_isdst = -1};
    struct tm jul = {.tm_year = year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1};
    time_t tjan = mktime(&jan), tjul = mktime(&jul);
    localtime_r(&tjan, &jan);
    localtime_r(&tjul, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    char janname[16], julname[16];
    snprintf(janname, sizeof janname, "%s", jan.tm_zone ? jan.tm_zone : "");
    snprintf(julname, sizeof julname, "%s", jul.tm_zone ? jul.tm_zone : "");
    long tz = janzone, alt = julzone;
    const char *std = janname, *dst = julname;
    if (janzone < julzone) {
        /* DST is reversed in the southern hemisphere. */
        tz = julzone;
        alt = janzone;
        std = julname;
        dst = janname;
    }
    ad_module_add(m, "timezone", ad_int_from_i64(tz));
    ad_module_add(m, "altzone", ad_int_from_i64(alt));
    ad_module_add(m, "daylight", ad_small(janzone != julzone));
    AdValue names[2] = {ad_str_from_cstr(std), ad_str_from_cstr(dst)};
    ad_module_add(m, "tzname", ad_tuple_from_array(names, 2));
}

AdValue ad_time_module_create(void) {
    ad_structseq_ready(&struct_time_type);
    tzset();
    AdValue m = ad_module_new("time");
    ad_module_add_functions(m, time_functions);
    ad_module_add(m, "struct_time", AD_VAL(&struct_time_type.type));
    add_timezone(m);
    return m;
}
