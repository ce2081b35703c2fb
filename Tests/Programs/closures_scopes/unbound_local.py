# UnboundLocalError and NameError: locals read before assignment, deleted names, free variables.

x = 10
def reads_before_assign():
    print(x)
    x = 5

def conditional_assign(flag):
    if flag:
        value = "assigned"
    return value

def deleted_local():
    y = 1
    del y
    return y

def free_before_assign():
    def inner():
        return z
    result = inner()
    z = 3
    return result

def augmented():
    x += 1
    return x

def delete_unbound():
    del w
    w = 1

def undefined():
    return not_defined_anywhere

cases = [reads_before_assign, lambda: conditional_assign(False), deleted_local, free_before_assign,
         augmented, delete_unbound, undefined]
for fn in cases:
    try:
        fn()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e, isinstance(e, NameError))
    except NameError as e:
        print("NameError:", e)
print(conditional_assign(True))
try:
    print(undefined_module_name)
except NameError as e:
    print("NameError:", e)
def loop_never_runs():
    for item in []:
        pass
    return item
try:
    loop_never_runs()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def exception_name_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    return err
try:
    exception_name_cleared()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    raise KeyError("k")
except KeyError as module_err:
    print("caught", repr(module_err))
try:
    print(module_err)
except NameError as e:
    print("NameError:", e)
