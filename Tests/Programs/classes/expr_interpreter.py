# An interpreter for arithmetic expressions with variables, let-bindings, comparisons, conditionals
# and one-argument functions. The AST is a class hierarchy (Num, Var, BinOp, UnaryOp, Let, If, Call,
# Lambda); evaluation is a method per node class, a separate visitor dispatches on the class name
# for pretty-printing, a constant folder rebuilds trees, and errors are custom exceptions.

class EvalError(Exception):
    pass


class UnboundVariable(EvalError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name

    def __str__(self):
        return f"unbound variable {self.name!r}"


class Env:
    def __init__(self, bindings=None, parent=None):
        self.bindings = dict(bindings or {})
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.bindings:
                return env.bindings[name]
            env = env.parent
        raise UnboundVariable(name)

    def extend(self, name, value):
        return Env({name: value}, self)


class Node:
    fields = ()

    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} fields ({len(args)} given)")
        for name, value in zip(self.fields, args):
            setattr(self, name, value)

    def __eq__(self, other):
        return type(self) is type(other) and all([getattr(self, f) == getattr(other, f) for f in self.fields])

    __hash__ = None

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join([repr(getattr(self, f)) for f in self.fields]) + ")"

    def children(self):
        return [getattr(self, f) for f in self.fields if isinstance(getattr(self, f), Node)]

    def evaluate(self, env):
        raise NotImplementedError(type(self).__name__ + ".evaluate")


class Num(Node):
    fields = ("value",)

    def evaluate(self, env):
        return self.value


class Var(Node):
    fields = ("name",)

    def evaluate(self, env):
        return env.lookup(self.name)


class BinOp(Node):
    fields = ("op", "left", "right")
    OPS = {
        "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
        "/": lambda a, b: a // b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b,
        "<": lambda a, b: int(a < b), "=": lambda a, b: int(a == b),
    }

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError:
            raise EvalError(f"division by zero in {Printer().show(self)}") from None
        except TypeError as e:
            raise EvalError(f"type error in {Printer().show(self)}: {e}") from e


class UnaryOp(Node):
    fields = ("op", "operand")

    def evaluate(self, env):
        v = self.operand.evaluate(env)
        return -v if self.op == "-" else int(not v)


class Let(Node):
    fields = ("name", "value", "body")

    def evaluate(self, env):
        return self.body.evaluate(env.extend(self.name, self.value.evaluate(env)))


class If(Node):
    fields = ("cond", "then", "other")

    def evaluate(self, env):
        return (self.then if self.cond.evaluate(env) else self.other).evaluate(env)


class Closure:
    def __init__(self, param, body, env):
        self.param, self.body, self.env = param, body, env

    def __call__(self, arg):
        return self.body.evaluate(self.env.extend(self.param, arg))

    def __repr__(self):
        return f"<closure {self.param} -> {Printer().show(self.body)}>"


class Lambda(Node):
    fields = ("param", "body")

    def evaluate(self, env):
        return Closure(self.param, self.body, env)


class Call(Node):
    fields = ("fn", "arg")

    def evaluate(self, env):
        fn = self.fn.evaluate(env)
        if not callable(fn):
            raise EvalError(f"{fn!r} is not a function")
        return fn(self.arg.evaluate(env))


class Printer:
    """Dispatches on the node's class name: show_Num, show_BinOp, ..."""

    def show(self, node):
        return getattr(self, "show_" + type(node).__name__, self.generic)(node)

    def generic(self, node):
        return "<" + type(node).__name__ + ">"

    def show_Num(self, n):
        return str(n.value)

    def show_Var(self, n):
        return n.name

    def show_BinOp(self, n):
        return f"({self.show(n.left)} {n.op} {self.show(n.right)})"

    def show_UnaryOp(self, n):
        return n.op + self.show(n.operand)

    def show_Let(self, n):
        return f"let {n.name} = {self.show(n.value)} in {self.show(n.body)}"

    def show_If(self, n):
        return f"if {self.show(n.cond)} then {self.show(n.then)} else {self.show(n.other)}"

    def show_Lambda(self, n):
        return f"\\{n.param}. {self.show(n.body)}"

    def show_Call(self, n):
        return f"{self.show(n.fn)}({self.show(n.arg)})"


