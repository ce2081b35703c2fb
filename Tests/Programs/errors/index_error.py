# An uncaught IndexError from a list in a loop that runs one step too far.

values = [3, 1, 4, 1, 5]
i = 0
while True:
    print(values[i])
    i += 1
