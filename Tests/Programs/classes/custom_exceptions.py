# Custom exception hierarchies: extra attributes, overridden __str__ and __init__, args, catching
# by base classes and tuples, raise ... from (and __cause__/__context__), re-raising, exceptions
# carrying other objects, exception classes with class attributes and methods.

class AppError(Exception):
    code = 1

    def describe(self):
        return f"[{self.code}] {type(self).__name__}: {self}"


class ConfigError(AppError):
    code = 2


class MissingKey(ConfigError):
    code = 3

    def __init__(self, key, section="main"):
        super().__init__(key, section)
        self.key = key
        self.section = section

    def __str__(self):
        return f"missing key {self.key!r} in section [{self.section}]"


class NetworkError(AppError):
    def __init__(self, host, retries):
        super().__init__(f"cannot reach {host}")
        self.host = host
        self.retries = retries


class Timeout(NetworkError, TimeoutError):
    code = 408


errors = [AppError("generic"), ConfigError("bad file"), MissingKey("port"),
          MissingKey("user", section="db"), NetworkError("example.org", 3), Timeout("slow.net", 1)]
for err in errors:
    try:
        raise err
    except MissingKey as e:
        print("MissingKey:", e.key, e.section, e.args, "|", e.describe())
    except ConfigError as e:
        print("ConfigError:", e, e.args, "|", e.describe())
    except NetworkError as e:
        print("NetworkError:", e.host, e.retries, str(e), "|", e.describe(), isinstance(e, OSError))
    except AppError as e:
        print("AppError:", e, "|", e.describe())

print(repr(MissingKey("k")), repr(AppError("x", 2)), repr(Timeout("h", 0)))
print([c.__name__ for c in Timeout.__mro__])
print(issubclass(MissingKey, Exception), issubclass(Timeout, OSError), issubclass(AppError, ConfigError))

# Caught by a tuple including a builtin base.
for exc in [Timeout("t", 0), ValueError("v"), MissingKey("m")]:
    try:
        raise exc
    except (TimeoutError, ValueError) as e:
        print("tuple caught", type(e).__name__)
    except Exception as e:
        print("Exception caught", type(e).__name__, e)


# raise ... from: __cause__, and implicit chaining: __context__.
class ParseError(AppError):
    def __init__(self, line, message):
        super().__init__(message)
        self.line = line

    def __str__(self):
        return f"line {self.line}: {self.args[0]}"


def parse_int(text, line):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(line, f"not an integer: {text!r}") from e


def parse_all(lines):
    out = []
    for i, t in enumerate(lines, 1):
        out.append(parse_int(t, i))
    return out


print(parse_all(["1", "2"]))
try:
    parse_all(["1", "x2"])
except AppError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ConfigError("during handling")
except ConfigError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__, e.__cause__)

try:
    try:
        raise ConfigError("inner")
    except ConfigError as e:
        raise AppError("outer") from None
except AppError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


# Re-raising keeps the same object; attributes added while handling survive.
def risky():
    raise NetworkError("db", 5)


try:
    try:
        risky()
    except NetworkError as e:
        e.retries -= 1
        e.note = "annotated"
        raise
except AppError as e:
    print(e, e.retries, e.note)


# Exceptions with no arguments, with many, and with a custom __init__ that skips super().__init__.
class Empty(Exception):
    pass


class Odd(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b


print(repr(Empty()), str(Empty()), Empty().args, repr(Empty(1, "two")), str(Empty(1, "two")))
o = Odd(1, 2)
print(o.args, str(o), repr(o), o.a + o.b)


# An exception carrying a result object; catching and inspecting it.
class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")


def validate(user):
    problems = []
    if not user.get("name"):
        problems.append("name is required")
    if user.get("age", 0) < 0:
        problems.append("age must be >= 0")
    if problems:
        raise ValidationError(problems)
    return True


for user in [{"name": "ann", "age": 3}, {"age": -1}, {"name": ""}]:
    try:
        print(validate(user))
    except ValueError as e:
        print(type(e).__name__, e, e.errors)


# finally and else with custom exceptions, and exception groups of handlers in a loop.
def attempt(n):
    try:
        if n == 0:
            raise MissingKey("zero")
        if n == 1:
            raise Timeout("one", 1)
    except ConfigError as e:
        return "config: " + str(e)
    else:
        return "ok " + str(n)
    finally:
        print("  finally", n)


for n in [0, 2]:
    print(attempt(n))
try:
    attempt(1)
except TimeoutError as e:
    print("escaped:", type(e).__name__, e)

# Raising a class rather than an instance instantiates it.
try:
    raise Empty
except Empty as e:
    print(type(e).__name__, e.args)

# Raising something that is not an exception.
class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
