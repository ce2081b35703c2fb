# An uncaught TypeError from mixing str and int.

def label(n):
    return "item " + n

print(label("one"))
print(label(2))
