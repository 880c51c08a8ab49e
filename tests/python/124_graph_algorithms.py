# Graph algorithms: BFS, DFS, topological sort, Dijkstra, connected components.
graph = {
    "a": {"b": 4, "c": 2},
    "b": {"c": 5, "d": 10},
    "c": {"e": 3},
    "d": {"f": 11},
    "e": {"d": 4},
    "f": {},
}


def bfs(start):
    order = [start]
    queue = [start]
    seen = {start}
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def topo_sort():
    indegree = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indegree[m] += 1
    ready = sorted(n for n in graph if indegree[n] == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in sorted(graph[n]):
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
        ready.sort()
    return out


def dijkstra(source):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[source] = 0
    todo = set(graph)
    while todo:
        node = min(todo, key=lambda n: (dist[n], n))
        todo.remove(node)
        for nxt, w in graph[node].items():
            if dist[node] + w < dist[nxt]:
                dist[nxt] = dist[node] + w
                prev[nxt] = node
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


print(bfs("a"), dfs("a"), topo_sort())
dist, prev = dijkstra("a")
print(sorted(dist.items()), path_to(prev, "f"))
undirected = {1: [2], 2: [1, 3], 3: [2], 4: [5], 5: [4], 6: []}


def components():
    seen = set()
    result = []
    for start in sorted(undirected):
        if start in seen:
            continue
        stack = [start]
        comp = []
        while stack:
            n = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            comp.append(n)
            stack.extend(undirected[n])
        result.append(sorted(comp))
    return result


print(components())
