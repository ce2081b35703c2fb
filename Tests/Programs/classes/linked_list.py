# A singly linked list class with a separate node class and iterator class: append/prepend/insert,
# remove, reverse in place, indexing (negative too) and slicing, len, contains, equality,
# concatenation with +, repr, iteration (explicit iterator object), and list-like errors.

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for item in items:
            self.append(item)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self.size += 1

    def _node_at(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node

    def insert(self, index, value):
        if index <= 0 or self.head is None:
            self.prepend(value)
        elif index >= self.size:
            self.append(value)
        else:
            before = self._node_at(index - 1)
            before.next = Node(value, before.next)
            self.size += 1

    def remove(self, value):
        prev, node = None, self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                if node is self.tail:
                    self.tail = prev
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in LinkedList")

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return node.value

    def reverse(self):
        prev, node = None, self.head
        self.tail = node
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __len__(self):
        return self.size

    def __iter__(self):
        return LinkedListIterator(self.head)

    def __contains__(self, value):
        for v in self:
            if v == value:
                return True
        return False

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList([self[i] for i in range(*index.indices(self.size))])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and list(self) == list(other)

    def __add__(self, other):
        result = LinkedList(self)
        for v in other:
            result.append(v)
        return result

    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(v) for v in self]) + "])"

    def __str__(self):
        return " -> ".join([str(v) for v in self]) or "(empty)"


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(0)
ll.insert(2, "x")
ll.insert(100, "end")
print(ll, len(ll))
print(repr(ll), ll[0], ll[-1], ll[2], ll[1:4], ll[::-2], ll[::2] == LinkedList([0, "x", 4, "end"]))
ll.remove("x")
ll.remove(1)
ll[0] = "zero"
print(ll, 4 in ll, "x" in ll, list(ll), sorted([v for v in ll if isinstance(v, int)]))
ll.reverse()
print(ll, ll.head.value, ll.tail.value)
ll.append("after-reverse")
print(ll)
print(ll + LinkedList("ab"), ll + [7, 8], len(ll + ll))
total = 0
for v in ll:
    if isinstance(v, int):
        total += v
print("sum of ints:", total)
it = iter(ll)
print(next(it), next(it), type(it).__name__)
print(LinkedList() == LinkedList([]), LinkedList([1]) == LinkedList([1, 2]), LinkedList([1]) == [1])
print(str(LinkedList()), repr(LinkedList()), bool(LinkedList()), bool(ll))

q = LinkedList(range(5))
drained = []
while q:
    drained.append(q.pop_front())
print(drained, len(q), q.head, q.tail)

for attempt in [lambda: q.pop_front(), lambda: ll[99], lambda: ll.remove("nope"), lambda: LinkedList([1])[-2]]:
    try:
        attempt()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# Unpacking, enumerate and zip over the iterator protocol.
a, b, c = LinkedList("xyz")
print(a, b, c, list(enumerate(LinkedList([10, 20]))), dict(zip(LinkedList("ab"), LinkedList([1, 2]))))
