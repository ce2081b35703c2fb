# ClassVar pseudo-fields (typing imported), typing annotations, and asdict deep-copying leaf values.
from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional
import typing


@dataclass
class C:
    x: int
    count: ClassVar[int] = 0
    plain: ClassVar = 'p'
    items: List[int] = field(default_factory=list)
    maybe: Optional[str] = None
    s: 'ClassVar[str]' = 'strcv'
    t: 'typing.ClassVar[int]' = 3


print([f.name for f in fields(C)], C(1), C.count, C.plain, C.s)
print(C.__dataclass_fields__['count']._field_type, C.__dataclass_fields__['s']._field_type)
try:
    @dataclass
    class D:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class E:
        x: ClassVar[int] = field(default=1, kw_only=True)
except TypeError as e:
    print('TypeError:', e)
@dataclass
class F:
    x: ClassVar[list] = []
print(F.x, F())


class Obj:
    def __init__(self):
        self.v = [1]


@dataclass
class H:
    o: object
    s: set


h = H(Obj(), {1, 2})
from dataclasses import asdict, astuple
d = asdict(h)
t = astuple(h)
print(type(d['o']).__name__, d['s'], d['s'] is h.s, d['o'] is h.o, d['o'].v == h.o.v, d['o'].v is h.o.v)
print(t[0] is h.o, t[1] == h.s)
