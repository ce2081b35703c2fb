# An uncaught NameError for a misspelt name: CPython 3.11 suggests the close match on the last line.

counter = 5
print("start")
print(countr)
