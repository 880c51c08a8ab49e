# Keyword-only parameters, **kwargs, *args, defaults, argument errors.
def connect(host, port=80, *, timeout=10, retries=3, **options):
    extra = ", ".join("%s=%r" % (k, options[k]) for k in sorted(options))
    return "%s:%d t=%d r=%d [%s]" % (host, port, timeout, retries, extra)


print(connect("a"))
print(connect("b", 8080, timeout=5))
print(connect("c", retries=1, secure=True, user="bob"))
print(connect(port=1, host="d"))
opts = {"timeout": 1, "verbose": False}
print(connect("e", 2, **opts))


def log(*messages, sep=" ", prefix=">"):
    return prefix + sep.join(str(m) for m in messages)


print(log(1, 2, 3), log("a", "b", sep="-"), log(prefix="#"), log(*range(4), sep=""))


def merge(**dicts):
    return sorted(dicts.items())


print(merge(), merge(a=1, b=[2]))


def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale


print(total(1), total(1, 2, 3), total(*[4, 5], scale=2))
for call in [lambda: connect(), lambda: connect("x", 1, 2), lambda: connect("x", timeout=1, timeout2=2),
             lambda: total(scale=2), lambda: log(bad=1), lambda: connect("x", host="y")]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def defaults_are_shared(item, bucket=[]):
    bucket.append(item)
    return len(bucket)


print(defaults_are_shared(1), defaults_are_shared(2), defaults_are_shared(3, []))


def keyword_only(*, a, b=2):
    return a * b


print(keyword_only(a=3), keyword_only(b=5, a=2))
try:
    keyword_only(1)
except TypeError as e:
    print("TypeError:", e)
try:
    keyword_only()
except TypeError as e:
    print("TypeError:", e)
