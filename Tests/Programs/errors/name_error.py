# An uncaught NameError for a name that is nowhere near any defined name.

def compute():
    return 1 + undefined_variable_xyz

print("before")
compute()
