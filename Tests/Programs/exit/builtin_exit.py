# exit() and quit(), the builtins the site module adds: SystemExit with the code.
import sys
try:
    quit(5)
except SystemExit as e:
    print("quit ->", repr(e.code))
try:
    exit()
except SystemExit as e:
    print("exit ->", repr(e.code))
print("bye", flush=True)
exit("fatal: giving up")
