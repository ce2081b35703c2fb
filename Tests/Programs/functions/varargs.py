# *args, **kwargs, keyword-only and positional-only parameters, unpacking at call sites.

def collect(*args, **kwargs):
    return args, kwargs

print(collect(), collect(1, 2), collect(a=1), collect(1, "x", key=None, other=[1]))
nums = [1, 2, 3]
opts = {"sep": "-", "end": "!\n"}
print(*nums)
print(*nums, **opts)
print(collect(*nums, *"ab", 0), collect(**{"x": 1}, **{"y": 2}, z=3), collect(*(), **{}))
def kwonly(a, *, key, flag=False):
    return a, key, flag
print(kwonly(1, key=2), kwonly(1, flag=True, key="k"))
def posonly(a, b, /, c, d=4):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=3), posonly(1, 2, 3, d=5))
def mixed(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(mixed(1, d=4), mixed(1, 2, 3, 4, 5, d=6, f=7), mixed(1, c=0, d=1, b=9))
def total(first, *more):
    result = first
    for m in more:
        result += m
    return result
print(total(1), total(1, 2, 3), total("a", "b", "c"), total([1], [2]), total(*range(5)))
def kw_names(**kw):
    return sorted(kw.items())
print(kw_names(z=1, a=2, m=3), kw_names(**dict(zip(["p", "q"], [1, 2]))))
def pass_through(*args, **kwargs):
    return collect(*args, **kwargs)
print(pass_through(1, 2, k=3))
def posonly_and_kwargs(name, /, **kw):
    return name, kw
print(posonly_and_kwargs("positional", name="keyword"))
