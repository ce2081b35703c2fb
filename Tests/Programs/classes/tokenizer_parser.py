# A tokenizer and a recursive-descent parser written with classes, for a JSON-like data language
# (objects, arrays, strings with escapes, ints, floats, true/false/null, comments). Tokens are
# objects with kind/value/position; errors are exceptions carrying the position; the parser
# builds Python values and a pretty-printer writes them back out.

class Token:
    def __init__(self, kind, value, line, col):
        self.kind = kind
        self.value = value
        self.line = line
        self.col = col

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.line}:{self.col})"

    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.value) == (other.kind, other.value)

    __hash__ = None


class ParseError(Exception):
    def __init__(self, message, line, col):
        super().__init__(message)
        self.line = line
        self.col = col

    def __str__(self):
        return f"{self.line}:{self.col}: {self.args[0]}"


class Lexer:
    PUNCT = {"{": "LBRACE", "}": "RBRACE", "[": "LBRACK", "]": "RBRACK", ":": "COLON", ",": "COMMA"}
    KEYWORDS = {"true": True, "false": False, "null": None}
    ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.line = 1
        self.col = 1

    def error(self, message):
        raise ParseError(message, self.line, self.col)

    def peek(self, offset=0):
        i = self.pos + offset
        return self.text[i] if i < len(self.text) else ""

    def advance(self):
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "\n":
            self.line += 1
            self.col = 1
        else:
            self.col += 1
        return ch

    def skip_space_and_comments(self):
        while True:
            ch = self.peek()
            if ch in (" ", "\t", "\n", "\r") and ch:
                self.advance()
            elif ch == "/" and self.peek(1) == "/":
                while self.peek() not in ("\n", ""):
                    self.advance()
            else:
                return

    def tokens(self):
        out = []
        while True:
            self.skip_space_and_comments()
            line, col = self.line, self.col
            ch = self.peek()
            if ch == "":
                out.append(Token("EOF", None, line, col))
                return out
            if ch in self.PUNCT:
                self.advance()
                out.append(Token(self.PUNCT[ch], ch, line, col))
            elif ch == '"':
                out.append(Token("STRING", self.string(), line, col))
            elif ch.isdigit() or ch == "-":
                out.append(Token("NUMBER", self.number(), line, col))
            elif ch.isalpha():
                word = ""
                while self.peek().isalnum():
                    word += self.advance()
                if word not in self.KEYWORDS:
                    raise ParseError(f"unknown word {word!r}", line, col)
                out.append(Token("CONST", self.KEYWORDS[word], line, col))
            else:
                self.error(f"unexpected character {ch!r}")

    def string(self):
        self.advance()
        chars = []
        while True:
            ch = self.peek()
            if ch == "":
                self.error("unterminated string")
            self.advance()
            if ch == '"':
                return "".join(chars)
            if ch == "\\":
                esc = self.advance() if self.peek() else ""
                if esc == "u":
                    digits = "".join([self.advance() for _ in range(4)])
                    chars.append(chr(int(digits, 16)))
                elif esc in self.ESCAPES:
                    chars.append(self.ESCAPES[esc])
                else:
                    self.error(f"bad escape \\{esc}")
            else:
                chars.append(ch)

    def number(self):
        text = self.advance()
        while self.peek().isdigit() or self.peek() in (".", "e", "E", "+") or (self.peek() == "-" and text[-1] in "eE"):
            text += self.advance()
        try:
            return float(text) if any([c in text for c in ".eE"]) else int(text)
        except ValueError:
            self.error(f"bad number {text!r}")


class Parser:
    def __init__(self, text):
        self.tokens = Lexer(text).tokens()
        self.i = 0

    @property
    def current(self):
        return self.tokens[self.i]

    def expect(self, kind):
        tok = self.current
        if tok.kind != kind:
            found = "end of input" if tok.kind == "EOF" else repr(tok.value)
            raise ParseError(f"expected {kind}, found {found}", tok.line, tok.col)
        self.i += 1
        return tok

    def parse(self):
        value = self.value()
        self.expect("EOF")
        return value

    def value(self):
        tok = self.current
        method = getattr(self, "parse_" + tok.kind.lower(), None)
        if method is None:
            raise ParseError(f"unexpected {tok.value!r}", tok.line, tok.col)
        return method()

    def parse_string(self):
        return self.expect("STRING").value

    def parse_number(self):
        return self.expect("NUMBER").value

    def parse_const(self):
        return self.expect("CONST").value

    def parse_lbrack(self):
        self.expect("LBRACK")
        items = []
        if self.current.kind != "RBRACK":
            items.append(self.value())
            while self.current.kind == "COMMA":
                self.expect("COMMA")
                items.append(self.value())
        self.expect("RBRACK")
        return items

    def parse_lbrace(self):
        self.expect("LBRACE")
        obj = {}
        if self.current.kind != "RBRACE":
            self.member(obj)
            while self.current.kind == "COMMA":
                self.expect("COMMA")
                self.member(obj)
        self.expect("RBRACE")
        return obj

    def member(self, obj):
        key = self.expect("STRING")
        if key.value in obj:
            raise ParseError(f"duplicate key {key.value!r}", key.line, key.col)
        self.expect("COLON")
        obj[key.value] = self.value()


class Printer:
    def __init__(self, indent=2):
        self.indent = indent

    def dump(self, value, depth=0):
        pad = " " * (self.indent * (depth + 1))
        end = " " * (self.indent * depth)
        if isinstance(value, dict):
            if not value:
                return "{}"
            inner = [pad + self.dump(k) + ": " + self.dump(v, depth + 1) for k, v in value.items()]
            return "{\n" + ",\n".join(inner) + "\n" + end + "}"
        if isinstance(value, list):
            if not value:
                return "[]"
            return "[" + ", ".join([self.dump(v, depth + 1) for v in value]) + "]"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if value is None:
            return "null"
        if isinstance(value, str):
            return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        return repr(value)


source = """
// a configuration file
{
  "name": "adder",
  "version": [3, 11, 0],
  "ratio": -2.5e-3,
  "flags": {"debug": true, "trace": false, "extra": null},
  "quote": "say \\"hi\\"\\n\\u00e9",
  "empty": {}, "none": []
}
"""
print(Lexer('{"a": [1, -2.5, true]}').tokens())
data = Parser(source).parse()
print(data)
print(Printer().dump(data))
print(Printer(4).dump([1, {"k": "v"}, [], "x"]))
print(Token("NUMBER", 1, 1, 1) == Token("NUMBER", 1, 9, 9), Token("A", 1, 1, 1) != Token("B", 1, 1, 1))

bad_inputs = ['{"a": 1,}', '[1 2]', '{"a" 1}', '"open', '{"a": 1, "a": 2}', 'nope', '[1, @]', '', '"bad \\q"', '[1] 2', '-']
for text in bad_inputs:
    try:
        print("parsed", Parser(text).parse())
    except ParseError as e:
        print(f"{text!r:>20} -> ParseError {e} (line {e.line}, col {e.col})")
