# An invalid pattern that nobody catches: the traceback ends with "re.error: ...".
import re

words = re.findall(r'[a-z]+', 'the quick brown fox')
print(words)
print(re.sub(r'(?P<first>\w)(\w*)', r'\g<first>.', 'hello world'))
pattern = '(?P<word>[a-z]+) (?P=word'
print('compiling', pattern)
re.compile(pattern)
print('not reached')
