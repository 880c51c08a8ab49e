# Calendar arithmetic: leap years, day of week (Zeller), days between dates.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]


def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return NAMES[h]


def ordinal(y, m, d):
    days = d
    for year in range(1, y):
        days += 366 if is_leap(year) else 365
    for month in range(1, m):
        days += days_in_month(y, month)
    return days


print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(1900))
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31)]:
    print(date, day_of_week(*date))
print(ordinal(2024, 3, 1) - ordinal(2024, 2, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
cal = []
first = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"].index(day_of_week(2024, 2, 1))
offset = (first + 5) % 7
line = "   " * offset
for d in range(1, days_in_month(2024, 2) + 1):
    line += f"{d:3d}"
    if (offset + d) % 7 == 0:
        cal.append(line)
        line = ""
if line:
    cal.append(line)
print("\n".join(cal))
