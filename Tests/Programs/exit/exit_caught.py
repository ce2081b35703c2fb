# SystemExit can be caught; finally blocks run on the way out; except Exception does not catch it.

import sys

try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit("text code")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
def inner():
    try:
        sys.exit(4)
    finally:
        print("finally in inner")
try:
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
print("now exiting for real")
try:
    sys.exit(5)
finally:
    print("last finally")
