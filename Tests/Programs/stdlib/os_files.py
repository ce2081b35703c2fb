# os: files and directories in a scratch directory (names relative to it are printed only).
import os

base = '/tmp/adder_os_files_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
print(os.getcwd() == base, os.path.samefile('.', base), os.getcwdb() == base.encode())

os.mkdir('d1')
os.makedirs('d2/sub/leaf')
os.makedirs('d2/sub', exist_ok=True)
os.makedirs('d3/x/', 0o755)
fd = os.open('f.txt', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello\nworld\n'), os.write(fd, b''))
os.close(fd)
fd = os.open('f.txt', os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
os.close(fd)
fd = os.open('f.txt', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'more')
os.close(fd)

print(sorted(os.listdir('.')), sorted(os.listdir()), sorted(os.listdir(b'.')), os.listdir('d1'))
print(os.path.exists('f.txt'), os.path.exists('nope'), os.path.isfile('f.txt'), os.path.isfile('d1'),
      os.path.isdir('d1'), os.path.isdir('f.txt'), os.path.islink('f.txt'), os.path.lexists('f.txt'))
print(os.path.getsize('f.txt'), os.path.exists(b'f.txt'), os.path.exists(''), os.path.exists('f.txt\0'))

st = os.stat('f.txt')
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode & 0o170000 == 0o100000, st.st_nlink, type(st.st_mtime).__name__,
      type(st.st_mtime_ns).__name__, st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime), type(st.st_ino), st.st_uid == os.getuid())
print(os.stat('d1').st_mode & 0o170000 == 0o040000, os.lstat('f.txt').st_size, os.stat(b'f.txt').st_size)
print(os.access('f.txt', os.R_OK), os.access('f.txt', os.F_OK), os.access('missing', os.F_OK))
os.chmod('f.txt', 0o600)
print(oct(os.stat('f.txt').st_mode & 0o777))

os.symlink('f.txt', 'link')
print(os.readlink('link'), os.path.islink('link'), os.path.isfile('link'), os.lstat('link').st_mode & 0o170000 == 0o120000,
      os.path.realpath('link') == os.path.join(base, 'f.txt'))
os.remove('link')

os.rename('f.txt', 'g.txt')
os.replace('g.txt', 'd1/h.txt')
print(sorted(os.listdir('.')), os.listdir('d1'))

for root, dirs, files in os.walk('.'):
    dirs.sort()
    print(root, dirs, sorted(files))
print([(r, sorted(d), sorted(f)) for r, d, f in os.walk('d2', topdown=False)])
print(list(os.walk('does-not-exist')))
errors = []
list(os.walk('does-not-exist', onerror=errors.append))
print([type(e).__name__ for e in errors])

with os.scandir('.') as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])

tests = [
    lambda: os.mkdir('d1'),
    lambda: os.rmdir('d2'),
    lambda: os.rmdir('missing'),
    lambda: os.remove('missing'),
    lambda: os.remove('d1'),
    lambda: os.unlink('missing'),
    lambda: os.rename('missing', 'other'),
    lambda: os.listdir('missing'),
    lambda: os.listdir('d1/h.txt'),
    lambda: os.stat('missing'),
    lambda: os.stat(''),
    lambda: os.lstat(b'missing'),
    lambda: os.open('missing', os.O_RDONLY),
    lambda: os.chdir('missing'),
    lambda: os.readlink('d1'),
    lambda: os.makedirs('d1'),
    lambda: os.listdir(1.5),
    lambda: os.remove(None),
    lambda: os.rename(1, 'b'),
    lambda: os.mkdir('x', 'y'),
    lambda: os.stat('a\0b'),
    lambda: os.write(1, 'text'),
    lambda: os.close(987),
    lambda: os.read(987, 1),
    lambda: os.getcwd(1),
]
for t in tests:
    try:
        print(t())
    except OSError as e:
        print(type(e).__name__, e, e.errno, os.path.basename(str(e.filename)), e.filename2)
    except Exception as e:
        print(type(e).__name__, e)

os.remove('d1/h.txt')
os.removedirs('d2/sub/leaf')
os.rmdir('d1')
os.rmdir('d3/x')
os.rmdir('d3')
print(os.listdir('.'), os.path.exists('d2'))
os.chdir(start)
os.rmdir(base)
print(os.path.exists(base))