class Folder:
    """Constant folding: rebuilds the tree bottom-up, evaluating operations on literals."""

    def fold(self, node):
        if isinstance(node, BinOp):
            left, right = self.fold(node.left), self.fold(node.right)
            if isinstance(left, Num) and isinstance(right, Num) and not (node.op in "/%" and right.value == 0):
                return Num(BinOp(node.op, left, right).evaluate(Env()))
            return BinOp(node.op, left, right)
        if isinstance(node, UnaryOp):
            operand = self.fold(node.operand)
            if isinstance(operand, Num):
                return Num(UnaryOp(node.op, operand).evaluate(Env()))
            return UnaryOp(node.op, operand)
        if isinstance(node, If):
            cond = self.fold(node.cond)
            if isinstance(cond, Num):
                return self.fold(node.then if cond.value else node.other)
            return If(cond, self.fold(node.then), self.fold(node.other))
        if isinstance(node, Let):
            return Let(node.name, self.fold(node.value), self.fold(node.body))
        if isinstance(node, Lambda):
            return Lambda(node.param, self.fold(node.body))
        if isinstance(node, Call):
            return Call(self.fold(node.fn), self.fold(node.arg))
        return node


def count_nodes(node):
    return 1 + sum([count_nodes(c) for c in node.children()])


P = Printer()
globals_env = Env({"x": 10, "y": 3})
programs = [
    BinOp("+", Num(1), BinOp("*", Num(2), Num(3))),
    BinOp("-", Var("x"), UnaryOp("-", Var("y"))),
    Let("z", BinOp("^", Num(2), Num(10)), BinOp("%", Var("z"), Var("x"))),
    If(BinOp("<", Var("y"), Var("x")), Num(100), Num(200)),
    Let("sq", Lambda("n", BinOp("*", Var("n"), Var("n"))), Call(Var("sq"), BinOp("+", Var("x"), Num(2)))),
    Let("add", Lambda("a", Lambda("b", BinOp("+", Var("a"), Var("b")))), Call(Call(Var("add"), Num(4)), Num(5))),
    Let("k", Num(7), Let("f", Lambda("n", BinOp("*", Var("n"), Var("k"))), Let("k", Num(1000), Call(Var("f"), Num(6))))),
    BinOp("+", BinOp("*", Num(2), Num(5)), If(Num(0), Var("missing"), BinOp("-", Num(9), Num(4)))),
    Lambda("q", Var("q")),
    UnaryOp("!", BinOp("=", Var("x"), Num(10))),
]
for prog in programs:
    folded = Folder().fold(prog)
    value = prog.evaluate(globals_env)
    print(f"{P.show(prog)}  =>  {value!r}")
    if folded != prog:
        print(f"    folded: {P.show(folded)}  ({count_nodes(prog)} -> {count_nodes(folded)} nodes)")
        assert folded.evaluate(globals_env) == value or isinstance(value, Closure)

print(repr(programs[1]))
print(Num(1) == Num(1), Num(1) == Num(2), BinOp("+", Num(1), Var("x")) == BinOp("+", Num(1), Var("x")), Num(1) == Var(1))

errors = [
    Var("nope"),
    BinOp("/", Var("x"), BinOp("-", Var("y"), Num(3))),
    Call(Num(3), Num(4)),
    Let("f", Lambda("n", Var("m")), Call(Var("f"), Num(1))),
    BinOp("+", Num(1), Lambda("a", Var("a"))),
    Node(),
]
for prog in errors:
    try:
        print(prog.evaluate(globals_env))
    except EvalError as e:
        print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    BinOp("+", Num(1))
except TypeError as e:
    print("TypeError:", e)
print(P.show(Node()), isinstance(UnboundVariable("v"), EvalError))
