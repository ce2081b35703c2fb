"""Operating system interfaces: files and directories, the environment, processes.

The system calls are in the C module _os; this module adds what CPython's os.py adds in Python:
os.environ as a mapping that writes through to the process environment, os.path (the posixpath
module, also registered as sys.modules['os.path']), makedirs/removedirs/renames, walk, scandir,
getenv, fsencode/fsdecode and the path constants.
"""

import sys
import _os
import posixpath as path

from _os import (stat, lstat, fstat, getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove,
                 unlink, rename, replace, link, symlink, readlink, access, chmod, umask, open,
                 close, read, write, lseek, isatty, getpid, getppid, getuid, geteuid, getgid,
                 getegid, cpu_count, strerror, urandom, putenv, unsetenv, system, _exit, fspath,
                 stat_result)
from _os import (O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK,
                 O_CLOEXEC, O_DIRECTORY, O_NOFOLLOW, SEEK_SET, SEEK_CUR, SEEK_END,
                 F_OK, R_OK, W_OK, X_OK, EX_OK)

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
error = OSError
supports_bytes_environ = True


# ---- The environment -----------------------------------------------------------------------

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _EnvironView:
    """keys(), values() and items() of os.environ: live views over it."""

    def __init__(self, mapping, kind):
        self._mapping = mapping
        self._kind = kind

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        data = self._mapping._data
        for key in list(data):
            if self._kind == 0:
                yield key
            elif self._kind == 1:
                yield data[key]
            else:
                yield (key, data[key])

    def __contains__(self, item):
        data = self._mapping._data
        if self._kind == 0:
            return item in data
        if self._kind == 1:
            for value in data.values():
                if value is item or value == item:
                    return True
            return False
        key, value = item
        return key in data and data[key] == value

    def __repr__(self):
        kind = ('KeysView', 'ValuesView', 'ItemsView')[self._kind]
        return f'{kind}({self._mapping!r})'


class _Environ:
    """os.environ: a mapping of str to str whose changes go to the process environment
    (putenv/unsetenv), so that child processes see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(_check_str(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield key

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __repr__(self):
        formatted_items = ", ".join(f"{key!r}: {value!r}" for key, value in self._data.items())
        return f"environ({{{formatted_items}}})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return _EnvironView(self, 0)

    def values(self):
        return _EnvironView(self, 1)

    def items(self):
        return _EnvironView(self, 2)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MARKER = object()

    def pop(self, key, default=_MARKER):
        try:
            value = self[key]
        except KeyError:
            if default is self._MARKER:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, _Environ)):
            for key in other.keys():
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """The value of an environment variable, or default when it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for executables: PATH of env (default os.environ), or defpath."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def fsencode(filename):
    """A path as bytes (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _PathLikeMeta(type):
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return klass.__dict__['__fspath__'] is not None
        return False


class PathLike(metaclass=_PathLikeMeta):
    """The protocol of objects that stand for a file system path: __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


# ---- Directory trees ---------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with every missing parent directory; an existing leaf is an error unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Someone else created it in between.
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:  # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then remove the parent directories that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, creating the directories the new name needs and removing the old ones emptied."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): its name, its path, and cached file type queries."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) == 0o100000

    def is_symlink(self):
        return self._mode(False) == 0o120000


class _ScandirIterator:
    def __init__(self, directory):
        names = listdir(directory)
        self._directory = directory
        self._names = names
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= len(self._names):
            raise StopIteration
        name = self._names[self._index]
        self._index += 1
        return DirEntry(self._directory, name)

    def close(self):
        self._index = len(self._names)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory of the tree rooted at top;
    top-down (the caller may prune dirnames) or bottom-up. Symbolic links to directories are
    listed but not entered unless followlinks."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    for name in names:
        entry = DirEntry(top, name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(name)
        else:
            nondirs.append(name)
        if not topdown and is_dir:
            if followlinks or not entry.is_symlink():
                walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
