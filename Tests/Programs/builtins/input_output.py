# sys.stdout.write and sys.stderr.write return values, interleaved with print.

import sys

count = sys.stdout.write("abc\n")
print("wrote", count)
count = sys.stdout.write("é😀\n")
print("wrote", count, "characters")
sys.stdout.write("")
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
err_count = sys.stderr.write("warning: first\n")
print("stderr wrote", err_count)
for i in range(3):
    sys.stdout.write(str(i) + " ")
sys.stdout.write("\n")
print("done")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
sys.stderr.write("final stderr line\n")
