# Core @dataclass behaviour: __init__, __repr__, __eq__, defaults, fields(), __doc__, __match_args__.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p)
print(repr(Point(3)))
print(Point(x=5, y=6), Point(7, y=8))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p == (1, 2))
print(Point.__eq__(p, (1, 2)))
print(Point.__hash__)

print(Point.__match_args__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__init__.__defaults__)
print(Point.y, 'y' in Point.__dict__, 'x' in Point.__dict__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(1), is_dataclass(int))
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
f0, f1 = fields(Point)
print(f0.type, f0.default is MISSING, f0.default_factory is MISSING, f0.init, f0.repr,
      f0.hash, f0.compare, dict(f0.metadata), f0.kw_only)
print(f1.default)
print(Point.__dataclass_params__)

match p:
    case Point(a, b):
        print('matched', a, b)

@dataclass()
class Empty:
    pass

print(Empty(), Empty() == Empty(), Empty.__match_args__)

@dataclass
class Inventory:
    """An item in stock."""
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    note: str = field(default='none', repr=False)
    secret: int = field(default=0, compare=False)

    def total(self):
        return self.unit_price * self.quantity

a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, secret=99)
print(a, a.total(), a.note, b.secret)
print(a == b)
a.tags.append('x')
print(a.tags, b.tags, Inventory('g', 1.0).tags)
print(Inventory.__doc__)
print(Inventory.__match_args__)
print('tags' in Inventory.__dict__, Inventory.note)

@dataclass
class Meta:
    a: int = field(default=1, metadata={'unit': 'cm'})

print(fields(Meta)[0].metadata['unit'], len(fields(Meta)[0].metadata))
try:
    fields(Meta)[0].metadata['x'] = 1
except TypeError as e:
    print('TypeError', e)

for bad in (1, 'x', int):
    try:
        fields(bad)
    except TypeError as e:
        print('TypeError', e)

# A user-defined method is not overwritten.
@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True

print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

@dataclass(repr=False, eq=False)
class Bare:
    x: int

print(Bare(1).x, Bare.__repr__ is object.__repr__, Bare.__eq__ is object.__eq__)
print(hash(Bare(1)) is not None)

@dataclass(init=False)
class NoInit:
    x: int = 5

print(NoInit(), NoInit().x)

class Plain:
    x: int = 3

print(is_dataclass(Plain))
D = dataclass(Plain)
print(D is Plain, D(), D(4))

# Self-referencing and recursive repr.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

n = Node(1)
n.children.append(Node(2))
n.children.append(n)
print(n)
print(Node(0, [Node(1, [Node(2)])]))

# A field named self.
@dataclass
class Odd:
    self: int
    other: int = 2

print(Odd(1), Odd(self=5, other=6))
