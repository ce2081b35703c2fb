# An uncaught KeyError: the last stderr line shows the key's repr.

prices = {"apple": 1.25, "pear": 0.75}
order = ["apple", "pear", "mango"]
total = 0
for item in order:
    print("adding", item)
    total += prices[item]
print(total)
