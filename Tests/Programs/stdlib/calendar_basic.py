import calendar
print(calendar.month(2024, 2)); print(repr(calendar.month(2024, 2, 3, 2)))
print(calendar.monthrange(2024, 2), calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 1, 5), list(calendar.month_name)[:3], list(calendar.day_abbr), calendar.monthcalendar(2024, 2))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2024, 3))
print(list(c.itermonthdays(2024, 2))[:10], list(calendar.Calendar().iterweekdays()), list(c.iterweekdays()))
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 2, 4, 4))
calendar.prmonth(1999, 12)
c.prmonth(2000, 1, w=4)
print(list(calendar.Calendar(6).itermonthdays2(2024, 9))[:8], calendar.Calendar().monthdays2calendar(2021, 2)[0], list(calendar.Calendar().itermonthdays3(2024, 1))[:3])
print(len(calendar.month_name), calendar.month_abbr[12], calendar.day_name[0], calendar.month_name[1:4], len(calendar.Calendar().yeardayscalendar(2024)), calendar.Calendar(2).firstweekday)
for bad in (13, 0):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(e)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6), calendar.monthcalendar(2024, 6)[0])
calendar.setfirstweekday(0)
print([calendar.weekday(2024, m, 1) for m in range(1, 13)], sum(calendar.monthrange(y, 2)[1] for y in range(1990, 2030)))
print(list(calendar.Calendar().itermonthdates(2024, 2))[0], calendar.Calendar().monthdatescalendar(2024, 2)[-1][-1])
