# time: struct_time, gmtime/localtime, mktime, strftime, asctime, ctime. Local time is compared
# with itself only, so the output does not depend on the time zone.
import time

t = time.gmtime(0)
print(t)
print(type(t), type(t).__name__, len(t), t[0], t[-1], t[1:4], list(t))
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, t == tuple(t), hash(t) == hash(tuple(t)), tuple(t) + (1,))
y, m, d, *rest = t
print(y, m, d, rest)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)

for secs in [1, 86399, 86400, 951782400, 1234567890, 2**31, 4102444800, -1, -86401, 1.999, -1.5, True]:
    print(secs, tuple(time.gmtime(secs)))

g = time.gmtime(1700000000)
print(g)
print(time.strftime('%Y-%m-%d %H:%M:%S', g))
print(time.strftime('%a %A %b %B %d %j %U %W %w %y %p %I %M %S %%', g))
print(time.strftime('%c | %x | %X | %D | %T | %R | %e | %u | %V | %G | %C | %n|%t|', g))
print(repr(time.strftime('', g)), repr(time.strftime('plain text', g)), time.strftime('%Y\u00e9\u20ac\U0001f600', g))
print(time.strftime('%Y-%m-%d', (2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y %m %d %j', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%Z %z', time.gmtime(0)))
print(time.asctime(g), time.asctime(time.gmtime(0)), time.asctime((2000, 1, 1, 0, 0, 0, 9, 1, 0)))
print(time.asctime((99999, 12, 31, 23, 59, 59, 0, 365, 0)), time.asctime((5, 2, 29, 1, 2, 3, 6, 60, -1)))

lt = time.localtime(1700000000)
print(type(lt).__name__, time.mktime(lt), time.mktime(tuple(lt)), time.ctime(1700000000) == time.asctime(lt))
print(time.mktime(time.localtime(0)), time.mktime(time.localtime(-100000)))
print(time.localtime(12345)[:6] == tuple(time.localtime(12345.9))[:6])
print(type(time.localtime()), type(time.gmtime()), type(time.ctime()), type(time.asctime()), type(time.strftime('%Y')))
print(type(time.timezone), type(time.altzone), type(time.daylight), type(time.tzname), len(time.tzname))

s = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time([2020, 5, 17, 10, 30, 0, 6, 138, 0, 'XYZ', 3600])
print(s2, s2.tm_zone, s2.tm_gmtoff, time.strftime('%Z', s2))

tests = [
    lambda: time.struct_time((1, 2, 3)),
    lambda: time.struct_time(tuple(range(12))),
    lambda: time.struct_time(5),
    lambda: setattr(t, 'tm_year', 2000),
    lambda: time.gmtime('x'),
    lambda: time.gmtime(float('nan')),
    lambda: time.gmtime(1e30),
    lambda: time.gmtime(1, 2),
    lambda: time.mktime(5),
    lambda: time.mktime([2000, 1, 1, 0, 0, 0, 0, 1, 0]),
    lambda: time.mktime((1, 2)),
    lambda: time.mktime(),
    lambda: time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 32, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 24, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 60, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 62, 0, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, -2, 1, 0)),
    lambda: time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 367, 0)),
    lambda: time.strftime('%Y', (2000.5, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', (2**40, 1, 1, 0, 0, 0, 0, 1, 0)),
    lambda: time.strftime('%Y', 'abc'),
    lambda: time.strftime(5),
    lambda: time.strftime(),
    lambda: time.strftime('a', 1, 2),
    lambda: time.asctime((2000, 1, 1)),
    lambda: time.asctime(1, 2),
    lambda: time.ctime('x'),
    lambda: time.ctime(1, 2),
]
for test in tests:
    try:
        print(test())
    except Exception as e:
        print(type(e).__name__, e)
