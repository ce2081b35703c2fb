# __repr__, __str__ and __format__: print, str(), repr(), f-strings with !r/!s and format specs,
# str.format, % formatting, containers (which use repr of their items), fallbacks between them.

class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return "Money(" + repr(self.cents) + ", " + repr(self.currency) + ")"

    def __str__(self):
        return "%d.%02d %s" % (self.cents // 100, self.cents % 100, self.currency)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "short":
            return str(self.cents // 100) + self.currency[0]
        return format(self.cents / 100, spec) + " " + self.currency


m = Money(12345)
print(m)
print(str(m), repr(m))
print([m, Money(5, "USD")])
print((m,), {"k": m})
print(f"{m}|{m!r}|{m!s}|{m:short}|{m:>10.1f}|{m:.3f}")
print("{} {!r} {:short} {:08.2f}".format(m, m, m, m))
print(format(m), format(m, "short"), format(m, ".0f"))
print("%s and %r" % (m, m))
print("value: " + str(m))


# Only __repr__: str() and print fall back to it.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


o = OnlyRepr()
print(o, str(o), repr(o), f"{o}", "{}".format(o), [o])


# Only __str__: repr stays the default (not printed here: it has an address), containers use repr.
class OnlyStr:
    def __str__(self):
        return "only-str"


s = OnlyStr()
print(s, str(s), f"{s}", "%s" % s)
print(repr(s).startswith("<__main__.OnlyStr object at 0x"))
print(str([s]).startswith("[<__main__.OnlyStr object"))


# Default __format__ with a non-empty spec is an error; empty spec uses str().
try:
    format(s, "10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(s, ""))

# Inherited __repr__ uses type(self).__name__, a common idiom.
class Node:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"{type(self).__name__}({self.value!r})"


class Leaf(Node):
    pass


print(Node(1), Leaf("x"), [Leaf(2.5), Node(None)])


# Recursive structures with __repr__ calling repr() on children.
class Tree:
    def __init__(self, label, *children):
        self.label = label
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Tree({self.label!r})"
        return f"Tree({self.label!r}, {', '.join([repr(c) for c in self.children])})"

    def __str__(self):
        return self.render(0)

    def render(self, depth):
        lines = ["  " * depth + str(self.label)]
        for c in self.children:
            lines.append(c.render(depth + 1))
        return "\n".join(lines)


t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(repr(t))
print(t)


# Bad return types.
class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


class BadFormat:
    def __format__(self, spec):
        return 3.5


for bad, fn in [(BadRepr(), repr), (BadStr(), str), (BadFormat(), format)]:
    try:
        fn(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# __format__ sees the spec unchanged, with conversions applied first.
class Spy:
    def __format__(self, spec):
        return "[" + spec + "]"

    def __repr__(self):
        return "spy"


width = 7
print(f"{Spy():abc}", f"{Spy():{width}d}", f"{Spy()!r:>6}", "{0:xyz}".format(Spy()))

# The __str__ of a subclass of str-returning class, and str() on classes themselves.
print(str(Money), repr(Leaf), str(int))
print(Money.__repr__(m), Money.__str__(m))

# A str subclass with its own __str__: print, str(), f-strings, format() and %s all go through it.
class Label(str):
    def __str__(self):
        return "<" + self + ">"


lab = Label("x")
print(lab, str(lab), f"{lab}", "{}".format(lab), format(lab), "%s" % lab, repr(lab), lab + "!", len(lab))
