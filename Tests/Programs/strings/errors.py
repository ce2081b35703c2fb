# Error messages of str operations.

s = "abc"
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("str + int", lambda: s + 1)
attempt("int + str", lambda: 1 + s)
attempt("str * str", lambda: s * "b")
attempt("str * float", lambda: s * 2.0)
attempt("str - str", lambda: s - "a")
attempt("index 5", lambda: s[5])
attempt("index -4", lambda: s[-4])
attempt("float index", lambda: s[1.5])
attempt("str index", lambda: s["a"])
attempt("missing attr", lambda: s.foo)
attempt("str < int", lambda: s < 1)
attempt("int >= str", lambda: 1 >= s)
attempt("ord long", lambda: ord("ab"))
attempt("ord empty", lambda: ord(""))
attempt("chr negative", lambda: chr(-1))
attempt("chr too big", lambda: chr(0x110000))
attempt("chr str", lambda: chr("a"))
attempt("int in str", lambda: 1 in s)
attempt("find int", lambda: s.find(1))
attempt("replace args", lambda: s.replace("a"))
attempt("join ints", lambda: "-".join([1, 2]))
attempt("upper arg", lambda: s.upper(1))
attempt("bad split", lambda: s.split(1))
attempt("zfill str", lambda: s.zfill("5"))
attempt("count none", lambda: s.count(None))
attempt("str call", lambda: s())
attempt("unary minus", lambda: -s)
attempt("invert", lambda: ~s)
attempt("len int", lambda: len(5))
attempt("mod tuple", lambda: "%d" % "x")
def assign():
    t = "abc"
    t[0] = "x"
attempt("item assignment", assign)
def delete():
    t = "abc"
    del t[0]
attempt("item deletion", delete)
