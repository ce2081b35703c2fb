# print: sep, end, file=sys.stderr, flush, no arguments, non-string values; sys.stdout.write interleaving.

import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2.5, None, True, [1, "x"], (2,), {"k": "v"}, sep=", ")
print("multi", "sep", sep="\n")
print(sep="ignored")
print("end none", end=None)
print("sep none", "x", sep=None)
print("flushed", flush=True)
print(*range(5))
print(*[], sep="-")
print("to stderr", file=sys.stderr)
print("stdout again", file=sys.stdout)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("partial ")
print("line")
print("", end="")
print("tab\tand unicode é中😀")
print("last line to stderr", 42, file=sys.stderr, sep=": ")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
