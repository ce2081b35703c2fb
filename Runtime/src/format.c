/*
 * format.c — the format-spec mini-language (format(), __format__ of str, int and float) and
 * str.format / str.format_map.
 */
#include "strings.h"

AdValue ad_format_str(AdValue s, AdValue spec) {
    if (ad_str_len(spec) == 0) return ad_str_exact(s);
    return ad_err_set(&ad_NotImplementedError, "format specs are not implemented yet");
}

AdValue ad_format_int(AdValue v, AdValue spec) {
    if (ad_str_len(spec) == 0) return ad_int_to_str(v, 10);
    return ad_err_set(&ad_NotImplementedError, "format specs are not implemented yet");
}

AdValue ad_format_float(double d, AdValue spec) {
    if (ad_str_len(spec) == 0) {
        char buf[32];
        int n = ad_double_repr(d, buf);
        return ad_str_from_ascii(buf, (size_t)n);
    }
    return ad_err_set(&ad_NotImplementedError, "format specs are not implemented yet");
}

AdValue ad_str_format_call(AdValue fmt, const AdValue *args, size_t nargs, AdValue kwnames) {
    return ad_err_set(&ad_NotImplementedError, "str.format is not implemented yet");
}

AdValue ad_str_format_map(AdValue fmt, AdValue mapping) {
    return ad_err_set(&ad_NotImplementedError, "str.format_map is not implemented yet");
}
