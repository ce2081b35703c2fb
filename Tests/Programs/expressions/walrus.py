# Assignment expressions (:=) in conditions, comprehensions and while loops.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
values = iter(data)
while (v := next(values, None)) is not None:
    print("value", v, end="; ")
print()
print([y for x in data if (y := x * 2) > 6], [last := x for x in range(3)], last)
total = 0
print([total := total + x for x in data], total)
def find_first_even(xs):
    if any([(found := x) % 2 == 0 for x in xs]):
        return found
    return None
print(find_first_even([1, 3, 6, 7]), (w := 10) + w)
