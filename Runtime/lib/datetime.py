"""Dates, times and durations (CPython's datetime module, naive objects).

timedelta is a normalized (days, seconds, microseconds) triple with 0 <= seconds < 86400 and
0 <= microseconds < 10**6.  date is a proleptic Gregorian (year, month, day); its ordinal
(day 1 is 0001-01-01) is what arithmetic works on.  datetime is a date plus a time of day down to
the microsecond.  Reprs, str() and isoformat(), the validation messages, arithmetic (with
CPython's round-half-even for scaling durations), comparisons and strftime/strptime for the
common directives follow CPython in the C locale.

Not supported: time zones beyond tzinfo=None (aware objects), fold semantics.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "MINYEAR", "MAXYEAR")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_total = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_total)
    _total += _dim
del _total, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    return hour, minute, second, microsecond


def _check_tzinfo(tzinfo):
    if tzinfo is not None:
        raise TypeError("Adder's datetime supports naive objects only (tzinfo must be None)")


def _cmp_error(a, b, op):
    raise TypeError("'%s' not supported between instances of '%s' and '%s'"
                    % (op, type(a).__name__, type(b).__name__))


def _round_half_even_div(a, b):
    """a / b for ints, rounded half to even."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        greater = r2 > b or (r2 == b and q % 2 == 1)
    else:
        greater = r2 < b or (r2 == b and q % 2 == 1)
    return q + 1 if greater else q


# ---- strftime / strptime ---------------------------------------------------------------------------

def _strftime(fmt, tt, microsecond):
    """fmt with the directives replaced from the struct-time-like tuple tt (C locale)."""
    year, month, day, hour, minute, second, wday, yday = tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'f':
            out.append('%06d' % microsecond)
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'C':
            out.append('%02d' % (year // 100))
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'a':
            out.append(_DAYNAMES[wday])
        elif d == 'A':
            out.append(_FULL_DAYNAMES[wday])
        elif d == 'b' or d == 'h':
            out.append(_MONTHNAMES[month])
        elif d == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif d in 'GVg':
            iso_year, iso_week, _ = date(year, month, day).isocalendar()
            if d == 'G':
                out.append(str(iso_year))
            elif d == 'g':
                out.append('%02d' % (iso_year % 100))
            else:
                out.append('%02d' % iso_week)
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday], _MONTHNAMES[month], day, hour,
                                                       minute, second, year))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif d == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == 'z' or d == 'Z':
            pass
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


