# UserDict, UserList and UserString: wrappers whose data attribute holds the real container.
from collections import UserDict, UserList, UserString


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


# --- UserDict ---
u = UserDict({'a': 1}, b=2)
print(u, repr(u), u.data, len(u), type(u.data).__name__)
u['c'] = 3
print(u['a'], u.get('z'), u.get('c'), 'a' in u, 'z' in u, list(u), sorted(u.values()))
del u['b']
print(u, list(u.items()), list(u.keys()))
show('missing', lambda: u['zz'])
show('del missing', lambda: u.__delitem__('zz'))
print(u.pop('a'), u.pop('q', None), u.setdefault('s', 7), u)
print(u.popitem(), u)
u.update({'x': 1}, y=2)
u.update([('w', 0)])
print(u, u == {'c': 3, 's': 7, 'x': 1, 'y': 2, 'w': 0}, u == UserDict(u.data), u != {})
c = u.copy()
c['new'] = 1
print(type(c).__name__, c, u)
print(u | {'q': 1}, {'q': 1} | u, type({'q': 1} | u).__name__)
u |= {'z': 26}
print(u)
print(UserDict.fromkeys('ab', 0), UserDict(), UserDict(None))
u.clear()
print(u, len(u), bool(u))


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return 'no ' + key


lo = Lower({'A': 1}, B=2)
lo['C'] = 3
print(lo, lo['zz'], type(lo.copy()).__name__, lo.copy())
lo.update(D=4)
print(lo.data)

# --- UserList ---
ul = UserList([3, 1, 2])
print(ul, repr(ul), ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__)
ul.append(5)
ul.insert(0, 9)
ul.extend([7, 7])
ul.extend(UserList([8]))
print(ul, ul.count(7), ul.index(5), ul.index(7, 5))
print(ul.pop(), ul.pop(0), ul)
ul.remove(7)
ul.sort()
print(ul)
ul.sort(reverse=True, key=lambda v: -v)
print(ul)
ul.reverse()
print(ul, list(reversed(ul)), 3 in ul, 99 in ul)
ul[0] = 'first'
del ul[1]
print(ul)
ul[1:3] = ['x', 'y', 'z']
print(ul)
print(ul + [1], [0] + ul, ul + UserList([2]), ul + (4,), type([0] + ul).__name__)
print(ul * 2, 2 * UserList([1]), UserList([1, 2]) * 0)
v = UserList([1])
v += [2]
v += UserList([3])
v += (4,)
v *= 2
print(v)
print(UserList([1, 2]) == [1, 2], UserList([1, 2]) < [1, 3], UserList([1]) >= UserList([1]),
      UserList([2]) > UserList([1, 5]), UserList([1]) <= [0])
print(UserList(), UserList((1, 2)), UserList('ab'), UserList(UserList([5])))
w = v.copy()
w.append(0)
print(type(w).__name__, len(v), len(w))
v.clear()
print(v)
show('pop empty', lambda: UserList().pop())
show('index missing', lambda: UserList([1]).index(2))
show('hash', lambda: hash(UserList()))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1])
s.push(2)
print(s, type(s[:1]).__name__, type(s + [3]).__name__, type(s * 2).__name__)

# --- UserString ---
us = UserString('Hello World')
print(us, repr(us), str(us), len(us), us.data, us[0], us[-5:], type(us[0]).__name__)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(us.split(), us.split('o'), us.rsplit(None, 1), us.partition(' '), us.rpartition('o'))
print(us.find('o'), us.rfind('o'), us.index('W'), us.rindex('l'), us.count('l'), us.find('zz'))
print(us.startswith('He'), us.endswith('ld'), us.replace('l', 'L'), us.replace('l', 'L', 1))
print(us.center(15, '*'), us.ljust(13, '.'), us.rjust(13), us.zfill(13))
print(UserString('  pad  ').strip(), UserString('xxhixx').strip('x'), UserString(' a ').lstrip(),
      UserString(' a ').rstrip())
print(us.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(),
      UserString('12').isdecimal(), UserString('12').isnumeric(), UserString(' ').isspace())
print(UserString('ab').islower(), UserString('AB').isupper(), UserString('Ab Cd').istitle(),
      UserString('a1').isalnum(), UserString('_x').isidentifier(), UserString('é').isascii())
print(us + '!', '>' + us, us + UserString('?'), us * 2, 3 * UserString('ab'))
print(UserString('%s-%d') % ('a', 1), UserString('{}+{}').format(1, 2))
print(UserString(',').join(['a', 'b']), UserString('a\nb\n').splitlines(),
      UserString('a\nb').splitlines(True))
print(UserString('abc').encode(), UserString('a\tb').expandtabs(4))
print(UserString('abc') == 'abc', UserString('abc') < 'abd', UserString('b') > UserString('a'),
      'bc' in UserString('abc'), UserString('b') in UserString('abc'))
print(hash(UserString('abc')) == hash('abc'), int(UserString('42')), float(UserString('1.5')))
print(UserString(42), UserString(UserString('x')), sorted([UserString('b'), UserString('a')]))
print(list(UserString('abc')), UserString('prefix-x').removeprefix('prefix-'),
      UserString('x.py').removesuffix('.py'))
print(UserString('abc').translate({97: 'A'}), UserString('{a}').format_map({'a': 1}))
show('index missing', lambda: UserString('abc').index('z'))
