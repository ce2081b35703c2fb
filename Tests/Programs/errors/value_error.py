# An uncaught ValueError from int() on text that is not a number.

for text in ["10", "20", "thirty"]:
    print(int(text) * 2)
