# Status 0 with output on both streams.

import sys

print("normal output")
print("diagnostic output", file=sys.stderr)
sys.exit(0)
