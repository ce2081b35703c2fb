# Without arguments sys.argv holds only the script name.

import sys

print(sys.argv)
print(len(sys.argv) == 1, sys.argv[1:])
if len(sys.argv) < 2:
    print("usage: no_args.py NAME")
