# if/elif/else, while, for with break/continue/else.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 42]:
    print(v, classify(v))

i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)

count = 0
while count < 3:
    count += 1
else:
    print("while else", count)

for i in range(10, 0, -3):
    print(i, end=",")
print()
x = 5 if count > 2 else 7
print(x)
