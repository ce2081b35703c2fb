import heapq
import math
import random
def heappush_local():
    return 1
try:
    print(heappush)
except NameError as e:
    print(e)
try:
    print(mth)
except NameError as e:
    print(e)
print(heappush_locl)
