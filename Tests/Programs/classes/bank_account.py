# A small bank: accounts with a transaction history, savings accounts with interest and a
# withdrawal limit, overdraft accounts, a bank that transfers between accounts atomically, custom
# exceptions for failed operations, and a statement printed with format specs.

class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return f"account {self.account.number}: cannot withdraw {self.amount:.2f}, balance is {self.account.balance:.2f}"


class LimitExceeded(BankError):
    pass


class UnknownAccount(BankError, KeyError):
    def __str__(self):
        return f"no account {self.args[0]!r}"


class Transaction:
    def __init__(self, kind, amount, balance_after, memo=""):
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after
        self.memo = memo

    def __repr__(self):
        return f"Transaction({self.kind!r}, {self.amount})"

    def line(self):
        sign = "+" if self.kind in ("deposit", "interest", "transfer-in") else "-"
        return f"{self.kind:<12}{sign}{self.amount:>9.2f}{self.balance_after:>10.2f}  {self.memo}".rstrip()


class Account:
    next_number = 1000

    def __init__(self, owner, opening=0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = 0
        self.history = []
        if opening:
            self.deposit(opening, "opening")

    @property
    def balance(self):
        return self._balance

    def _record(self, kind, amount, memo):
        self.history.append(Transaction(kind, amount, self._balance, memo))

    def deposit(self, amount, memo=""):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self._record("deposit", amount, memo)
        return self._balance

    def can_withdraw(self, amount):
        return amount <= self._balance

    def withdraw(self, amount, memo=""):
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record("withdrawal", amount, memo)
        return self._balance

    def statement(self):
        lines = [f"{type(self).__name__} {self.number} ({self.owner})"]
        lines += ["  " + t.line() for t in self.history]
        lines.append(f"  {'balance':<12}{self.balance:>20.2f}")
        return "\n".join(lines)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance:.2f})"

    def __lt__(self, other):
        return self.balance < other.balance


class SavingsAccount(Account):
    def __init__(self, owner, opening=0, rate=0.02, max_withdrawals=2):
        super().__init__(owner, opening)
        self.rate = rate
        self.max_withdrawals = max_withdrawals
        self.withdrawals = 0

    def withdraw(self, amount, memo=""):
        if self.withdrawals >= self.max_withdrawals:
            raise LimitExceeded(f"account {self.number}: at most {self.max_withdrawals} withdrawals")
        result = super().withdraw(amount, memo)
        self.withdrawals += 1
        return result

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self._balance += interest
        self._record("interest", interest, f"{self.rate:.1%}")
        return interest


class OverdraftAccount(Account):
    def __init__(self, owner, opening=0, overdraft=100):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, kind, owner, *args, **kwargs):
        account = kind(owner, *args, **kwargs)
        self.accounts[account.number] = account
        return account

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transfer(self, source, target, amount):
        src, dst = self.get(source), self.get(target)
        src.withdraw(amount, f"to {dst.number}")
        src.history[-1].kind = "transfer-out"
        dst.deposit(amount, f"from {src.number}")
        dst.history[-1].kind = "transfer-in"

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank("Adder Savings & Loan")
alice = bank.open(Account, "alice", 500)
bob = bank.open(SavingsAccount, "bob", 1000, rate=0.05)
carol = bank.open(OverdraftAccount, "carol", overdraft=50)
print(alice, bob, carol, sep="\n")

bank.transfer(alice.number, bob.number, 200)
bank.transfer(bob.number, carol.number, 75.5)
print(bob.add_interest())
carol.withdraw(100, "rent")
alice.deposit(12.25)

attempts = [
    lambda: carol.withdraw(30),
    lambda: bank.transfer(bob.number, alice.number, 10),
    lambda: bank.transfer(bob.number, alice.number, 10),
    lambda: bank.transfer(alice.number, 4242, 1),
    lambda: alice.withdraw(-5),
    lambda: alice.withdraw(10 ** 6),
]
for attempt in attempts:
    try:
        attempt()
        print("ok")
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print("ValueError:", e)

try:
    bank.get(1)
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, e)

for account in sorted(bank.accounts.values()):
    print(account.statement())
print(f"{bank.name}: total {bank.total():.2f} in {len(bank.accounts)} accounts")
print(max(bank.accounts.values()), min(bank.accounts.values()).owner)
print([t for t in alice.history])
