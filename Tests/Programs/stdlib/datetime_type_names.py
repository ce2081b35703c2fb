from datetime import date, datetime, timedelta, time
for f in (lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: date(2024, 1, 1) < 5, lambda: timedelta(1) < 5, lambda: date(2024, 1, 1) - datetime(2024, 1, 1)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
n = datetime.now(); print(type(n).__name__, n.year >= 2024, (datetime.now() - n) < timedelta(seconds=5), date.today() == n.date() or True)
print(datetime(2024, 1, 1) + timedelta(days=365.25), timedelta(seconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=0.1))
from array import array
for f in (lambda: hash(array("i")), lambda: array("i") < [1], lambda: date(2024, 1, 1).nope, lambda: timedelta(1) + 1, lambda: datetime(2024, 1, 1) - 1, lambda: time(1) < 1):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(date.__name__, datetime.__qualname__, type(timedelta(1)).__name__, array.__name__, repr(date), repr(array))
class MyDate(date):
    pass
try:
    MyDate(2024, 1, 1) + 1
except TypeError as e:
    print(e)
