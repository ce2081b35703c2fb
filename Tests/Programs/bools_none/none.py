# None: the singleton, its repr, comparisons, and functions that return it.

def nothing():
    pass

def early(x):
    if x:
        return
    return 5

r = nothing()
print(r, repr(r), str(r), r is None, r == None, r is not None, type(r))
print(early(1), early(0), [None, None], (None,), {None: None})
print(None == 0, None == False, None == "", None != None, bool(None), not None)
x = None
if x is None:
    print("x is None")
a = [1, None, 3]
print([v for v in a if v is not None], a.count(None), a.index(None), None in a)
d = {}
print(d.get("missing"), d.get("missing", "fallback"), [].sort(), print("inner"))
n = None
for op in ["<", "+", "len", "call", "index"]:
    try:
        if op == "<":
            print(None < 1)
        elif op == "+":
            print(None + 1)
        elif op == "len":
            print(len(None))
        elif op == "call":
            print(n())
        else:
            print(n[0])
    except TypeError as e:
        print("TypeError:", e)
try:
    print(None.foo)
except AttributeError as e:
    print("AttributeError:", e)
