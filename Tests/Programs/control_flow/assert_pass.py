# assert with and without messages (AssertionError), pass in every block position.

def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v * 2

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print("bare AssertionError:", repr(e), str(e) == "", e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("list message:", e.args[0])
assert True
assert 1, "never"
pair = (1, 2)
assert pair
x = 0
try:
    assert x, x
except AssertionError as e:
    print("message is the value:", repr(e.args[0]))

def stub():
    pass

for i in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(stub(), "passed")
