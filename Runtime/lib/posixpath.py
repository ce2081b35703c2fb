"""Operations on POSIX path names: os.path.

Every function takes str or bytes (or an os.PathLike object) and answers in the same kind, with
the string semantics of CPython 3.11's posixpath: split keeps a root of slashes, normpath keeps
exactly two leading slashes, splitext ignores leading dots, join restarts at an absolute
component. Functions that look at the file system (exists, isfile, isdir, getsize, ...) go
through _os.stat and treat OSError and ValueError as "no".
"""

import _os

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

_fspath = _os.fspath

# File type bits of st_mode (the stat module's S_IFMT and friends).
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _get_sep(path):
    if isinstance(path, bytes):
        return b'/'
    return '/'


def _check_arg_types(funcname, *args):
    """The TypeError for a bad or mixed argument of a path function (after a failure)."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


# ---- Pure string operations ------------------------------------------------------------------

def normcase(s):
    """Normalize the case of a path name: nothing to do on POSIX."""
    return _fspath(s)


def isabs(s):
    """Whether a path is absolute (starts with a slash)."""
    s = _fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join path components with '/'; an absolute component discards what came before it, and an
    empty last component leaves a trailing separator."""
    a = _fspath(a)
    sep = _get_sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep  # the same TypeError as with components when a is neither kind
        for b in p:
            b = _fspath(b)
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is everything after the last slash; head keeps no trailing slashes
    unless it is the root."""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it, unless the dot only starts the name."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep = b'/'
        dot = b'.'
    else:
        sep = '/'
        dot = '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Leading dots of the file name do not start an extension.
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, path): POSIX has no drives."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """The final component of a path."""
    p = _fspath(p)
    i = p.rfind(_get_sep(p)) + 1
    return p[i:]


def dirname(p):
    """The directory part of a path."""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    """Collapse redundant separators and '.' components and resolve '..' lexically. Exactly two
    leading slashes are kept (POSIX leaves their meaning to the implementation)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = 0
    if path.startswith(sep):
        initial_slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    comps = []
    for comp in path.split(sep):
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial_slashes and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """The absolute, normalized form of a path (relative to the current directory)."""
    path = _fspath(path)
    if not isabs(path):
        cwd = _os.getcwdb() if isinstance(path, bytes) else _os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def commonprefix(m):
    """The longest common leading part of a list of paths (character by character)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path (component by component) of a sequence of paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep = b'/'
        curdir = b'.'
    else:
        sep = '/'
        curdir = '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise


def relpath(path, start=None):
    """A relative path from start (default: the current directory) to path."""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types('relpath', path, start)
        raise


# ---- Expansions ----------------------------------------------------------------------------

def expanduser(path):
    """Replace a leading ~ or ~user by the home directory ($HOME, else the password database);
    leave the path alone when it is unknown."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _os.environ.get('HOME')
        if userhome is None:
            userhome = _os._home_directory(None)
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('ascii')
        userhome = _os._home_directory(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode()
        root = b'/'
    else:
        root = '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _is_word_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def _find_variable(path, i):
    """The next $name or ${name} at or after i: (start, end, name) or None. Names are ASCII word
    characters, as CPython's regular expression \\$(\\w+|\\{[^}]*\\}) with re.ASCII matches."""
    n = len(path)
    while True:
        i = path.find('$', i)
        if i < 0 or i + 1 >= n:
            return None
        c = path[i + 1]
        if c == '{':
            close = path.find('}', i + 2)
            if close >= 0:
                return i, close + 1, path[i + 2:close]
        elif _is_word_char(c):
            j = i + 2
            while j < n and _is_word_char(path[j]):
                j += 1
            return i, j, path[i + 1:j]
        i += 1


def expandvars(path):
    """Replace $name and ${name} by the values of environment variables; unknown ones stay."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if '$' not in path:
        return path
    environ = _os.environ
    i = 0
    while True:
        found = _find_variable(path, i)
        if found is None:
            break
        i, j, name = found
        if name in environ:
            value = environ[name]
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
        else:
            i = j
    return path


# ---- Queries of the file system ---------------------------------------------------------------

def exists(path):
    """Whether a path exists (False for broken symbolic links)."""
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether a path exists (True for broken symbolic links)."""
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Whether a path is a regular file (following symbolic links)."""
    try:
        st = _os.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & _S_IFMT == _S_IFREG


def isdir(s):
    """Whether a path is a directory (following symbolic links)."""
    try:
        st = _os.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & _S_IFMT == _S_IFDIR


def islink(path):
    """Whether a path is a symbolic link."""
    try:
        st = _os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & _S_IFMT == _S_IFLNK


def ismount(path):
    """Whether a path is a mount point: its parent is on another device, or is itself."""
    try:
        s1 = _os.lstat(path)
    except (OSError, ValueError):
        return False
    else:
        if s1.st_mode & _S_IFMT == _S_IFLNK:
            return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = _os.lstat(parent)
    except (OSError, ValueError):
        return False
    if s1.st_dev != s2.st_dev:
        return True
    if s1.st_ino == s2.st_ino:
        return True
    return False


def getsize(filename):
    """The size of a file, from stat."""
    return _os.stat(filename).st_size


def getmtime(filename):
    """The last modification time of a file, from stat."""
    return _os.stat(filename).st_mtime


def getatime(filename):
    """The last access time of a file, from stat."""
    return _os.stat(filename).st_atime


def getctime(filename):
    """The metadata change time of a file, from stat."""
    return _os.stat(filename).st_ctime


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file (OSError when one does not exist)."""
    return samestat(_os.stat(f1), _os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open file descriptors refer to the same file."""
    return samestat(_os.fstat(fp1), _os.fstat(fp2))


def realpath(filename, *, strict=False):
    """The canonical path of a file name, with every symbolic link resolved."""
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    """Join rest to the resolved path, resolving links component by component; `seen` maps the
    links being resolved (None while in progress) to detect loops."""
    if isinstance(path, bytes):
        sep, curdir, pardir = b'/', b'.', b'..'
    else:
        sep, curdir, pardir = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = _os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & _S_IFMT == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            # A loop of links.
            if strict:
                _os.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True
