# Private name mangling: inside a class body, identifiers of the form __name (not ending in two
# underscores) are rewritten to _ClassName__name — attributes, methods, class attributes, names in
# nested functions and comprehensions — so that subclasses do not clash with their bases.

class Account:
    __count = 0                      # stored as _Account__count

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance     # stored as _Account__balance
        Account.__count += 1

    def __audit(self):               # the method is _Account__audit
        return f"audit {self.owner}: {self.__balance}"

    def report(self):
        return self.__audit()

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count

    def helpers(self):
        def inner():
            return self.__balance * 2             # mangled inside nested functions too
        doubled = [self.__balance + i for i in range(2)]   # and inside comprehensions
        return inner(), doubled


a = Account("ann", 100)
print(a.report(), a.deposit(5), Account.count(), a.helpers())
print(sorted(vars(a)), sorted([k for k in vars(Account) if "count" in k or "audit" in k]))
print(a._Account__balance, getattr(a, "_Account__balance"), hasattr(a, "__balance"))
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)


# A subclass with its own private attribute of the same name: no clash.
class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.__balance = "savings-private"    # _Savings__balance

    def peek(self):
        return self.__balance

    def peek_base(self):
        return self._Account__balance

    def broken(self):
        return self.__audit()                 # _Savings__audit does not exist


s = Savings("bob", 50, 0.1)
print(s.peek(), s.peek_base(), s.report(), sorted(vars(s)))
try:
    s.broken()
except AttributeError as e:
    print(type(e).__name__, e)


# Dunder names and names ending in two underscores are not mangled; a leading underscore of the
# class name is stripped; setattr/getattr with plain strings are never mangled.
class _Hidden:
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        self._single = 3
        setattr(self, "__z", 4)

    def get_z(self):
        return getattr(self, "__z")


h = _Hidden()
print(sorted(vars(h)), h.get_z(), h._Hidden__x)


class __Dunderish:
    def __init__(self):
        self.__v = "v"


print(sorted(vars(__Dunderish())))


# Mangling in a nested class uses the innermost class's name.
class Outer:
    class Inner:
        def __init__(self):
            self.__secret = "inner"

    def __init__(self):
        self.__secret = "outer"
        self.inner = Outer.Inner()


o = Outer()
print(sorted(vars(o)), sorted(vars(o.inner)))

# Private names used for names of globals and keyword arguments inside a class.
__module_private = "global value"


class UsesGlobal:
    def get(self):
        try:
            return __module_private          # looked up as _UsesGlobal__module_private
        except NameError as e:
            return "NameError: " + str(e)

    def call(self, **kw):
        return sorted(kw)

    def pass_kw(self):
        return self.call(__key=1)


print(UsesGlobal().get())
print(UsesGlobal().pass_kw())
