# os.path (posixpath): the pure string functions, for str and bytes, with CPython's exact results.
import os
from os import path
import posixpath

print(os.path is path, path is posixpath, path.__name__, path.sep, path.curdir, path.pardir, path.extsep,
      path.pathsep, path.altsep, path.devnull, path.defpath)

joins = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', 'c'), ('a', ''), ('', 'b'), ('', ''),
         ('a', 'b/', 'c'), ('/', 'x'), ('a//', 'b'), ('a', '/b', 'c', '/d', 'e')]
for parts in joins:
    print('join', parts, repr(path.join(*parts)))
print(path.join(b'a', b'b'), path.join(b'/x', b'/y'))

samples = ['', '/', '//', '///', 'a', 'a/', '/a', 'a/b', 'a/b/', '/a/b', '//a//b', 'a/b/c.txt', '.bashrc',
           'a/.hidden', 'a.b/c', 'archive.tar.gz', '...', '..', '.', 'a/..', '/../x', 'x/./y/../z', '////a///b//',
           '//a/b/../c', './a', 'a/b/../../..', '../../a', 'no_ext.', 'a.b.']
for p in samples:
    print(repr(p), path.split(p), path.splitext(p), repr(path.basename(p)), repr(path.dirname(p)),
          path.isabs(p), repr(path.normpath(p)), path.splitdrive(p), path.normcase(p))
for p in [b'a/b.c', b'/x/y/', b'//a/./b/..', b'']:
    print(p, path.split(p), path.splitext(p), path.basename(p), path.dirname(p), path.normpath(p), path.isabs(p))

print(path.commonprefix([]), path.commonprefix(['abc', 'abd', 'ab']), path.commonprefix(['/usr/lib', '/usr/local']),
      path.commonprefix([['a', 'b'], ['a', 'c']]))
print(path.commonpath(['/usr/lib', '/usr/local/lib']), path.commonpath(['a/b', 'a/b/c']), path.commonpath(['/a']),
      path.commonpath(['a/./b', 'a/b']), path.commonpath([b'/x/y', b'/x/z']))
print(path.relpath('/a/b/c', '/a'), path.relpath('/a', '/a/b/c'), path.relpath('/a/b', '/a/b'), path.relpath('/x/y', '/a/b'),
      path.relpath(b'/a/b', b'/a'))
print(path.abspath('/a/../b'), path.abspath('/x//y/'), path.abspath('.') == os.getcwd(), path.abspath('q') == os.getcwd() + '/q')
print(path.isabs(b'/x'), path.isabs('x'))

os.environ['ADDER_TEST_VAR'] = 'value'
os.environ['HOME'] = '/home/tester'
for p in ['$ADDER_TEST_VAR', '${ADDER_TEST_VAR}/x', '$ADDER_TEST_VAR_2', 'a$ADDER_TEST_VAR.b', '$', '${', '${}', '$1', 'no vars',
          '$ADDER_TEST_VAR$ADDER_TEST_VAR', '${NOT_SET_ANYWHERE}', '$$ADDER_TEST_VAR']:
    print(repr(p), repr(path.expandvars(p)))
print(path.expandvars(b'$ADDER_TEST_VAR/b'))
for p in ['~', '~/x', '~/', 'x/~', '~nosuchuser_xyz/a', '', '~root' if False else '~/a/b']:
    print(repr(p), repr(path.expanduser(p)))
print(path.expanduser(b'~/q'))
os.environ['HOME'] = '/'
print(path.expanduser('~'), path.expanduser('~/z'))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(path.join(P('a'), P('b')), path.basename(P('/x/y.z')), path.splitext(P(b'q.w')), os.fspath(P('k')), os.fspath('s'), os.fspath(b'b'))
print(isinstance(P('a'), os.PathLike), isinstance('a', os.PathLike), issubclass(P, os.PathLike))

tests = [
    lambda: path.join(1),
    lambda: path.join('a', 1),
    lambda: path.join('a', b'b'),
    lambda: path.join(b'a', 'b'),
    lambda: path.basename(1),
    lambda: path.split(None),
    lambda: path.splitext(3.5),
    lambda: path.normpath([]),
    lambda: path.commonpath([]),
    lambda: path.commonpath(['/a', 'b']),
    lambda: path.commonpath(['a', b'b']),
    lambda: path.relpath(''),
    lambda: path.relpath('a', b'b'),
    lambda: os.fspath(1),
    lambda: os.fspath(P(5)),
    lambda: path.exists(1.5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
