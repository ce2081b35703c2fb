# raise SystemExit(n) is the same as sys.exit(n).

print("raising SystemExit(7)")
raise SystemExit(7)
