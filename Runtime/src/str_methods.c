/*
 * str_methods.c — the methods of str (split, join, strip, find, replace, case mapping, the is*
 * predicates, padding, ...), with CPython 3.11's argument handling and messages.
 */
#include "strings.h"

const AdMethodDef ad_str_methods[] = {
    {NULL, NULL, 0},
};
