# slice objects, .indices(), and slicing of str/tuple/list with negative steps and out-of-range bounds.

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5).stop, slice(5).start, slice(None).step)
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100, 7), slice(3, 1, 1)]:
    print(sl, sl.indices(8), sl.indices(0))
text = "0123456789"
lst = list(text)
tup = tuple(text)
for sl in [slice(None, None, -1), slice(8, 2, -2), slice(-2, -8, -1), slice(None, 5, -1), slice(5, None, -2), slice(20, None, -4), slice(-20, 5)]:
    print(sl, text[sl], "".join(lst[sl]), "".join(tup[sl]))
print(text[::3], text[1::3], text[2::3], text[-1::-3], text[:-1:3], text[::11], text[::-11])
print(text[3:3], text[7:3], text[-1:0], text[len(text) - 1:0:-1])
key = slice(2, 6)
print(text[key], lst[key], tup[key], range(10)[key])
lst[key] = ["a", "b"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
for bad in [slice(None, None, 0)]:
    for seq in [text, lst, tup]:
        try:
            print(seq[bad])
        except ValueError as e:
            print("ValueError:", e)
try:
    print(text["a":"b"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(slice(1, 2, 0).indices(5))
except ValueError as e:
    print("ValueError:", e)
try:
    print(slice(1, 2).indices(-1))
except ValueError as e:
    print("ValueError:", e)
print(text[True:], text[False:True], lst[-1:], tup[2 ** 70:], text[-(2 ** 70):2])
