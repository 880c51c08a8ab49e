# printf-style % formatting.
print("%s is %d years and %.1f m" % ("Ann", 30, 1.756))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%r %s %a" % ("hi", [1, "two"], "é"))
print("%10.3f|%-10.2f|%.0f" % (3.14159, 2.71828, 2.5))
print("%c%c%c" % (72, "i", 33), "%%", "100%% sure" % ())
print("%(name)s has %(count)d items" % {"name": "cart", "count": 3})
print("%*d|%-*s|" % (6, 7, 4, "ab"), "%.*f" % (2, 1.23456))
print("%s" % (1, ), "%s" % [1, 2], "%s" % None, "%d" % True, "%s" % 2 ** 80)
print("%i %u" % (-3, 7), "%.3s" % "abcdef", "%5s|%-5s|" % ("x", "y"))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("only",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for row in table:
    print("%-8s%6d%10.3f" % row)
