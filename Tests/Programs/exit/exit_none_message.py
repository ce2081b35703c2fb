# sys.exit(None) is status 0; raising SystemExit with a string prints the string.

import sys

try:
    sys.exit(None)
except SystemExit as e:
    print("code is", e.code)
print("then raise SystemExit('fatal')")
raise SystemExit("fatal: stopping")
