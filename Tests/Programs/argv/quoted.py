# Arguments containing spaces, quotes and unicode arrive as single entries.

import sys

for i, arg in enumerate(sys.argv):
    print(i, repr(arg), len(arg))
