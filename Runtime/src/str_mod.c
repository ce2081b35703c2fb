/*
 * str_mod.c — printf-style formatting: `fmt % args` for str.
 */
#include "strings.h"

AdValue ad_str_mod(AdValue fmt, AdValue args) {
    return ad_err_set(&ad_NotImplementedError, "%-formatting is not implemented yet");
}
