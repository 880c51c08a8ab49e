# A syntax error: nothing runs, status 1.
print("this line is never executed")
x = (1 +
