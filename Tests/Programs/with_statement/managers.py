class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.suppress


with Tag("a") as a, Tag("b") as b:
    print("body", a, b)

with Tag("quiet", suppress=True):
    raise ValueError("swallowed")
print("after quiet")


def early():
    for i in range(3):
        with Tag(f"loop{i}"):
            if i == 1:
                return "returned"
            if i == 0:
                continue


print(early())
try:
    with Tag("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

for o in [object(), 5]:
    try:
        with o:
            pass
    except TypeError as e:
        print(e)

with Tag("last"):
    raise KeyError("boom")
