# contextlib.chdir: changes the working directory and restores it, re-entrantly.
import os
from contextlib import chdir

start = os.getcwd()
with chdir('/'):
    print('in root', os.getcwd())
    with chdir('/tmp'):
        print('nested', os.getcwd() != '/')
    print('back to root', os.getcwd())
print('restored', os.getcwd() == start)
c = chdir('/')
with c:
    with c:
        print('reentrant', os.getcwd())
    print('still root', os.getcwd())
print('restored again', os.getcwd() == start)
try:
    with chdir('/nonexistent-directory-for-test'):
        print('not reached')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
print('unchanged', os.getcwd() == start)
