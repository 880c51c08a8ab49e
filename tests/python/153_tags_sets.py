# Tag-based search using sets: intersections, unions, similarity.
articles = {
    "intro-python": {"python", "beginner", "tutorial"},
    "pypy-jit": {"python", "jit", "performance", "advanced"},
    "rust-ownership": {"rust", "memory", "advanced"},
    "gc-design": {"memory", "gc", "performance", "advanced"},
    "first-steps": {"beginner", "tutorial", "rust"},
}


def search(all_of=(), any_of=(), none_of=()):
    result = []
    for name, tags in sorted(articles.items()):
        if set(all_of) <= tags and (not any_of or tags & set(any_of)) and not tags & set(none_of):
            result.append(name)
    return result


def jaccard(a, b):
    return len(a & b) / len(a | b)


print(search(all_of=["advanced"]))
print(search(any_of=["rust", "gc"], none_of=["tutorial"]))
print(search(all_of=["python"], any_of=["jit", "beginner"]))
all_tags = set().union(*articles.values())
print(sorted(all_tags), len(all_tags))
common = set.intersection(*[articles[n] for n in ("pypy-jit", "gc-design")])
print(sorted(common))
pairs = []
names = sorted(articles)
for i in range(len(names)):
    for j in range(i + 1, len(names)):
        pairs.append((round(jaccard(articles[names[i]], articles[names[j]]), 3), names[i], names[j]))
pairs.sort(reverse=True)
print(pairs[:3])
counts = {}
for tags in articles.values():
    for t in tags:
        counts[t] = counts.get(t, 0) + 1
print(sorted(t for t, n in counts.items() if n >= 2), frozenset(["a"]) in {frozenset(["a"]): 1})
