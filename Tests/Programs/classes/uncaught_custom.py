# An uncaught custom exception raised from a method deep in a call chain and re-raised by a bare
# `raise`: stdout before it is kept, the exit status is 1, and the last stderr line is
# "ClassName: <its __str__>" (no module prefix for classes defined in __main__).

class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, available):
        super().__init__(item, wanted, available)
        self.item = item
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return f"cannot take {self.wanted} x {self.item}: only {self.available} left"


class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)

    def take(self, item, n):
        try:
            available = self.stock[item]
        except KeyError:
            available = 0
        if n > available:
            raise OutOfStock(item, n, available)
        self.stock[item] = available - n
        return n


class Order:
    def __init__(self, warehouse):
        self.warehouse = warehouse
        self.lines = []

    def add(self, item, n):
        try:
            self.warehouse.take(item, n)
        except OutOfStock as e:
            print("partial failure:", e)
            raise
        self.lines.append((item, n))


w = Warehouse({"apple": 5, "pear": 1})
order = Order(w)
order.add("apple", 3)
print(order.lines, w.stock)
order.add("pear", 2)
print("not reached")
