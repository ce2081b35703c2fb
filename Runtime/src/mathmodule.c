/*
 * mathmodule.c — the math module: CPython 3.11's functions and constants on numbers.
 */
#include "numbers.h"

static const AdMethodDef math_functions[] = {
    {NULL, NULL, 0},
};

AdValue ad_math_module_create(void) {
    AdValue m = ad_module_new("math");
    ad_module_add_functions(m, math_functions);
    ad_module_add(m, "pi", ad_float(3.141592653589793));
    ad_module_add(m, "e", ad_float(2.718281828459045));
    ad_module_add(m, "tau", ad_float(6.283185307179586));
    ad_module_add(m, "inf", ad_float(INFINITY));
    ad_module_add(m, "nan", ad_float(NAN));
    return m;
}
