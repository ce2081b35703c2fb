# List operators: + * += *= comparisons, membership, aliasing, nested lists, and their errors.

a = [1, 2]
b = [3]
print(a + b, a * 3, 3 * b, a * 0, a * -1, [] * 5, [[0] * 2] * 2)
c = a
c += [9]
print(a, c, c is a)
c = c + [10]
print(a, c, c is a)
c *= 2
print(c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] <= [1, 2], ["a"] < ["b"], [1, 2, 3] >= [1, 2])
print(2 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], 2], "a" in ["abc"], None in [None])
lst = [10, 20, 30]
lst[0] = 11
lst[-1] += 1
lst[1] *= 2
print(lst, lst[0], lst[-3], len(lst))
del lst[1]
print(lst)
nested = [1, [2, [3, [4, [5]]]]]
print(nested[1][1][1][1][0], len(nested), nested[1][1])
x = [1, 2, 3]
y = x
z = x[:]
y.append(4)
print(x, y, z, x is y, x is z, x == y)
print(max([3, 8, 1]), min([[2], [1, 5]]), sum([1, 2, 3]), list(reversed([1, 2, 3])), [1, 2, 3][::-1])
one = [1]
for label, fn in [("index", lambda: [1, 2][2]),
                  ("negative index", lambda: [1, 2][-3]),
                  ("assign index", lambda: x.__setitem__(10, 0)),
                  ("str index", lambda: one["0"]),
                  ("float index", lambda: one[0.0]),
                  ("list + tuple", lambda: [1] + (2,)),
                  ("list + int", lambda: [1] + 1),
                  ("list * list", lambda: [1] * [2]),
                  ("list - list", lambda: [1] - [1]),
                  ("list < int", lambda: [1] < 1),
                  ("unhashable", lambda: {[1]: 2}),
                  ("hash", lambda: hash([])),
                  ("call", lambda: one(0)),
                  ("attr", lambda: [].push(1))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def assign_out_of_range():
    l = [1, 2]
    l[5] = 0
def delete_out_of_range():
    l = [1, 2]
    del l[2]
for fn in [assign_out_of_range, delete_out_of_range]:
    try:
        fn()
    except IndexError as e:
        print("IndexError:", e)
