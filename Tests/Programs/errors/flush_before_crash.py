# Output written without a trailing newline is flushed before the traceback when the program dies.

import sys

print("line one")
print("partial line", end="")
sys.stdout.write(" and more")
values = {"a": 1}
print(values["b"])
