# os: the environment, process information, constants and os.urandom.
import os

print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.error is OSError)
print(type(os.environ).__name__, 'PATH' in os.environ, isinstance(os.environ['PATH'], str))
os.environ['OSENVTEST_X'] = 'one'
print(os.environ['OSENVTEST_X'], os.getenv('OSENVTEST_X'), os.environ.get('OSENVTEST_X'), 'OSENVTEST_X' in os.environ)
os.environ['OSENVTEST_X'] = 'two'
print(os.getenv('OSENVTEST_X'), os.environ.setdefault('OSENVTEST_X', 'three'), os.environ.setdefault('OSENVTEST_Y', 'why'))
print(os.environ.pop('OSENVTEST_Y'), os.environ.pop('OSENVTEST_Y', 'gone'), 'OSENVTEST_Y' in os.environ)
del os.environ['OSENVTEST_X']
print(os.getenv('OSENVTEST_X'), os.getenv('OSENVTEST_X', 'default'), os.environ.get('OSENVTEST_X', 5), 'OSENVTEST_X' in os.environ)
os.environ.update({'OSENVTEST_A': '1', 'OSENVTEST_B': '2'}, OSENVTEST_C='3')
print(sorted(k for k in os.environ if k.startswith('OSENVTEST_')), sorted(v for k, v in os.environ.items() if k.startswith('OSENVTEST_')))
print(sorted(k for k in os.environ.keys() if k.startswith('OSENVTEST_')), '3' in os.environ.values())
copy = os.environ.copy()
print(type(copy).__name__, copy['OSENVTEST_B'], len(copy) == len(os.environ))
os.putenv('OSENVTEST_PUT', 'p')
print(os.getenv('OSENVTEST_PUT'))
print(os.system('test "$OSENVTEST_A" = 1 && test "$OSENVTEST_C" = 3') == 0)
os.unsetenv('OSENVTEST_A')
print(os.environ['OSENVTEST_A'])
merged = os.environ | {'OSENVTEST_Z': 'z'}
print(type(merged).__name__, merged['OSENVTEST_Z'], 'OSENVTEST_Z' in os.environ)
print(os.get_exec_path({'PATH': '/bin:/usr/bin'}), os.get_exec_path({}))

tests = [
    lambda: os.environ['OSENVTEST_MISSING'],
    lambda: os.environ[1],
    lambda: os.environ.get(1),
    lambda: os.getenv(1),
    lambda: os.environ.__setitem__('k', 1),
    lambda: os.environ.__setitem__(2, 'v'),
    lambda: os.environ.__delitem__('OSENVTEST_MISSING'),
    lambda: os.putenv('a=b', 'c'),
    lambda: os.putenv('', 'c'),
    lambda: os.putenv('A', 'b\0'),
    lambda: os.environ.pop('OSENVTEST_MISSING'),
    lambda: 1 in os.environ,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

print(type(os.getpid()), os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid(), type(os.getuid()), type(os.getgid()))
print(type(os.cpu_count()), os.cpu_count() >= 1)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))
r = os.urandom(16)
print(type(r), len(r), len(os.urandom(0)), os.urandom(100) != os.urandom(100))
for bad in [lambda: os.urandom(-1), lambda: os.urandom(1.5), lambda: os.urandom()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(b'x'), os.fsdecode('y'))
print(os.isatty(987), callable(os.stat), os.stat_result.n_sequence_fields, os.stat_result.n_fields)
sr = os.stat_result(tuple(range(10)))
print(sr, sr.st_atime, sr.st_mtime, sr.st_atime_ns, sr[7])
