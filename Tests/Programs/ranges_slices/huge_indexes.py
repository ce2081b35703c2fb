# Indexes and sizes beyond the machine word: IndexError/OverflowError messages, clamped slices, big ranges.

def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (IndexError, OverflowError, ValueError, MemoryError) as e:
        print(label, "->", type(e).__name__ + ":", e)

big = 2 ** 100
attempt("[0] * 2**63", lambda: [0] * 2 ** 63)
attempt("'a' * 2**63", lambda: "a" * 2 ** 63)
attempt("(1,) * 2**64", lambda: (1,) * 2 ** 64)
attempt("[1, 2][2**63]", lambda: [1, 2][2 ** 63])
attempt("[1, 2][-2**100]", lambda: [1, 2][-big])
attempt("'abc'[2**100]", lambda: "abc"[big])
attempt("(1,)[2**64]", lambda: (1,)[2 ** 64])
attempt("[1, 2, 3][:2**100]", lambda: [1, 2, 3][:big])
attempt("[1, 2, 3][-2**100:]", lambda: [1, 2, 3][-big:])
attempt("[1, 2, 3][::2**100]", lambda: [1, 2, 3][::big])
attempt("[1, 2, 3][::-2**100]", lambda: [1, 2, 3][::-big])
attempt("'abcdef'[2**100:-2**100:-1]", lambda: "abcdef"[big:-big:-1])
attempt("[1].insert(2**100, 5)", lambda: [1].insert(big, 5))
attempt("[1].pop(2**100)", lambda: [1].pop(big))
attempt("'x'.center(2**63)", lambda: "x".center(2 ** 63))
attempt("range(2**100)[2**99]", lambda: range(big)[2 ** 99])
attempt("range(2**100)[-1]", lambda: range(big)[-1])
attempt("range(2**100)[::2**98]", lambda: range(big)[::2 ** 98])
attempt("len(range(2**63))", lambda: len(range(2 ** 63)))
attempt("len(range(2**63 - 1))", lambda: len(range(2 ** 63 - 1)))
attempt("2**80 in range(0, 2**100, 2**79)", lambda: 2 ** 80 in range(0, big, 2 ** 79))
attempt("range(2**100).index(2**99)", lambda: range(big).index(2 ** 99))
attempt("range(2**100)[2**100]", lambda: range(big)[big])
attempt("list(enumerate('ab', 2**64))", lambda: list(enumerate("ab", 2 ** 64)))
attempt("[1, 2, 3][True]", lambda: [1, 2, 3][True])
attempt("'abc'[-1:2**63]", lambda: "abc"[-1:2 ** 63])
lst = list(range(5))
lst[2 ** 100:] = [9]
lst[:-2 ** 100] = [8]
print(lst)
del lst[-2 ** 100:1]
print(lst)
