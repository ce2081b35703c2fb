# Case conversion and the is* predicates, on ASCII and non-ASCII text.

words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's friends", "ß straße",
         "ǆemal", "123abc", "", "élan ÉCOLE", "x1y2 z3", "ﬁne", "İstanbul"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.capitalize(), w.title(), w.swapcase(), w.casefold())
samples = ["abc", "ABC", "Abc", "abc123", "123", "1.5", "", " ", " \t\n", "²³", "½", "٣", "Ⅳ", "中文",
           "a b", "Title Case", "Not title case", "_ident", "2ident", "ident_2", "é", "\x00", "tab\t",
           "MIXED lower", "ÀÉÎ", "a1!", "\u00a0"]
for x in samples:
    print(repr(x), x.isalpha(), x.isdigit(), x.isdecimal(), x.isnumeric(), x.isalnum(), x.isspace(),
          x.isupper(), x.islower(), x.istitle(), x.isidentifier(), x.isprintable(), x.isascii())
