# Less common corners of the builtins: iter(callable, sentinel), format of types without a spec,
# hex of floats, truth of nan, enumerate with a big start.

values = iter([5, 4, 3, 0, 2, 1])
print(list(iter(values.__next__, 0)), list(values))
state = [0]
def tick():
    state[0] += 1
    return state[0]
print(list(iter(tick, 5)), next(iter(tick, 100)))
lines = iter(["a", "b", "", "c"])
print([line for line in iter(lambda: next(lines), "")])
for label, fn in [("format(None, 's')", lambda: format(None, "s")), ("format([1], '>5')", lambda: format([1], ">5")),
                  ("format(None, '')", lambda: format(None, "")), ("format((1, 2), '')", lambda: format((1, 2), "")),
                  ("hex(3.5)", lambda: hex(3.5)), ("oct('7')", lambda: oct("7")), ("bin(None)", lambda: bin(None)),
                  ("bool(nan)", lambda: bool(float("nan"))), ("bool(-0.0)", lambda: bool(-0.0)),
                  ("enumerate big start", lambda: list(enumerate("ab", 2 ** 64))),
                  ("enumerate negative start", lambda: list(enumerate("ab", -1))),
                  ("next(iter(()), default)", lambda: next(iter(()), "default")),
                  ("divmod(-0.0, 1)", lambda: divmod(-0.0, 1)), ("pow(-2, 2, 5)", lambda: pow(-2, 2, 5)),
                  ("abs(-2**63)", lambda: abs(-2 ** 63)), ("round(-0.4)", lambda: round(-0.4)),
                  ("round(-0.4, 0)", lambda: round(-0.4, 0)), ("min('b', 'a', key=None)", lambda: min("b", "a", key=None)),
                  ("sorted(key=None)", lambda: sorted([2, 1], key=None)), ("sum([], 0.0)", lambda: sum([], 0.0)),
                  ("ord(chr(0x10FFFF))", lambda: ord(chr(0x10FFFF))),
                  ("chr(0xD800) repr", lambda: repr(chr(0xD800))), ("repr of str with quote kinds", lambda: repr("'\"")),
                  ("isinstance(x, ())", lambda: isinstance(1, ())), ("callable(type)", lambda: callable(type)),
                  ("type(type(None))", lambda: type(type(None))), ("int(' 7 ')", lambda: int(" 7 ")),
                  ("float(' -inF ')", lambda: float(" -inF ")), ("list(reversed(range(0)))", lambda: list(reversed(range(0))))]:
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
