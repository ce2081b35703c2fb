# An inventory: items with categories and prices, stock movements, sorting with key=lambda on
# several fields (stable sorts, reverse, attribute tuples), grouping, search with predicates,
# low-stock reports, and a value summary formatted as a table.

class Item:
    def __init__(self, sku, name, category, price, qty=0):
        self.sku = sku
        self.name = name
        self.category = category
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"


class StockError(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, item):
        if item.sku in self.items:
            raise StockError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        return self

    def receive(self, sku, n):
        self.items[sku].qty += n
        self.log.append(("in", sku, n))

    def ship(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise StockError(f"only {item.qty} of {item.name} in stock, {n} requested")
        item.qty -= n
        self.log.append(("out", sku, n))

    def __iter__(self):
        return iter(list(self.items.values()))

    def __len__(self):
        return len(self.items)

    def __getitem__(self, sku):
        return self.items[sku]

    def find(self, predicate):
        return [i for i in self if predicate(i)]

    def sorted_by(self, key, reverse=False):
        return sorted(self, key=key, reverse=reverse)

    def by_category(self):
        groups = {}
        for item in self:
            groups.setdefault(item.category, []).append(item)
        return groups

    def total_value(self):
        return sum([i.value for i in self])


inv = Inventory()
for row in [("A1", "hammer", "tools", 12.5, 10), ("B7", "nails (100)", "hardware", 3.25, 200),
            ("A2", "saw", "tools", 24.0, 3), ("C3", "glue", "supplies", 4.75, 0),
            ("B2", "screws (50)", "hardware", 3.25, 150), ("A3", "drill", "tools", 89.99, 2),
            ("C1", "tape", "supplies", 2.5, 40)]:
    inv.add(Item(*row))

print(len(inv), [i.sku for i in inv])
print("by price:", [i.name for i in inv.sorted_by(lambda i: i.price)])
print("by price desc, then name:", [i.name for i in inv.sorted_by(lambda i: (-i.price, i.name))])
print("by category, value desc:", [(i.category, i.sku) for i in inv.sorted_by(lambda i: (i.category, -i.value))])
print("by name length then sku:", [i.sku for i in sorted(inv, key=lambda i: (len(i.name), i.sku))])
# Stability: equal keys keep insertion order.
print("stable by price:", [i.sku for i in sorted(inv, key=lambda i: i.price == 3.25)])
print("max value:", max(inv, key=lambda i: i.value).name, "| min qty:", min(inv, key=lambda i: i.qty).name)

inv.receive("C3", 25)
inv.ship("B7", 120)
inv.ship("A1", 9)
try:
    inv.ship("A3", 5)
except StockError as e:
    print("StockError:", e)
try:
    inv.add(Item("A1", "dup", "tools", 1))
except StockError as e:
    print("StockError:", e)
try:
    inv.ship("Z9", 1)
except KeyError as e:
    print("KeyError:", e)
print(inv.log)

low = inv.find(lambda i: i.qty < 5)
print("low stock:", sorted(low, key=lambda i: i.qty))
cheap_tools = inv.find(lambda i: i.category == "tools" and i.price < 50)
print("cheap tools:", [i.name for i in cheap_tools])

print(f"{'sku':<4} {'name':<12} {'qty':>5} {'price':>7} {'value':>9}")
for category, items in sorted(inv.by_category().items()):
    print(f"-- {category}")
    for i in sorted(items, key=lambda i: i.sku):
        print(f"{i.sku:<4} {i.name:<12} {i.qty:>5} {i.price:>7.2f} {i.value:>9.2f}")
    print(f"{'':<4} {'subtotal':<12} {sum([i.qty for i in items]):>5} {'':>7} {sum([i.value for i in items]):>9.2f}")
print(f"total value {inv.total_value():.2f}")

# Sorting the items in place by attribute via a bound method key and by a key function object.
class ByAttr:
    def __init__(self, *names):
        self.names = names

    def __call__(self, obj):
        return tuple([getattr(obj, n) for n in self.names])


items = list(inv)
items.sort(key=ByAttr("category", "name"))
print([i.name for i in items])
items.sort(key=ByAttr("qty"), reverse=True)
print([(i.sku, i.qty) for i in items])
def value_of(sku):
    return inv[sku].value


print(sorted(["B7", "A1", "C3"], key=value_of), sorted(["B7", "A1", "C3"], key=lambda s: inv[s].value, reverse=True))
