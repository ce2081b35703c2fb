# raise of an exception class without arguments: the last stderr line is just the type name.

print("about to fail")
raise NotImplementedError
