class P:
    __slots__ = ('a', 'b', '__priv')
    def __init__(self, a):
        self.a = a
        self.__priv = a * 2
    def priv(self):
        return self.__priv
p = P(1)
print(p.a, p.priv(), hasattr(p, "__dict__"), hasattr(p, "b"))
try: p.b
except AttributeError as e: print(e)
try: p.c = 5
except AttributeError as e: print(e)
try: del p.b
except AttributeError as e: print(e)
p.b = 7; del p.b; print(hasattr(p, "b"))
print(P.a, type(P.a).__name__, P.a.__name__, P.a.__objclass__ is P, sorted(k for k in P.__dict__ if not k.startswith("__")))
class Q(P): pass
q = Q(3); q.z = 1; print(q.__dict__, q.a)
class R(P):
    __slots__ = ('c', '__dict__')
r = R(4); r.z = 2; r.c = 3; print(r.__dict__, r.c, r.a)
class S(P): __slots__ = ('a',)
s = S(5); print(s.a, s.priv())
try:
    class T:
        __slots__ = ('a',); a = 1
except ValueError as e: print(type(e).__name__, e)
class U: __slots__ = 'x'
u = U(); u.x = 9; print(U.__slots__, u.x)
class V: __slots__ = ()
try: V().q = 1
except AttributeError as e: print(e)
class A: __slots__ = ('x',)
class B: __slots__ = ('y',)
try:
    class C(A, B): pass
except TypeError as e: print(e)
class D(A):
    __slots__ = ('y', 'z')
d = D(); d.x, d.y, d.z = 1, 2, 3; print(d.x, d.y, d.z, isinstance(d, A))
class E(Exception): __slots__ = ('code',)
try:
    e = E("m"); e.code = 4; raise e
except E as ex: print(ex, ex.code)
class Pt(tuple): __slots__ = ()
print(Pt((1, 2)), hasattr(Pt((1,)), "__dict__"))
try: vars(p)
except TypeError as e: print(e)
try: P.a.__get__(5)
except TypeError as e: print(e)
try:
    class W: __slots__ = (1,)
except TypeError as e: print(e)
class Plain: pass
class Mix(A, Plain): pass
m = Mix(); m.x = 1; m.w = 2; print(m.x, m.__dict__)
class Mix2(Plain, A): __slots__ = ('k',)
m2 = Mix2(); m2.x = 1; m2.k = 2; m2.w = 3; print(m2.x, m2.k, m2.__dict__)
