# textwrap: wrap, fill, shorten and the TextWrapper options.
import re
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, "
        "self-described state-of-the-art fox -- or so it said.  Really?  Yes! "
        "Supercalifragilisticexpialidocious words and e-mail addresses like "
        "someone@example.com need care; so do\ttabs and\nnewlines.")

for width in [1, 5, 10, 12, 20, 33, 70, 200]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 15, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap(text, 20, expand_tabs=False))
print(textwrap.wrap(text, 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\td", 30, tabsize=4))
print(textwrap.wrap("a\tb\tc\td", 30, tabsize=2, replace_whitespace=False))
print(textwrap.wrap(text, 25, fix_sentence_endings=True))
print(textwrap.fill("Hello there. How are you? Fine! \"Quoted.\" Dr. Who. Ends 1. Done", 80,
                    fix_sentence_endings=True))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 12, max_lines=1, placeholder=" ~"))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, initial_indent="> ", subsequent_indent=">> "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("   ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading spaces kept", 10))
print(textwrap.wrap("x" * 25, 10), textwrap.wrap("x" * 25, 10, break_long_words=False))
print(textwrap.wrap("x" * 25, 10, initial_indent="-" * 12))
print(textwrap.wrap("one-two-three-four-five-six", 10))
print(textwrap.wrap("one-two-three-four-five-six", 10, break_on_hyphens=False))
print(textwrap.wrap("--- leading dashes and a trailing one-", 8))
print(textwrap.wrap("Look, goof-ball -- use the -b option!", 12))
print(textwrap.wrap("this-is-a-test 1-2-3 a-b a--b word---word x----y", 6))
print(textwrap.wrap("Hello, world!--said he. abc--def 42--43", 10))
print(textwrap.wrap("unicode \u00e9l\u00e8ve-\u00e9tudiant na\u00efve caf\u00e9s", 12))

# shorten.
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\twhitespace  here  ", 20))
print(textwrap.shorten("Supercalifragilistic", 10))
for bad in [dict(width=3), dict(width=5, placeholder="[...]long")]:
    try:
        print(textwrap.shorten("some words here", **bad))
    except ValueError as e:
        print("ValueError:", e)
for w in [0, -1]:
    try:
        textwrap.wrap("abc", w)
    except ValueError as e:
        print("ValueError:", e)

# TextWrapper objects and their attributes.
w = textwrap.TextWrapper(width=18, initial_indent="1. ", subsequent_indent="   ")
print(w.width, w.expand_tabs, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.wrap("A TextWrapper can be reused for several paragraphs of text."))
w.width = 30
print(w.fill("A TextWrapper can be reused for several paragraphs of text."))

class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [chunk.upper() for chunk in super()._split(text)]

print(Upper(width=12).wrap("custom splitting in a subclass"))

# A deterministic pseudo-random corpus, wrapped many ways.
words = ["a", "an", "the", "well-being", "x", "mother-in-law", "--", "end.", "Why?", "ok!",
         "\"quote.\"", "long" * 5, "e-mail", "1-2", "tab\there", "  ", "dash-", "-lead", "A.", "b"]
seed = 12345
for trial in range(40):
    parts = []
    for _ in range(12):
        seed = (seed * 1103515245 + 12345) % 2147483648
        parts.append(words[seed % len(words)])
    sample = " ".join(parts)
    width = 4 + trial % 17
    print(textwrap.wrap(sample, width, fix_sentence_endings=trial % 2 == 0,
                        break_on_hyphens=trial % 3 != 0, max_lines=None if trial % 5 else 3,
                        placeholder=" ~"))

# The patterns, and subclasses that replace them.
print(textwrap.TextWrapper.wordsep_simple_re.split("a b  c"))
print([c for c in textwrap.TextWrapper.wordsep_re.split("well-known -- fact") if c])
print(textwrap.TextWrapper.sentence_end_re.search("end.") is not None)

class CommaSplit(textwrap.TextWrapper):
    wordsep_simple_re = re.compile(r"(,)")

print(CommaSplit(width=8, break_on_hyphens=False).wrap("aa,bb,cc,dd,ee,ff"))

class Hyph(textwrap.TextWrapper):
    wordsep_re = re.compile(r"(\s+|-)")

print(Hyph(width=6).wrap("one-two three-four"))

class Ends(textwrap.TextWrapper):
    sentence_end_re = re.compile(r"[0-9]\.$")

print(Ends(width=40, fix_sentence_endings=True).wrap("Step 1. Step 2. done. Step 3."))
