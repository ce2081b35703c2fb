# if/elif/else, conditional expressions, chained comparisons (middle operand evaluated once), is/in.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

print([classify(n) for n in [-5, 0, 3, 42, 1000]])
for v in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "mid" if x > 5 else "small")
calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10, calls)
print(1 < mid() > 10, calls)
print(10 < mid() < 1, calls)
a = b = c = 3
print(a == b == c, a < b < c, a <= b <= c, 1 < 2 < 3 < 4 < 5, 1 < 3 > 2 < 4, 5 > 4 > 3 > 2 > 6)
print(1 == 1.0 == True, "a" < "b" < "c", [1] == [1] != [2], 2 in [1, 2] in [[1, 2]])
n = None
lst = [1, 2]
alias = lst
print(n is None, n is not None, lst is alias, lst is [1, 2], lst == [1, 2], 3 not in lst, not lst)
if x > 5:
    if x > 6:
        print("nested: x > 6")
    else:
        print("nested: 5 < x <= 6")
if x:
    pass
else:
    print("not reached")
grade = 87
if grade >= 90: print("A")
elif grade >= 80: print("B")
else: print("C")
