from datetime import date, datetime, timedelta, time
import datetime as dtmod
print(repr(timedelta(days=1, hours=2)), str(timedelta(days=-1, seconds=5)), repr(timedelta(0)), repr(timedelta(microseconds=-1)), str(timedelta(hours=30, microseconds=5)), str(timedelta(days=2)), timedelta(weeks=1, minutes=1.5))
print(repr(date(2024, 2, 29)), str(date(2024, 2, 29)), date(2024, 1, 1).weekday(), date(2024, 1, 1).isoweekday(), date(2024, 1, 1).toordinal(), date.fromordinal(738886), date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 31) + timedelta(days=30))
print(repr(datetime(2024, 1, 5, 12, 0)), repr(datetime(2024, 1, 5, 12, 0, 5, 123)), str(datetime(2024, 1, 5, 12, 30, 5, 123)), datetime(2024, 1, 5) - datetime(2023, 12, 25, 6), datetime(2024, 1, 5).isoformat(), datetime(2024, 1, 5, 1, 2, 3, 4).isoformat(" "))
print(date(2024, 1, 5).strftime("%A %d %B %Y %j %U %W %a %b %y %m %w %u"), datetime(2024, 1, 5, 13, 4, 5).strftime("%H:%M:%S %I %p %f %% %c|%x|%X"), date.fromisoformat("2024-02-03"), datetime.fromisoformat("2024-02-03T04:05:06"))
print(date(2024, 1, 5).isocalendar(), tuple(date(2024, 1, 5).timetuple()), date(2024, 1, 5).replace(day=9), date(2024, 1, 5) < date(2024, 1, 6), hash(date(2024, 1, 5)) == hash(date(2024, 1, 5)), date.min, date.max, timedelta.max, timedelta.resolution)
print(timedelta(days=1) / timedelta(hours=1), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5), timedelta(hours=1) * 2.5, timedelta(hours=1) / 3, -timedelta(hours=1), abs(timedelta(-1)), timedelta(days=1).total_seconds(), timedelta(1, 2, 3).days, timedelta(1, 2, 3).seconds, timedelta(1, 2, 3).microseconds)
print(repr(time(12, 30)), str(time(1, 2, 3, 4)), datetime.combine(date(2024, 1, 1), time(5, 6)), datetime(2024, 1, 1).date(), datetime(2024, 1, 1, 5).time(), datetime.strptime("2024-01-05 10:11", "%Y-%m-%d %H:%M"))
for make in (lambda: date(2024, 2, 30), lambda: date(2024, 13, 1), lambda: datetime(2024, 1, 1, 25), lambda: date(2024, 1, 1) + 1 if False else date(0, 1, 1), lambda: date(2024, 1.5, 1), lambda: datetime.strptime("2024/01/05", "%Y-%m-%d"), lambda: datetime.strptime("2024-01-05x", "%Y-%m-%d"), lambda: date.fromisoformat("2024-1-5"), lambda: time(24), lambda: datetime(2024, 1, 1, 0, 60)):
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
start = datetime(2023, 12, 30, 22, 45)
for i in range(6):
    t = start + timedelta(hours=7 * i, minutes=13 * i)
    print(t, t.weekday(), t.strftime("%a %d %b %Y %H:%M"), t.isocalendar()[1], (t - start).total_seconds(), t.timetuple().tm_yday)
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 1)]), max(datetime(2024, 1, 1, 5), datetime(2024, 1, 1, 4)), date(2024, 1, 1) == datetime(2024, 1, 1))
print(f"{date(2024, 7, 4):%B %d, %Y}", f"{datetime(2024, 7, 4, 9, 5):%I:%M %p}", format(date(2024, 7, 4)), "{:%Y/%m/%d}".format(datetime(2020, 2, 29)))
birthdays = {"ann": date(1990, 3, 15), "bob": date(1985, 12, 1), "cy": date(2000, 2, 29)}
today = date(2024, 6, 1)
for name, b in sorted(birthdays.items(), key=lambda kv: kv[1]):
    age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
    print(f"{name:<5}{b.isoformat():>12}{age:>4} {(today - b).days:>7} days {b.strftime('%A')}")
d = date(2024, 1, 31)
months = []
for _ in range(5):
    y, m = (d.year, d.month + 1) if d.month < 12 else (d.year + 1, 1)
    months.append(d)
    d = d.replace(year=y, month=m, day=min(d.day, 28))
print(months)
print(dtmod.MINYEAR, dtmod.MAXYEAR, datetime.min, datetime.max, time.max, date.resolution, timedelta(days=3, hours=-1), timedelta(seconds=-1), timedelta(milliseconds=1500))
print(timedelta(hours=1) < timedelta(hours=2), timedelta(0) == timedelta(), bool(timedelta(0)), timedelta(1) * 3 == timedelta(3), hash(timedelta(1)) == hash(timedelta(days=1)), divmod(timedelta(hours=5), timedelta(hours=2)))
print(datetime(2024, 3, 10, 12).replace(hour=1, minute=2), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar(), date(2026, 12, 31).isocalendar(), date.fromisocalendar(2024, 1, 1), date(2024, 1, 5).ctime(), datetime(2024, 1, 5, 3, 4, 5).ctime())
print(datetime.strptime("05/Jan/2024:13:55:36", "%d/%b/%Y:%H:%M:%S"), datetime.strptime("March 3 2021 4PM", "%B %d %Y %I%p"), datetime.strptime("2024-01-05 10:11:12.5", "%Y-%m-%d %H:%M:%S.%f"), datetime.strptime("99", "%y"))
