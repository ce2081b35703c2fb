# An uncaught UnboundLocalError (3.11 wording).

total = 0
def add(n):
    total += n
    return total

print("adding")
add(5)
