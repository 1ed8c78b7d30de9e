"""Times the same requests against two newsdesk servers, alternating A/B per request (same run)."""
import http.client, sys, time, statistics, json
a_port, b_port, rounds = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
paths = ["/", "/?page=1", "/?page=5", "/api/v1/digest?limit=100", "/api/v1/digest?limit=100&cursor=MjAw", "/feeds/digest.atom"]
conns = {p: http.client.HTTPConnection("127.0.0.1", p) for p in (a_port, b_port)}
times = {(port, path): [] for port in (a_port, b_port) for path in paths}
bodies = {}
def get(port, path):
    c = conns[port]
    t = time.perf_counter()
    c.request("GET", path)
    r = c.getresponse(); body = r.read()
    dt = time.perf_counter() - t
    return r.status, body, dt
for port in (a_port, b_port):          # warm-up: JIT, first ranking
    for _ in range(30):
        for path in paths: get(port, path)
for i in range(rounds):
    order = (a_port, b_port) if i % 2 == 0 else (b_port, a_port)
    for path in paths:
        for port in order:
            status, body, dt = get(port, path)
            assert status == 200, (port, path, status)
            times[(port, path)].append(dt * 1000)
            if path.startswith("/api"): bodies[(port, path)] = [s["id"] for s in json.loads(body)["items"]]
out = {}
for path in paths:
    a = times[(a_port, path)]; b = times[(b_port, path)]
    ma, mb = statistics.median(a), statistics.median(b)
    pa = sorted(a)[int(len(a) * 0.9)]; pb = sorted(b)[int(len(b) * 0.9)]
    print(f"{path:45s} before p50 {ma:6.2f} ms p90 {pa:6.2f} | after p50 {mb:6.2f} ms p90 {pb:6.2f} | ratio p50 {mb/ma:.2f} p90 {pb/pa:.2f}")
for path in paths:
    if path.startswith("/api"):
        print(path, "same ranked ids before/after:", bodies[(a_port, path)] == bodies[(b_port, path)], len(bodies[(a_port, path)]))
