# sys.exit() with no argument exits with status 0.

import sys

for i in range(5):
    print("i =", i)
    if i == 2:
        sys.exit()
