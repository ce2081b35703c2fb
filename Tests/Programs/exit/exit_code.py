# sys.exit(n) with an integer status after output; nothing after it runs.

import sys

print("working")
sys.exit(3)
print("never printed")
