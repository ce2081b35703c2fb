import pprint
from collections import OrderedDict, defaultdict, Counter, deque
od = OrderedDict((f"key{i}", list(range(i))) for i in range(8))
pprint.pprint(od)
dd = defaultdict(list)
for i in range(20):
    dd[i % 6].append("item%d" % i)
pprint.pprint(dd)
c = Counter("the quick brown fox jumps over the lazy dog and keeps running far away")
pprint.pprint(c, width=40)
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50), width=30)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])
pprint.pprint({"od": OrderedDict(a=1), "dd": dict(dd)}, width=50)
