# Operator errors with user classes: unsupported operand types for every binary operator (and
# their in-place forms), both orders, NotImplemented from both sides, unary operators, ordering of
# unorderable instances, subscripting/iterating/calling objects that do not support it, and
# operators whose dunder raises.

def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", result)
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


class A:
    pass


class B:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented


a, b = A(), B()
attempt("A + int", lambda: a + 1)
attempt("int + A", lambda: 1 + a)
attempt("A - A", lambda: a - a)
attempt("A * str", lambda: a * "s")
attempt("str * A", lambda: "s" * a)
attempt("list * A", lambda: [1] * a)
attempt("A / float", lambda: a / 2.0)
attempt("A // A", lambda: a // a)
attempt("A % int", lambda: a % 3)
attempt("str % A", lambda: "%d" % a)
attempt("A ** int", lambda: a ** 2)
attempt("pow 3 args", lambda: pow(a, 2, 3))
attempt("A << int", lambda: a << 1)
attempt("A >> int", lambda: a >> 1)
attempt("A & int", lambda: a & 1)
attempt("A | int", lambda: a | 1)
attempt("A ^ int", lambda: a ^ 1)
attempt("A @ A", lambda: a @ a)
attempt("divmod", lambda: divmod(a, 1))
attempt("B + B (both NotImplemented)", lambda: b + b)
attempt("B + A", lambda: b + a)
attempt("A + B", lambda: a + b)
attempt("None + A", lambda: None + a)


def iadd():
    x = A()
    x += 1
    return x


def imul():
    x = [1]
    x *= A()
    return x


def ipow():
    x = B()
    x **= 2
    return x


def ior():
    x = {1: 2}
    x |= A()
    return x


attempt("A += int", iadd)
attempt("list *= A", imul)
attempt("B **= int", ipow)
attempt("dict |= A", ior)

attempt("-A", lambda: -a)
attempt("+B", lambda: +b)
attempt("~A", lambda: ~a)
attempt("abs(A)", lambda: abs(a))

attempt("A < A", lambda: a < a)
attempt("A <= int", lambda: a <= 1)
attempt("int > A", lambda: 1 > a)
attempt("str >= A", lambda: "s" >= a)
attempt("B < B", lambda: b < b)
attempt("B > A", lambda: b > a)
attempt("A == A", lambda: a == A())
attempt("sorted", lambda: sorted([A(), A()]))
attempt("max", lambda: max(B(), B()))
attempt("list.sort mixed", lambda: [3, A()].sort())

attempt("subscript", lambda: a[0])
attempt("subscript class", lambda: A[0])


def item_assign():
    a[0] = 1


def item_delete():
    del a[0]


attempt("item assign", item_assign)
attempt("item delete", item_delete)
attempt("iterate", lambda: list(a))
attempt("unpack", lambda: [x for x in b])
attempt("call", lambda: a())
attempt("len", lambda: len(b))
attempt("in", lambda: 1 in a)
attempt("hash ok", lambda: hash(a) == hash(a))
attempt("int()", lambda: int(a))
attempt("index", lambda: [1, 2][a])
attempt("range", lambda: range(a))
attempt("str join", lambda: ", ".join([A()]))


# A dunder that raises: the exception propagates unchanged (no TypeError conversion).
class Raiser:
    def __add__(self, other):
        raise ValueError("cannot add to a Raiser")

    def __lt__(self, other):
        raise KeyError("lt")

    def __eq__(self, other):
        raise RuntimeError("eq")


for label, fn in [("Raiser + 1", lambda: Raiser() + 1), ("Raiser < 1", lambda: Raiser() < 1),
                  ("Raiser in list", lambda: Raiser() in [1]), ("1 + Raiser", lambda: 1 + Raiser())]:
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# Subclasses of builtins keep the base operators, and names in the error are the subclass's.
class MyStr(str):
    pass


class MyList(list):
    pass


attempt("MyStr + int", lambda: MyStr("a") + 1)
attempt("int + MyStr", lambda: 1 + MyStr("a"))
attempt("MyList + tuple", lambda: MyList() + (1,))
attempt("MyStr < int", lambda: MyStr("a") < 1)
attempt("MyStr ok", lambda: MyStr("a") + "b")
