# and/or/not: operand values, short-circuit evaluation with side effects, precedence.

log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False

print(t("a") and f("b") and t("c"), log)
log.clear()
print(f("a") or f("b") or t("c") or t("d"), log)
log.clear()
print(not t("a") or t("b"), log)
log.clear()
print(f("a") and t("b") or t("c"), log)
log.clear()
print(t("a") or f("b") and f("c"), log)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or "last", [] or {} or (), "a" or 1 / 0)
print(0 and 1 / 0, not 0 and 5, not (1 and 0), (not 1) == False, not not "x", not [] == [])
value = None
name = value or "anonymous"
print(name, value and value.upper(), "x" and "x".upper())
print(True + (1 and 2), (0 or 4) * 2, -(5 and 6), [x for x in [0, 1, 2] if x and x > 1])
def first_truthy(*values):
    result = None
    for v in values:
        result = result or v
    return result
print(first_truthy(0, "", 7, 9), first_truthy(), first_truthy(0, None))
