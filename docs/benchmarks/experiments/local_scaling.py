"""Offline study: does local scaling of cosine similarities (z-scores per document) help story
clustering? Average-link agglomerative clustering over plain TF-IDF (no project code), pairwise F1
per threshold. Usage: python3 local_scaling.py [BENCH_DIR]   (default ../shared/bench/clustering)

Not the product's clusterer: a ceiling check for one idea, see docs/benchmarks/stories.md."""
import collections, json, math, re, sys
import numpy as np

BENCH = sys.argv[1] if len(sys.argv) > 1 else '../shared/bench/clustering'


def load(name):
    rows = [json.loads(l) for l in open(f'{BENCH}/{name}.dev.jsonl')]
    docs = [re.findall(r'[a-z0-9]{3,}', ((r['title'] + ' ') * 2 + r['text']).lower()) for r in rows]
    df = collections.Counter(w for d in docs for w in set(d))
    n = len(docs)
    vocab = {w: i for i, w in enumerate(df)}
    m = np.zeros((n, len(vocab)), dtype=np.float32)
    for k, d in enumerate(docs):
        for w, c in collections.Counter(d).items():
            m[k, vocab[w]] = (1 + math.log(c)) * math.log(n / df[w])
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    s = m @ m.T
    np.fill_diagonal(s, 0)
    gold = np.array([r['cluster'] for r in rows])
    return s, gold


def average_link(w, t):
    n = len(w)
    a = w.astype(np.float64).copy()
    np.fill_diagonal(a, -1e9)
    size = np.ones(n)
    label = np.arange(n)
    while True:
        i, j = divmod(int(np.argmax(a)), n)
        if a[i, j] < t:
            return label
        a[i, :] = (a[i, :] * size[i] + a[j, :] * size[j]) / (size[i] + size[j])
        a[:, i] = a[i, :]
        a[i, i] = a[j, :] = a[:, j] = -1e9
        size[i] += size[j]
        label[label == j] = i


def pair_f1(label, gold):
    iu = np.triu_indices(len(gold), 1)
    y = (gold[:, None] == gold[None, :])[iu]
    p = (label[:, None] == label[None, :])[iu]
    tp = (p & y).sum()
    return 0 if tp == 0 else 2 * tp / (p.sum() + y.sum())


sets = {name: load(name) for name in ('multinews', 'ecbplus')}
thresholds = np.round(np.arange(0.10, 0.40, 0.02), 2)
for c in (0, 0.005, 0.01, 0.02):
    cells = []
    for t in thresholds:
        f = []
        for s, gold in sets.values():
            mu, sd = s.sum(1) / (len(s) - 1), s.std(1)
            z = (s - mu[:, None]) / sd[:, None]
            f.append(pair_f1(average_link(s + c * (z + z.T) / 2, t), gold))
        cells.append('%.2f:%.3f/%.3f' % (t, *f))
    print('c=%-5s' % c, ' '.join(cells))
