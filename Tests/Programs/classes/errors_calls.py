# Argument errors when calling methods, constructors, classmethods and staticmethods, with
# CPython's qualified names: too many / too few positional arguments, missing keyword-only ones,
# unexpected and duplicate keywords, calling an unbound method without self, and "X() takes no
# arguments" for classes without __init__.

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", type(e).__name__, e)


class Dog:
    def __init__(self, name, age=1):
        self.name = name
        self.age = age

    def speak(self):
        return "woof"

    def rename(self, new_name, *, loud=False):
        self.name = new_name.upper() if loud else new_name

    def many(self, a, b, c=3, *args, d, e=5, **kwargs):
        return (a, b, c, args, d, e, kwargs)

    def positional_only(self, x, /, y):
        return x + y

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def helper(x, y):
        return x + y


d = Dog("rex")
attempt("speak extra", lambda: d.speak(1))
attempt("speak two extra", lambda: d.speak(1, 2))
attempt("unbound speak", lambda: Dog.speak())
attempt("init missing", lambda: Dog())
attempt("init too many", lambda: Dog("a", 2, 3))
attempt("init bad kw", lambda: Dog("a", weight=3))
attempt("init dup kw", lambda: Dog("a", name="b"))
attempt("rename missing", lambda: d.rename())
attempt("rename kw-only as positional", lambda: d.rename("x", True))
attempt("rename ok", lambda: d.rename("x", loud=True))
print(d.name)
attempt("many missing d", lambda: d.many(1, 2))
attempt("many missing a b d", lambda: d.many())
attempt("many ok", lambda: print(d.many(1, 2, 3, 4, d=0, z=9)))
attempt("posonly as kw", lambda: d.positional_only(x=1, y=2))
attempt("posonly ok", lambda: print(d.positional_only(1, y=2)))
attempt("classmethod extra", lambda: Dog.create("a", "b"))
attempt("classmethod missing", lambda: Dog.create())
attempt("staticmethod missing", lambda: Dog.helper(1))
attempt("staticmethod via instance extra", lambda: d.helper(1, 2, 3))
attempt("staticmethod kw", lambda: Dog.helper(1, z=2))


class NoInit:
    pass


class OnlyClassAttrs:
    x = 1


class ChildOfNoInit(NoInit):
    pass


attempt("NoInit(1)", lambda: NoInit(1))
attempt("NoInit(k=1)", lambda: NoInit(k=1))
attempt("OnlyClassAttrs(1, 2)", lambda: OnlyClassAttrs(1, 2))
attempt("ChildOfNoInit(1)", lambda: ChildOfNoInit(1))
attempt("object(1)", lambda: object(1))
attempt("NoInit()", lambda: NoInit())


# A class with __new__ only, and one with __init__ only.
class NewOnly:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj


class InitOnly:
    def __init__(self):
        pass


attempt("NewOnly()", lambda: NewOnly())
attempt("NewOnly(1, 2)", lambda: NewOnly(1, 2))
attempt("NewOnly(1)", lambda: print(NewOnly(1).value))
attempt("InitOnly(1)", lambda: InitOnly(1))


# __init__ returning a value.
class BadInit:
    def __init__(self):
        return 42


attempt("BadInit()", lambda: BadInit())


# Nested and inherited methods report the defining class's qualname.
class Outer:
    class Inner:
        def method(self, a):
            return a


class Puppy(Dog):
    pass


attempt("nested", lambda: Outer.Inner().method())
attempt("inherited", lambda: Puppy("p").speak(5))
attempt("inherited init", lambda: Puppy())


# Passing a bound method where a different arity is expected.
attempt("map over bound method", lambda: list(map(d.speak, [1, 2])))
attempt("sorted key", lambda: sorted([Dog("b"), Dog("a")], key=Dog.rename))


# Calling super().__init__ with arguments that object.__init__ does not take.
class Chatty:
    def __init__(self, x):
        super().__init__(x)


attempt("object.__init__ extra", lambda: Chatty(1))


class Wrong:
    def __init__(self, x):
        object.__init__(self, x)


attempt("object.__init__ direct", lambda: Wrong(1))


# __new__ of the wrong type: object.__new__ cannot make an instance of an int subclass, and
# int.__new__ only makes ints.
class Meters(int):
    pass


attempt("object.__new__ on an int subclass", lambda: object.__new__(Meters))
attempt("int.__new__ on a non-subclass", lambda: int.__new__(str))
attempt("int.__new__ on the subclass", lambda: print(int.__new__(Meters, 7) + 1, type(int.__new__(Meters, 7)).__name__))
