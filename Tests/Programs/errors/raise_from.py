# An uncaught exception raised from another: only the last exception is on the last stderr line.

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

print(parse("42"))
print(parse("forty-two"))
