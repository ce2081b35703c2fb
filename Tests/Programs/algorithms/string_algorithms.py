# String algorithms: palindromes, anagram groups, KMP search, longest common prefix, wrapping, Z-function.

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]

def kmp_search(text, pattern):
    fail = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k and pattern[i] != pattern[k]:
            k = fail[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        fail[i] = k
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = fail[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = fail[k - 1]
    return hits

def common_prefix(words):
    if not words:
        return ""
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix

def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines

def z_function(s):
    z = [0] * len(s)
    left = right = 0
    for i in range(1, len(s)):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z

for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "été"]:
    print(repr(s), is_palindrome(s))
print([longest_palindrome(s) for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]])
print(anagram_groups(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]))
print(kmp_search("abababcabababcab", "ababc"), kmp_search("aaaaa", "aa"), kmp_search("hello", "xyz"))
print(repr(common_prefix(["flower", "flow", "flight"])), repr(common_prefix(["dog", "racecar"])), repr(common_prefix(["same", "same"])))
text = "The quick brown fox jumps over the lazy dog and keeps running far beyond the hills until night falls."
for line in wrap(text, 24):
    print("|" + line.ljust(24) + "|")
print(z_function("aabxaabxcaabxaabxay"))
vowels = {c: 0 for c in "aeiou"}
for c in text.lower():
    if c in vowels:
        vowels[c] += 1
print(vowels, sum(vowels.values()))
print(" ".join([w[::-1] for w in text.split()[:6]]), text.title()[:30], text.swapcase()[:20])
