# Diamond inheritance and C3 linearization: __mro__, mro(), method resolution through the
# diamond, and the classes CPython refuses to create.

class A:
    def who(self):
        return "A"

    def ping(self):
        return "A.ping"


class B(A):
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"

    def ping(self):
        return "C.ping"


class D(B, C):
    pass


class E(C, B):
    pass


print(D.__mro__)
print(E.__mro__)
print(D.mro())
print(D().who(), D().ping(), E().who(), E().ping())
print([k.__name__ for k in D.__mro__])

# The classic example from the C3 paper.
class O:
    pass


class A1(O):
    pass


class B1(O):
    pass


class C1(O):
    pass


class D1(O):
    pass


class E1(O):
    pass


class K1(A1, B1, C1):
    pass


class K2(D1, B1, E1):
    pass


class K3(D1, A1):
    pass


class Z(K1, K2, K3):
    pass


print([k.__name__ for k in Z.__mro__])

class X(O):
    pass


class Y(O):
    pass


class M1(X, Y):
    pass


class M2(Y, X):
    pass


try:
    class Bad(M1, M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Dup(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Backwards(O, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Forwards(X, O):
    pass


print([k.__name__ for k in Forwards.__mro__])

# Attribute lookup follows the MRO, class attributes included.
class P:
    tag = "P"


class Q(P):
    pass


class R(P):
    tag = "R"


class S(Q, R):
    pass


print(S.tag, S().tag)
print(S.__bases__ == (Q, R), S.__base__ is Q)
print(issubclass(S, P), issubclass(S, R), isinstance(S(), (R, int)))

# type.mro can be called on any class; object's MRO is just itself.
print(object.__mro__, int.__mro__, bool.__mro__)
print(type.mro(D) == list(D.__mro__))
