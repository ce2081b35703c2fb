# textwrap.dedent and textwrap.indent.
import textwrap

cases = [
    "    a\n    b\n      c\n",
    "  a\n\tb\n",
    "\ta\n\t\tb\n\tc",
    "  a\n    \n  b",
    "   \n  x\n   y\n",
    "no indent\n  indented",
    "",
    "\n\n",
    "  only one line",
    "  trailing spaces   \n  here  ",
    "  \t mixed\n  \t  mixed2\n",
    "  a\r\n  b\r\n",
    "    def f():\n        return 1\n\n    print(f())\n",
    " \t \n\t\n  x",
]
for c in cases:
    print(repr(c), "->", repr(textwrap.dedent(c)))

print(textwrap.dedent('''\
    Hello,
      this is indented
    text.
'''))

for c in ["a\nb\n", "a\n\n  \nb", "x", "", "line\r\nother\rthird\n", "  \n"]:
    print(repr(textwrap.indent(c, "> ")))
    print(repr(textwrap.indent(c, "+", lambda line: True)))
    print(repr(textwrap.indent(c, "#", lambda line: line.startswith("a"))))
print(textwrap.indent(textwrap.dedent("""
        def main():
            return 0
"""), "    "))
