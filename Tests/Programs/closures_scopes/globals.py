# global: reading, rebinding and creating module variables from functions; shadowing; builtins.

total = 0
names = []

def add(n):
    global total
    total += n
    names.append(n)

def create():
    global created
    created = "made inside a function"

def shadow():
    total = "local"
    return total

def read_only():
    return total * 2

for n in [1, 2, 3]:
    add(n)
print(total, names, shadow(), total, read_only())
create()
print(created)

def nested_global():
    def inner():
        global total
        total = -1
    inner()
    return total
print(nested_global(), total)

x = "global x"
def uses_builtin_shadow():
    len = lambda s: "shadowed len"
    return len("abc")
print(uses_builtin_shadow(), len("abc"))

def counter_global():
    global count
    try:
        count += 1
    except NameError as e:
        print("NameError:", e)
        count = 1
    return count
print(counter_global(), counter_global(), counter_global())

print = print
def swap_globals():
    global x, y
    x, y = "new x", "new y"
swap_globals()
print(x, y)
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
if True:
    block_var = "blocks do not make scopes"
print(block_var)
for loop_var in range(3):
    pass
print(loop_var)
