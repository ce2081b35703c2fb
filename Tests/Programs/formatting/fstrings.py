# f-strings: expressions, conversions, nested replacement fields in specs, self-documenting =, escapes.

name = "World"
x = 3.14159
n = 42
items = [1, 2, 3]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!", f"{n}", f"{n + 1}", f"{n * 2 = }", f"{x:.2f}", f"{n:>6}|", f"{n:<6}|", f"{n:^6}|")
print(f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{'é'!r}", f"{items!r:>15}", f"{name!r:*^13}")
width, precision = 10, 3
print(f"[{x:{width}.{precision}f}]", f"[{x:>{width}}]", f"[{n:{'0'}{width}d}]", f"[{name:{'*'}^{width}}]")
print(f"{d['key']}", f'{d["n"] + 1}', f"{items[1:]}", f"{items[-1]}", f"{len(items)}", f"{'nested'}")
print(f"{{literal braces}}", f"{{{n}}}", f"{{}}", f"a{{b}}c{n}d")
print(f"{n if n > 40 else 0}", f"{(lambda v: v * 2)(n)}", f"{[i * i for i in items]}", f"{', '.join(['a', 'b'])}")
print(f"{n:#x} {n:#o} {n:#b} {n:08.3f} {n:,} {2 ** 40:_} {-n:+} {n:e} {0.25:%}")
print(f"{x=}", f"{x = :.1f}", f"{name = !s}", f"{items[0]=}")
print(f"{3}{4}", f"{'a' 'b'}", f"{n}" f" and {x}", "plain" f"{n}")
tab = "\t"
print(f"multi\nline {n}", f"tab{tab}sep", rf"raw\n{n}", fr"{n}\t")
print(f"""triple {
    n + 1
} quoted""")
print(f"{None} {True} {[1, 'a']} {(1,)} {{1: 2}} {1.0} {2 ** 64} {-0.0}")
fmt = ">8"
print(f"{'right':{fmt}}|", f"{3.5:{fmt}}|", f"{n:{fmt}}|")
for value in [0, 7, -7, 1234567]:
    print(f"{value:5d}|{value:<+7}|{value:^9,}|{value:x}")