_STRPTIME_PATTERNS = {
    'Y': r'(?P<Y>\d\d\d\d)', 'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])', 'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)', 'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])', 'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)', 'f': r'(?P<f>[0-9]{1,6})', 'p': r'(?P<p>am|pm)',
    'y': r'(?P<y>\d\d)', 'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'b': r'(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'B': r'(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)',
    'a': r'(?P<a>mon|tue|wed|thu|fri|sat|sun)',
    'A': r'(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'w': r'(?P<w>[0-6])', '%': '%',
}


def _strptime(data, fmt):
    import re
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    parts = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d not in _STRPTIME_PATTERNS:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            parts.append(_STRPTIME_PATTERNS[d])
            i += 2
        elif c.isspace():
            parts.append(r'\s+')
            while i < len(fmt) and fmt[i].isspace():
                i += 1
        else:
            parts.append(re.escape(c))
            i += 1
    m = re.match(''.join(parts), data, re.IGNORECASE)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != m.end():
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    year, month, day, hour, minute, second, micro = 1900, 1, 1, 0, 0, 0, 0
    if g.get('Y'):
        year = int(g['Y'])
    elif g.get('y'):
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('m'):
        month = int(g['m'])
    elif g.get('B'):
        month = [n.lower() if n else n for n in _FULL_MONTHNAMES].index(g['B'].lower())
    elif g.get('b'):
        month = [n.lower() if n else n for n in _MONTHNAMES].index(g['b'].lower())
    if g.get('d'):
        day = int(g['d'])
    if g.get('H'):
        hour = int(g['H'])
    elif g.get('I'):
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm' and hour != 12:
            hour += 12
        elif ampm == 'am' and hour == 12:
            hour = 0
    if g.get('M'):
        minute = int(g['M'])
    if g.get('S'):
        second = int(g['S'])
    if g.get('f'):
        micro = int(g['f'] + '0' * (6 - len(g['f'])))
    if g.get('j') and not g.get('m') and not g.get('d'):
        ordinal = _ymd2ord(year, 1, 1) + int(g['j']) - 1
        year, month, day = _ord2ymd(ordinal)
    return year, month, day, hour, minute, second, micro


# ---- timedelta -------------------------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds and microseconds."""

    __adder_tp_name__ = 'datetime.timedelta'

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = ((days, 86400 * 10**6), (seconds, 10**6), (microseconds, 1), (milliseconds, 1000),
                 (minutes, 60 * 10**6), (hours, 3600 * 10**6), (weeks, 7 * 86400 * 10**6))
        # The exact sum in microseconds (floats are exact binary fractions), rounded half to even once.
        num, den = 0, 1
        for value, unit in parts:
            if isinstance(value, float):
                if value != value or value in (_math.inf, -_math.inf):
                    raise ValueError("cannot convert float %s to integer" % ('NaN' if value != value else 'infinity'))
                a, b = value.as_integer_ratio()
                num, den = num * b + a * unit * den, den * b
            else:
                num += _index(value) * unit * den
        return cls._from_microseconds(_round_half_even_div(num, den))

    @classmethod
    def _from_microseconds(cls, us):
        self = object.__new__(cls)
        s, us = divmod(us, 10**6)
        d, s = divmod(s, 86400)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10**6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "datetime.timedelta(%s)" % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even_div(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return timedelta._from_microseconds(_round_half_even_div(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even_div(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- date -----------------------------------------------------------------------------------------

class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (self[0], self[1], self[2])


def _iso_week1_monday(year):
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1_monday = first_day - first_weekday
    if first_weekday > 3:
        week1_monday += 7
    return week1_monday


class date:
    """A calendar date (proleptic Gregorian)."""

    __adder_tp_name__ = 'datetime.date'

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            if len(s) == 10 and s[4] == '-' and s[7] == '-':
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError('Invalid isoformat string: %r' % date_string)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        day_offset = (week - 1) * 7 + (day - 1)
        return cls.fromordinal(_iso_week1_monday(year) + day_offset)

    def __repr__(self):
        return "datetime.%s(%d, %d, %d)" % (type(self).__name__, self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
                                            self._year)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self._yday(), -1))

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday()), 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1_monday = _iso_week1_monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1_monday, 7)
        if week < 0:
            year -= 1
            week1_monday = _iso_week1_monday(year)
            week, day = divmod(today - week1_monday, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def _key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return True
        return False

    def __eq__(self, other):
        if isinstance(other, datetime) != isinstance(self, datetime):
            return False if isinstance(other, date) else NotImplemented
        if isinstance(other, date):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._key() < other._key()
        return _date_cmp_fallback(self, other)

    def __le__(self, other):
        if self._comparable(other):
            return self._key() <= other._key()
        return _date_cmp_fallback(self, other)

    def __gt__(self, other):
        if self._comparable(other):
            return self._key() > other._key()
        return _date_cmp_fallback(self, other)

    def __ge__(self, other):
        if self._comparable(other):
            return self._key() >= other._key()
        return _date_cmp_fallback(self, other)

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


def _date_cmp_fallback(a, b):
    if isinstance(b, date):
        raise TypeError("can't compare %s to %s" % (_qualified(a), _qualified(b)))
    return NotImplemented


def _qualified(x):
    return 'datetime.' + type(x).__name__


_MAXORDINAL = 3652059

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- time ------------------------------------------------------------------------------------------

def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


class time:
    """A time of day (naive)."""

    __adder_tp_name__ = 'datetime.time'

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)
    fold = property(lambda self: 0)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        return "datetime.%s(%d, %d%s)" % (type(self).__name__, self._hour, self._minute, s)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_iso_time(time_string))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % time_string)

    def strftime(self, fmt):
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1), self._microsecond)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond)


def _parse_iso_time(s):
    hh = int(s[0:2])
    mm = ss = us = 0
    if len(s) > 2:
        if s[2] != ':':
            raise ValueError
        mm = int(s[3:5])
        if len(s) > 5:
            if s[5] != ':':
                raise ValueError
            ss = int(s[6:8])
            if len(s) > 8:
                if s[8] not in '.,':
                    raise ValueError
                frac = s[9:]
                if not frac.isdigit() or len(frac) not in (3, 6):
                    raise ValueError
                us = int(frac) * (1000 if len(frac) == 3 else 1)
    return hh, mm, ss, us


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime --------------------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day (naive)."""

    __adder_tp_name__ = 'datetime.datetime'

    __slots__ = ('_hour', '_minute', '_second', '_microsecond')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond = _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: None)
    fold = property(lambda self: 0)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d, hh, mm, min(ss, 59), us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        t = _time.time()
        frac, t = _math.modf(t)
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.gmtime(t)
        return cls(y, m, d, hh, mm, min(ss, 59), round(frac * 1e6) % 1000000)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            d = date.fromisoformat(s[:10])
            if len(s) == 10:
                return cls(d.year, d.month, d.day)
            if s[10] not in 'T ':
                raise ValueError
            return cls(d.year, d.month, d.day, *_parse_iso_time(s[11:]))
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string)

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), -1))

    def timestamp(self):
        return _time.mktime(self.timetuple()) + self._microsecond / 1e6

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        return "datetime.%s(%s)" % (type(self).__name__, ", ".join(map(str, fields)))

    def strftime(self, fmt):
        return _strftime(fmt, (self._year, self._month, self._day, self._hour, self._minute, self._second,
                               self.weekday(), self._yday()), self._microsecond)

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _comparable(self, other):
        return isinstance(other, datetime)

    def __hash__(self):
        return hash(self._key())

    def _us_since_epoch(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 10**6
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_since_epoch() + other._us()
        days, rest = divmod(total, 86400 * 10**6)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rest, 10**6)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self)(y, m, d, hh, mm, ss, us)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return timedelta._from_microseconds(self._us_since_epoch() - other._us_since_epoch())
        if isinstance(other, timedelta):
            return self + -other
        return NotImplemented


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
