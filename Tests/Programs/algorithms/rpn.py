# Shunting-yard conversion from infix to reverse Polish notation, and a stack-based RPN evaluator.

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT_ASSOC = {"^"}

def to_rpn(tokens):
    output = []
    stack = []
    for tok in tokens:
        if tok in PRECEDENCE:
            while stack and stack[-1] in PRECEDENCE and (
                    PRECEDENCE[stack[-1]] > PRECEDENCE[tok] or
                    (PRECEDENCE[stack[-1]] == PRECEDENCE[tok] and tok not in RIGHT_ASSOC)):
                output.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack[-1] != "(":
                output.append(stack.pop())
            stack.pop()
        else:
            output.append(tok)
    while stack:
        output.append(stack.pop())
    return output

def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in PRECEDENCE:
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            elif tok == "/":
                stack.append(a / b)
            else:
                stack.append(a ** b)
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack {stack}")
    return stack[0]

for expr in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "( 1 + 2 ) * ( 3 + 4 )", "2 ^ 3 ^ 2", "10 - 4 - 3", "7", "2 * ( 3 + 4 ) - 5 ^ 2"]:
    rpn = to_rpn(expr.split())
    print(f"{expr:32} -> {' '.join(rpn):28} = {eval_rpn(rpn)}")
for bad in ["1 2", "1 +", "4 0 /"]:
    try:
        print(eval_rpn(bad.split()))
    except (ValueError, IndexError, ZeroDivisionError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
