# Breadth-first search over a word graph with a deque-like list and dict parents.
WORDS = ["cold", "cord", "card", "ward", "warm", "worm", "word", "wood", "cork", "core", "care", "wore", "ware"]


def neighbours(word, words):
    out = []
    for w in words:
        diff = 0
        for a, b in zip(w, word):
            if a != b:
                diff += 1
        if diff == 1:
            out.append(w)
    return out


def ladder(start, goal):
    parents = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        word = queue[head]
        head += 1
        if word == goal:
            path = []
            while word is not None:
                path.append(word)
                word = parents[word]
            return path[::-1]
        for n in neighbours(word, WORDS):
            if n not in parents:
                parents[n] = word
                queue.append(n)
    return None


print(ladder("cold", "warm"))
print(ladder("cold", "wood"))
print(ladder("cold", "zzzz"))
