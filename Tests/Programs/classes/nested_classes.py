# Nested classes: classes defined in class bodies, their __qualname__ and repr, access through the
# outer class and through instances, nested class scope rules (the class body is not an enclosing
# scope for methods), enum-like namespaces.

class Outer:
    LIMIT = 3

    class Inner:
        def __init__(self, v):
            self.v = v

        def show(self):
            return "Inner(" + str(self.v) + ")"

        class Deep:
            def where(self):
                return type(self).__qualname__

    class Error(Exception):
        pass

    def make(self, v):
        if v > Outer.LIMIT:
            raise Outer.Error("too big: " + str(v))
        return self.Inner(v)


print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__)
print(Outer.Inner, Outer.Inner.Deep, Outer.Error)
print(Outer.Inner.Deep().where(), Outer.Inner.__module__)
o = Outer()
print(o.make(2).show(), isinstance(o.make(1), Outer.Inner), o.Inner is Outer.Inner)
try:
    o.make(10)
except Outer.Error as e:
    print(type(e).__name__, type(e).__qualname__, e)


# Methods cannot see class-body names without qualification.
class Scope:
    value = "class attr"

    def method(self):
        try:
            return value  # noqa: F821 - the class body is skipped by name resolution
        except NameError as e:
            return "NameError: " + str(e)

    def qualified(self):
        return Scope.value + " / " + self.value


print(Scope().method())
print(Scope().qualified())


# Enum-like namespaces with nested classes.
class Color:
    class RED:
        code = "#f00"

    class GREEN:
        code = "#0f0"

    @classmethod
    def all(cls):
        return [v for k, v in cls.__dict__.items() if isinstance(v, type)]


print([c.__name__ for c in Color.all()], [c.code for c in Color.all()], Color.RED.__qualname__)


# A linked structure using a nested node class.
class Stack:
    class _Node:
        def __init__(self, value, below):
            self.value = value
            self.below = below

    def __init__(self):
        self.top = None
        self.size = 0

    def push(self, v):
        self.top = self._Node(v, self.top)
        self.size += 1

    def pop(self):
        if self.top is None:
            raise IndexError("pop from empty Stack")
        node = self.top
        self.top = node.below
        self.size -= 1
        return node.value


st = Stack()
for ch in "abc":
    st.push(ch)
print(st.pop(), st.pop(), st.size, type(st.top).__qualname__)
st.pop()
try:
    st.pop()
except IndexError as e:
    print(type(e).__name__, e)


# Nested class inheriting from a sibling nested class defined earlier.
class Zoo:
    class Animal:
        sound = "..."

        def speak(self):
            return type(self).__qualname__ + " says " + self.sound

    class Cat(Animal):
        sound = "meow"

    class Lion(Cat):
        sound = "roar"


print(Zoo.Lion().speak(), [k.__qualname__ for k in Zoo.Lion.__mro__])

# Error messages name nested classes by __qualname__.
try:
    Zoo.Cat().speak(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.Inner()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.Inner(1).missing
except AttributeError as e:
    print(type(e).__name__, e)
