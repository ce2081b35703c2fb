# An uncaught AttributeError from a typo in a method: CPython 3.11 appends a "Did you mean"
# suggestion (computed from the instance's and class's attribute names) to the last stderr line.

class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def report(self):
        return f"{self.owner}: {self.balanse}"


acct = Account("ann", 10)
print(acct.deposit(5))
try:
    acct.withdraw(3)
except AttributeError as e:
    print(type(e).__name__, e)
print(acct.report())
