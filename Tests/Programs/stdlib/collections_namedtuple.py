# namedtuple: construction, defaults, rename, _make/_replace/_asdict, class attributes, reprs,
# subclassing and the errors CPython reports.
from collections import namedtuple


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, repr(p), str(p))
print(p[0] + p[1], p.x + p.y, p[-1], p[:1], len(p))
x, y = p
print(x, y)
print(Point.__name__, Point.__doc__, Point._fields, Point._field_defaults)
print(Point.x.__doc__, Point.y.__doc__)
print(Point.__new__.__doc__)
print(Point._make.__doc__)
print(Point._replace.__doc__)
print(isinstance(p, tuple), issubclass(Point, tuple), type(p) is Point)
print(p == (11, 22), p == Point(11, 22), hash(p) == hash((11, 22)), p < Point(11, 23))
d = p._asdict()
print(type(d).__name__, d)
print(Point(**d))
print(p._replace(x=100), p._replace(), p)
print(Point._make([1, 2]), Point._make(iter((3, 4))), Point._make(range(2)))
print(Point.__match_args__)
print(p.__getnewargs__())
print(tuple(p), list(p), p + (1,), p * 2)
print(p.count(11), p.index(22))
show('set attr', lambda: setattr(p, 'x', 5))
show('set other attr', lambda: setattr(p, 'z', 5))

# Field names as a string, commas or spaces.
P3 = namedtuple('P3', 'a, b c')
print(P3._fields, P3(1, 2, 3))
P4 = namedtuple('P4', 'a,b,c')
print(P4(c=3, b=2, a=1))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, Empty.__doc__, Empty._make([]))
One = namedtuple('One', 'v')
print(One(1), One.__doc__, One.__new__.__doc__)

# Defaults apply to the rightmost fields.
Node = namedtuple('Node', 'val left right', defaults=(None, None))
print(Node(1), Node(1, 2), Node(1, 2, 3), Node(val=5, right=7))
print(Node._field_defaults, Node.__new__.__defaults__)
All = namedtuple('All', 'a b', defaults=[1, 2])
print(All(), All(9), All._field_defaults)
NoDef = namedtuple('NoDef', 'a b', defaults=())
print(NoDef._field_defaults, NoDef(1, 2))
GenDef = namedtuple('GenDef', 'a b', defaults=iter([7]))
print(GenDef(1), GenDef._field_defaults)

# rename replaces invalid, keyword, underscored and duplicate names by _index.
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y', 'ok'], rename=True)
print(R._fields)
print(R(1, 2, 3, 4, 5, 6, 7))
R2 = namedtuple('R2', 'a a a', rename=True)
print(R2._fields)

# module argument.
M = namedtuple('M', 'a', module='some.where')
print(M.__module__)
print(Point.__module__)

# Errors when building the class.
show('bad type name', lambda: namedtuple('1abc', 'a'))
show('keyword type name', lambda: namedtuple('class', 'a'))
show('bad field', lambda: namedtuple('T', 'a 1b'))
show('keyword field', lambda: namedtuple('T', 'a def'))
show('underscore field', lambda: namedtuple('T', 'a _b'))
show('duplicate field', lambda: namedtuple('T', 'a b a'))
show('too many defaults', lambda: namedtuple('T', 'a', defaults=(1, 2)))
show('non-str field', lambda: namedtuple('T', ['a', 3]))
show('field with dash', lambda: namedtuple('T', ['a-b']))

# Errors when constructing instances.
show('missing one', lambda: Point(1))
show('missing two', lambda: Point())
T3 = namedtuple('T3', 'a b c')
show('missing three', lambda: T3())
show('missing kw', lambda: T3(1, c=3))
show('too many', lambda: Point(1, 2, 3))
show('too many defaults', lambda: Node(1, 2, 3, 4))
show('empty too many', lambda: Empty(1))
show('one too many', lambda: One(1, 2))
show('unexpected kw', lambda: Point(1, 2, z=3))
show('multiple values', lambda: Point(1, 2, x=3))
show('_make short', lambda: Point._make([1]))
show('_make long', lambda: Point._make([1, 2, 3]))
show('_replace bad', lambda: p._replace(z=1))
show('_replace bad2', lambda: p._replace(x=1, w=2, v=3))
show('attr missing', lambda: p.z)


# Subclassing a named tuple.
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __str__(self):
        return 'Vec: x=%d y=%d' % self


v = Vec(3, 4)
print(v, repr(v), v.norm2, v + Vec(1, 1), Vec._make([5, 6]), v._replace(y=0))
print(type(v._replace(y=0)).__name__, type(Vec._make([1, 2])).__name__)
print(Vec.__mro__[1].__name__, Vec._fields, v._asdict())

# Class extended through _fields.
Point3 = namedtuple('Point3', Point._fields + ('z',))
print(Point3(1, 2, 3), Point3._fields)

# Nested reprs and sorting.
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts))
print({Point(1, 2): 'a'}[Point(1, 2)], [Point(0, Point(1, 2))])
print(max(pts, key=lambda q: q.y).x)
# Match statement support.
match Point(1, 2):
    case Point(a, b):
        print('matched', a, b)
show('del field', lambda: delattr(p, 'x'))
print(type(Point.x).__name__, Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
