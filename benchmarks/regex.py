# Benchmark: a regex-heavy workload: a tokenizer (finditer over an alternation of named groups),
# log-line parsing (match and groups), substitutions with templates and callables, split, findall,
# case-insensitive search and many small module-level calls through the compile cache.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<STRING>"[^"\\]*(?:\\.[^"\\]*)*")
  | (?P<OP>==|!=|<=|>=|[-+*/=<>(),:\[\]])
  | (?P<SPACE>[ \t]+)
  | (?P<NEWLINE>\n)
  | (?P<OTHER>.)
""", re.VERBOSE)

LOG = re.compile(r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<date>[^\]]+)\] "(?P<method>GET|POST|PUT) '
                 r'(?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+)$')


def make_source(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f'{w}_{i} = {w}({i}, {i * 7 % 100}.5) + "s{i}\\"q" * {i % 13} if {w} >= {i} else [{i}, :]')
    return "\n".join(lines)


def make_log(n):
    lines = []
    for i in range(n):
        ip = f"{i % 256}.{i * 7 % 256}.{i * 13 % 256}.{i % 100}"
        method = ("GET", "POST", "PUT")[i % 3]
        lines.append(f'{ip} - - [10/Oct/2023:13:{i % 60:02d}:{i * 3 % 60:02d} +0000] "{method} /{WORDS[i % 12]}/{i} '
                     f'HTTP/1.1" {200 + (i % 5) * 100} {i * 31 % 5000}')
        if i % 17 == 0:
            lines.append(f"garbage line {i}")
    return lines


def tokenize(source):
    counts = {}
    total = 0
    for m in TOKEN.finditer(source):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "NUMBER":
            total += len(m.group())
    return counts, total


def parse_log(lines):
    by_status = {}
    size = 0
    bad = 0
    for line in lines:
        m = LOG.match(line)
        if m is None:
            bad += 1
            continue
        status = m.group("status")
        by_status[status] = by_status.get(status, 0) + 1
        size += int(m["size"])
        path = m.group("path")
    return sorted(by_status.items()), size, bad


def rewrite(text):
    a = re.sub(r"(\w+)_(\d+)", r"\2:\1", text)
    b = re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text)
    c = re.subn(r"\s+", " ", text)[1]
    d = re.sub(r"(?i)ALPHA|Beta", "X", text)
    return len(a), len(b), c, len(d)


def small_calls(n):
    hits = 0
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        if re.match(r"[aeiou]", w):
            hits += 1
        if re.search(r"ta$", w):
            hits += 2
        if re.fullmatch(r"\w+a", w):
            hits += 3
    return hits


def one_round(r):
    source = make_source(6000)
    counts, total = tokenize(source)
    log = make_log(6000)
    statuses, size, bad = parse_log(log)
    lengths = rewrite(source)
    words = re.findall(r"\b[a-z]+\b", source)
    parts = re.split(r"[=+*]", source)
    upper = len(re.findall(r"(?i)\bTHETA_\d+", source))
    hits = small_calls(20000)
    return sorted(counts.items()), total, statuses, size, bad, lengths, len(words), len(parts), upper, hits


for r in range(6):
    print(one_round(r))
