# A small hand-written option parser over sys.argv.

import sys

options = {"verbose": False, "count": 1, "name": "world"}
positional = []
args = sys.argv[1:]
i = 0
while i < len(args):
    arg = args[i]
    if arg in ("-v", "--verbose"):
        options["verbose"] = True
    elif arg == "-n":
        i += 1
        options["count"] = int(args[i])
    elif arg.startswith("--name="):
        options["name"] = arg.partition("=")[2]
    elif arg == "--":
        positional.extend(args[i + 1:])
        break
    elif arg.startswith("-"):
        print(f"unknown option {arg}", file=sys.stderr)
    else:
        positional.append(arg)
    i += 1
print(options)
print(positional)
for _ in range(options["count"]):
    print(f"hello, {options['name']}" + ("!" if options["verbose"] else ""))
if positional:
    sys.exit(len(positional))
