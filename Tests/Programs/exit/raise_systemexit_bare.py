# A bare raise SystemExit exits with status 0 and prints nothing to stderr.

print("bare SystemExit")
raise SystemExit
