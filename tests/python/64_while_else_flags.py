# Loop else clauses, flags, nested breaks, and continue in try/finally.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                break
        else:
            continue
        return (i, j)
    return None


print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while finished normally", n)
log = []
for i in range(5):
    try:
        if i % 2:
            continue
        log.append(i)
    finally:
        log.append("f")
print(log)
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        count += 1
print(count)
