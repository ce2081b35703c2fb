# string: constants, capwords, Template, Formatter.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)))

print(string.capwords("hello   world  from adder"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c d", "-"))
print(string.capwords("ÉCOLE élève"))
print(repr(string.capwords("")))
print(string.capwords("x,,y", ","))

# Template.
T = string.Template
t = T("$who likes $what, ${who}s like ${what}y. $$5 costs $$$amt")
print(t.template)
print(t.substitute(who="tim", what="kung pao", amt=5))
print(t.substitute({"who": "ann", "what": "tea", "amt": 1}))
print(t.substitute({"who": "ann", "what": "tea", "amt": 1}, who="bob"))
print(t.safe_substitute(who="sue"))
print(t.safe_substitute({}))
print(t.get_identifiers())
print(t.is_valid())

for tmpl, kw in [("$missing here", {}), ("${missing}", {}), ("x $who", {"whom": 1})]:
    try:
        T(tmpl).substitute(**kw)
    except KeyError as e:
        print("KeyError:", e)

for tmpl in ["trailing $", "bad $1 name", "line1\nline2 ${ bad}", "a\nb\nc $!", "${", "$"]:
    try:
        T(tmpl).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
    print(repr(T(tmpl).safe_substitute(x=1)), T(tmpl).is_valid(), T(tmpl).get_identifiers())

print(T("${a}${b}$a$b").substitute(a=1, b=[2]))
print(T("$_under $x9 $é").safe_substitute(_under="U", x9="N"))
print(T("$a.b $a_b").safe_substitute(a="A"))
print(T("no placeholders").substitute())
print(T("$x").substitute(x=3.5), T("$x").substitute(x=None))

class Percent(T):
    delimiter = "%"

print(Percent("%name is %% %{age} $keep").substitute(name="X", age=9))
print(Percent("%bad %").safe_substitute())

class Dotted(T):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"

print(Dotted("$user.name and ${user.id}").substitute({"user.name": "ann", "user.id": 7}))

class Braced(T):
    braceidpattern = r"[A-Z ]+"

print(Braced("${HELLO WORLD} $lower").substitute({"HELLO WORLD": "hi", "lower": "lo"}))

class CaseSensitive(T):
    flags = 0
    idpattern = r"[a-z]+"

print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))

# Formatter.
f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name!r:>10}|{name!s}|{name!a}", name="é"))
print(f.format("{0[1]} {0[0][1]} {d[key]} {o.real}", ["xy", "z"], d={"key": "v"}, o=3))
print(f.format("{:{width}.{prec}f}", 3.14159, width=10, prec=2))
print(f.format("{{literal}} {}", "x"))
print(f.format("{:^9}|{:<5}|{:08.3f}", "mid", 7, -1.5))
print(list(f.parse("a{0}b{1:>3}c{x!r}d{{e}}f")))
print(list(f.parse("{}")), list(f.parse("")), list(f.parse("only text")))
print(list(f.parse("{a.b[c]:{w}}")))
print(f.get_field("0.real", [5], {}))
print(f.get_field("k[2]", [], {"k": "abcd"}))
print(f.vformat("{0}-{k}", (1,), {"k": 2}))
print(f.convert_field(1, "r"), f.convert_field("s", None), f.format_field(5, "03d"))

for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0", (1,), {}), ("{!x}", (1,), {}),
                      ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{0!}", (1,), {}),
                      ("{0!rr}", (1,), {}), ("{0[}", ([1],), {}), ("{0.}", (1,), {}),
                      ("{0[0]x}", ([1],), {}), ("{a{b}", (), {}),
                      ("{:{:{:}}}", (1, 2, 3, 4), {})]:
    try:
        print(repr(f.format(fmt, *args, **kw)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError:", e)
try:
    f.format("{3}", 1)
except IndexError as e:
    print("IndexError:", e)

class Loud(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        print("used:", sorted(map(str, used)))

print(Loud().format("{0} {x} {y:>4}", "abc", x="def"))

# The patterns and flags the classes carry.
print(T.flags, T.delimiter, T.idpattern, T.braceidpattern)
print(T.pattern.flags == (string.Template.flags | 8 | 32), T.pattern.groupindex == {'escaped': 1, 'named': 2, 'braced': 3, 'invalid': 4})
print(Percent.pattern.pattern.split())
print(Dotted.pattern.pattern.split())
print(CaseSensitive.pattern.flags & 2)
