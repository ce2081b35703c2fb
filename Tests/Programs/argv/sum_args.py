# Sum the integer command-line arguments; sys.argv[0] is the script name.

import sys

print(sys.argv[0], len(sys.argv))
args = sys.argv[1:]
print(args)
print(sum([int(a) for a in args]), max(args, key=int), sorted(args, key=int))
