# A binary search tree map: insert/update, lookup with [] and get, delete (leaf, one child, two
# children), in-order iteration through an iterator class that keeps an explicit stack, reverse
# and level-order traversals, height, min/max, floor/ceiling, range queries, and KeyError.

class _Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class InOrder:
    """In-order iterator: the stack holds the path of nodes whose left side is done."""

    def __init__(self, root, reverse=False):
        self.stack = []
        self.reverse = reverse
        self._push_side(root)

    def _push_side(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.right if self.reverse else node.left

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_side(node.left if self.reverse else node.right)
        return node.key, node.value


class TreeMap:
    def __init__(self, pairs=()):
        self.root = None
        self.size = 0
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = _Node(key, value)
            self.size = 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, _Node(key, value))
                self.size += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def get(self, key, default=None):
        node = self._find(key)
        return default if node is None else node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.size

    def __delitem__(self, key):
        self.root, removed = self._delete(self.root, key)
        if not removed:
            raise KeyError(key)
        self.size -= 1

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        successor = node.right
        while successor.left is not None:
            successor = successor.left
        node.key, node.value = successor.key, successor.value
        node.right, _ = self._delete(node.right, successor.key)
        return node, True

    def __iter__(self):
        return InOrder(self.root)

    def keys(self):
        return [k for k, _ in self]

    def reversed_keys(self):
        return [k for k, _ in InOrder(self.root, reverse=True)]

    def level_order(self):
        levels, current = [], [self.root] if self.root else []
        while current:
            levels.append([n.key for n in current])
            current = [c for n in current for c in (n.left, n.right) if c is not None]
        return levels

    def height(self):
        return len(self.level_order())

    def min(self):
        node = self.root
        while node.left:
            node = node.left
        return node.key

    def max(self):
        node = self.root
        while node.right:
            node = node.right
        return node.key

    def floor(self, key):
        best, node = None, self.root
        while node:
            if node.key == key:
                return key
            if node.key < key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best

    def ceiling(self, key):
        best, node = None, self.root
        while node:
            if node.key == key:
                return key
            if node.key > key:
                best, node = node.key, node.left
            else:
                node = node.right
        return best

    def range(self, lo, hi):
        return [(k, v) for k, v in self if lo <= k <= hi]

    def __repr__(self):
        return "TreeMap({" + ", ".join([f"{k!r}: {v!r}" for k, v in self]) + "})"


t = TreeMap()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = "v" + str(k)
print(len(t), t.keys())
print(t.reversed_keys())
print(t.level_order(), t.height(), t.min(), t.max())
print(t[40], t.get(99), t.get(99, "?"), 65 in t, 66 in t)
print(t.floor(64), t.ceiling(64), t.floor(10), t.ceiling(81), t.floor(80))
print(t.range(33, 62))
t[40] = "forty"
print(t[40], len(t))

del t[20]          # leaf
del t[30]          # two children
del t[70]          # two children
del t[80]          # leaf after the above
print(t.keys(), len(t), t.level_order())
try:
    del t[1234]
except KeyError as e:
    print("KeyError", e)
try:
    t["zz"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[1]
except KeyError as e:
    print("KeyError", e)

words = TreeMap([(w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split()])
print(words)
print(list(words)[:3], dict(words)["quick"], len(words), words.min(), words.max())
it = iter(words)
print(next(it), next(it), len(it.stack))

# Iterating twice gives independent iterators; an empty tree iterates nothing.
print(list(TreeMap()), [k for k, _ in t] == [k for k, _ in t], TreeMap().level_order())

# Sorted insertion degenerates into a list-like tree.
chain = TreeMap([(i, i * i) for i in range(8)])
print(chain.height(), chain.keys(), chain.reversed_keys()[:3])
