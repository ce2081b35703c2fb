# A negative status is reduced modulo 256 by the operating system: sys.exit(-1) gives 255.

import sys

print("exiting with -1")
sys.exit(-1)
