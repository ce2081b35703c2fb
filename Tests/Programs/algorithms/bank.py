# A ledger simulation with dicts and exceptions: transfers, overdraft errors, interest, statements.

accounts = {"alice": 100, "bob": 50, "carol": 0}
history = {name: [] for name in accounts}

def transfer(src, dst, amount):
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    if accounts[src] < amount:
        raise RuntimeError(f"{src} has {accounts[src]}, cannot send {amount}")
    accounts[src] -= amount
    accounts[dst] += amount
    history[src].append(-amount)
    history[dst].append(amount)

operations = [("alice", "bob", 30), ("bob", "carol", 70), ("carol", "alice", 100), ("alice", "dave", 5),
              ("bob", "alice", -3), ("carol", "bob", 20), ("erin", "bob", 1), ("alice", "carol", 70)]
failures = {}
for src, dst, amount in operations:
    try:
        transfer(src, dst, amount)
        print(f"ok   {src:>5} -> {dst:<5} {amount:4}")
    except KeyError as e:
        print(f"fail unknown account {e}")
        failures["KeyError"] = failures.get("KeyError", 0) + 1
    except (ValueError, RuntimeError) as e:
        print(f"fail {type(e).__name__}: {e}")
        failures[type(e).__name__] = failures.get(type(e).__name__, 0) + 1
    finally:
        assert sum(accounts.values()) == 150
print(accounts, failures)
for name in accounts:
    balance = accounts[name]
    interest = round(balance * 0.035, 2)
    accounts[name] = round(balance + interest, 2)
    print(f"{name:<6} history={history[name]} interest={interest:.2f} new balance={accounts[name]:>8.2f}")
richest = max(accounts, key=accounts.get)
print("richest:", richest, "total: %.2f" % sum(accounts.values()))
