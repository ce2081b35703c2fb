# return, break and continue through finally; finally overriding return values and exceptions.

def return_in_try():
    try:
        return "from try"
    finally:
        print("finally after return")

def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2

def loop_with_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

def loop_with_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

def break_in_finally():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            break
    return out

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

def nested_finally():
    order = []
    try:
        try:
            order.append("inner try")
            return order
        finally:
            order.append("inner finally")
    finally:
        order.append("outer finally")

def exception_in_except_runs_finally():
    log = []
    try:
        try:
            raise ValueError("first")
        except ValueError:
            log.append("handler")
            raise TypeError("second")
        finally:
            log.append("finally")
    except TypeError as e:
        log.append(f"outer {e}")
    return log

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)

print(return_in_try())
print(finally_overrides())
print(finally_swallows_exception())
print(return_value_evaluated_before_finally())
print(loop_with_break())
print(loop_with_continue())
print(break_in_finally())
print(continue_in_finally())
print(nested_finally())
print(exception_in_except_runs_finally())
print(while_finally())
