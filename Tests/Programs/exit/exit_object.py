# sys.exit with a non-int, non-string object prints the object's str to stderr and exits with status 1.

import sys

print("exiting with a list")
sys.exit([1, "two", 3.0])
