# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables and errors.

def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            literal = text[i:j]
            tokens.append(("num", float(literal) if "." in literal else int(literal)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

def parse(tokens, variables):
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def take():
        tok = tokens[pos[0]]
        pos[0] += 1
        return tok
    def expect(value):
        tok = take()
        if tok != ("op", value):
            raise SyntaxError(f"expected {value!r}, got {tok[1]!r}")
    def expr():
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            value = value + term() if op == "+" else value - term()
        return value
    def term():
        value = unary()
        while peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = take()[1]
            rhs = unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        if peek() == ("op", "+"):
            take()
            return unary()
        return power()
    def power():
        base = atom()
        if peek() == ("op", "**"):
            take()
            return base ** unary()
        return base
    def atom():
        kind, value = take()
        if kind == "num":
            return value
        if kind == "name":
            if peek() == ("op", "("):
                take()
                arg = expr()
                expect(")")
                return FUNCTIONS[value](arg)
            if value not in variables:
                raise NameError(f"unknown variable {value!r}")
            return variables[value]
        if (kind, value) == ("op", "("):
            inner = expr()
            expect(")")
            return inner
        raise SyntaxError(f"unexpected token {value!r}")
    result = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing input at token {peek()[1]!r}")
    return result

FUNCTIONS = {"abs": abs, "double": lambda v: 2 * v, "neg": lambda v: -v}
variables = {"x": 3, "y": 4, "big": 2 ** 64, "half": 0.5}
for source in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2", "10 / 4", "10 % 4 - 7 % -3",
               "x * x + y * y", "big * big", "half * 3 + 0.25", "abs(neg(x - 10))", "double(double(1.5))",
               "2 ** -1", "1 +", "(1 + 2", "3 $ 4", "unknown + 1", "1 / 0", "4 4", "abs(x", "1.5.2 + 1"]:
    try:
        print(f"{source:22} = {parse(tokenize(source), variables)!r}")
    except (SyntaxError, NameError, ZeroDivisionError, ValueError, KeyError) as e:
        print(f"{source:22} ! {type(e).__name__}: {e}")
