# match with literal, capture, wildcard, OR and as patterns; None/True/False compare by identity.

def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" | "hi":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 10 | 20 as tens:
            return f"tens {tens}"
        case _:
            return f"other {value!r}"

for v in [0, 1, 3, -1, 2.5, "hello", "hi", "", None, True, False, 1.0, 0.0, 10, 20, 30, "bye", [], 2 ** 70]:
    print(repr(v), "->", describe(v))

def capture(value):
    match value:
        case "x":
            return "literal x"
        case other:
            return f"captured {other!r}"
print(capture("x"), capture(42), capture([1]))

def no_match(value):
    match value:
        case 1:
            return "one"
    return "fell through"
print(no_match(1), no_match(2))

def strings(cmd):
    match cmd.lower():
        case "quit" | "exit" | "q":
            return "bye"
        case "help" | "?":
            return "usage"
        case text:
            return f"unknown command {text}"
print(strings("QUIT"), strings("?"), strings("Jump"))
count = 0
for n in range(10):
    match n % 3:
        case 0:
            count += 100
        case 1:
            count += 10
        case _:
            count += 1
print(count)
