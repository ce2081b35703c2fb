# sys.exit(True) exits with status 1 (True is the int 1).

import sys

print("exiting with True")
sys.exit(True)
