"""Online single-pass story clustering simulator: TF-IDF centroid cosine, optionally mixed with
an online LSA cosine (basis refitted every M arrivals from the documents seen so far).
Used by run.py; see README.md in docs/benchmarks/experiments/2026-11-30-online-lsa/."""
import sys, os, json, math, collections
import numpy as np, scipy.sparse as sp, scipy.linalg as sla
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '2026-11-30-pair-features'))
from feat import toks, STOP, load

def build(s):
    """Sublinear tf (CSR, rows in arrival order) and gold labels; title twice + text as rep.py."""
    docs = load(s)
    vocab = {}; rows = []; cols = []; vals = []
    for i, d in enumerate(docs):
        w = [t for t, c in toks(d['title'] + ' . ' + d['title'] + ' . ' + d['text']) if t not in STOP and len(t) > 1]
        for t, c in collections.Counter(w).items():
            rows.append(i); cols.append(vocab.setdefault(t, len(vocab))); vals.append(1 + math.log(c))
    S = sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)), dtype=np.float64)
    return S, np.array([d['cluster'] for d in docs]), [d['id'] for d in docs]

def half_rows(gold, parity):
    """Rows whose gold cluster id has a character sum of the given parity (pair-features' split)."""
    return np.array([i for i, g in enumerate(gold) if sum(map(ord, g)) % 2 == parity])

def scores(gold, pred):
    """Pairwise P/R/F1 (Priberam eval, as score.py) and B-cubed F1."""
    c2 = lambda n: n * (n - 1) // 2
    cont = collections.Counter(zip(gold, pred)); a = collections.Counter(gold); b = collections.Counter(pred)
    tp = sum(c2(v) for v in cont.values()); pp = sum(c2(v) for v in b.values()); gp = sum(c2(v) for v in a.values())
    p = tp / pp if pp else 0; r = tp / gp if gp else 0; f = 2 * p * r / (p + r) if p + r else 0
    n = len(gold); bp = sum(v * v / b[h] for (t, h), v in cont.items()) / n
    br = sum(v * v / a[t] for (t, h), v in cont.items()) / n
    return dict(f1=f, p=p, r=r, b3=2 * bp * br / (bp + br) if bp + br else 0, ncl=len(b))

def krule(rule, ev, ncl, n):
    """Number of LSA dimensions from label-free signals. ev: Gram eigenvalues, descending."""
    rank = int((ev > 1e-9).sum())
    if rule == 'ncl': k = ncl                                  # clusters the clusterer has now
    elif rule.startswith('frac'): k = int(round(float(rule[4:]) * n))  # share of the documents
    elif rule.startswith('E'):                                 # energy share of the spectrum
        c = np.cumsum(ev) / ev.sum(); k = int(np.searchsorted(c, float(rule[1:]) / 100) + 1)
    elif rule == 'kaiser': k = int((ev > ev.mean()).sum())     # eigenvalue above the mean (= 1 on unit rows)
    elif rule.startswith('fix'): k = int(rule[3:])
    else: raise ValueError(rule)
    return max(1, min(k, rank))

class Bases:
    """Per refit point (documents seen so far, or the last `window` of them): the window's unit
    TF-IDF rows with the idf of that moment, its Gram eigendecomposition, and the seen rows' products
    with the window. Independent of the clustering, so cached across thresholds and k rules."""
    def __init__(self, S, M, window=None, first=None):
        self.S, self.M, self.window = S, M, window; self.first = first or M; self.cache = {}
    def idf(self, n):
        df = np.asarray((self.S[:n] > 0).sum(0)).ravel()
        return np.log((n + 1) / (df + 1)) + 1
    def get(self, n):
        if n not in self.cache:
            idf = self.idf(n)
            X = unitrows(self.S[:n] @ sp.diags(idf))
            lo = 0 if self.window is None else max(0, n - self.window)
            Xw = X[lo:]
            G = (Xw @ Xw.T).toarray()
            ev, U = sla.eigh(G); ev = ev[::-1].clip(0); U = U[:, ::-1]
            cross = (X @ Xw.T).toarray() if lo else G     # seen rows x window rows
            self.cache[n] = (ev, U, Xw.tocsr(), cross.astype(np.float32))
        return self.cache[n]

def unitrows(X):
    X = sp.csr_matrix(X); nr = np.sqrt(np.asarray(X.multiply(X).sum(1)).ravel()); nr[nr == 0] = 1
    return sp.diags(1 / nr) @ X

def run(S, th, w=0.0, rule=None, bases=None, fixed=None, th0=None, rejoin=None, block=False):
    """One single-pass run over the rows of S in order. Score for a cluster = (1-w) * TF-IDF centroid
    cosine + w * LSA centroid cosine (LSA only once a basis exists). Joins the best cluster if its
    score >= th, else opens a new one. Returns labels and the k of each refit.
    fixed: a term x k basis used from the first document on (transductive ceiling).
    th0: threshold while no basis exists yet (TF-IDF only; the LSA cosines run on another scale).
    rejoin: None, 'new' (at each refit, every document that opened a cluster since the last refit
    and is still alone is scored again, with the new basis that now holds it and its partner, and
    moves to the best other cluster if that score >= th) or 'window' (every lone document of the window).
    block: deferred placement: the stream is cut into blocks of M arrivals; at a block's start the
    basis is refitted on the window including the whole block, then the block's documents are placed
    one by one (each is in the basis it is projected on; latency up to M arrivals, no look beyond).
    """
    th0 = th if th0 is None else th0
    n, V = S.shape; df = np.zeros(V); lab = np.empty(n, int)
    C = np.zeros((n, V), np.float32)
    Cn2 = np.zeros(n); alive = np.ones(n, bool); size = np.zeros(n, int); xs = [None] * n
    st8 = dict(ncl=0, L=None, Ln=None, basis=None); ks = []
    if fixed is not None:
        st8['basis'] = fixed; k = fixed.shape[1]; st8['L'] = np.zeros((n, k)); st8['Ln'] = np.zeros(n)

    def refit(nseen, nfit):
        ev, U, Xw, cross = bases.get(nfit)
        ncl = st8['ncl']
        k = krule(rule, ev, ncl, len(ev)); ks.append(k)
        Uk = U[:, :k]; st8['basis'] = np.asarray(Xw.T @ (Uk / np.sqrt(ev[:k])))   # term x k
        Y = (cross[:nseen] @ Uk) / np.sqrt(ev[:k])      # every placed doc in the new basis
        Y /= np.maximum(np.linalg.norm(Y, axis=1, keepdims=True), 1e-12)
        L = np.zeros((n, k)); np.add.at(L, lab[:nseen], Y); Ln = np.linalg.norm(L, axis=1)
        st8['L'], st8['Ln'] = L, Ln
        if rejoin:
            lo = nseen - bases.M if rejoin == 'new' else max(0, nseen - (bases.window or n))
            for j in range(max(lo, 0), nseen):
                c = lab[j]
                if size[c] != 1: continue
                jdx, xj = xs[j]
                s1 = (C[:ncl][:, jdx] @ xj) / np.sqrt(np.maximum(Cn2[:ncl], 1e-12))
                s2 = (L[:ncl] @ Y[j]) / np.maximum(Ln[:ncl], 1e-12)
                sc = np.where(alive[:ncl], (1 - w) * s1 + w * s2, -9); sc[c] = -9
                b = int(np.argmax(sc))
                if sc[b] >= th:
                    Cn2[b] += 2 * (C[b, jdx] @ xj) + 1; C[b, jdx] += xj; C[c] = 0; Cn2[c] = 0
                    L[b] += Y[j]; Ln[b] = np.linalg.norm(L[b]); L[c] = 0; Ln[c] = 0
                    alive[c] = False; size[c] = 0; size[b] += 1; lab[j] = b

    for i in range(n):
        if block and i % bases.M == 0:
            refit(i, min(i + bases.M, n))
        ncl, L, Ln, basis = st8['ncl'], st8['L'], st8['Ln'], st8['basis']
        st, en = S.indptr[i], S.indptr[i + 1]; idx = S.indices[st:en]; tf = S.data[st:en]
        df[idx] += 1
        x = tf * (np.log((i + 2) / (df[idx] + 1)) + 1); x /= np.linalg.norm(x) or 1
        y = None
        if basis is not None:
            y = x @ basis[idx]; yn = np.linalg.norm(y); y = y / yn if yn > 0 else None
        if ncl:
            dots = C[:ncl][:, idx] @ x
            sc = dots / np.sqrt(np.maximum(Cn2[:ncl], 1e-12))
            if y is not None and w > 0:
                sc = (1 - w) * sc + w * (L[:ncl] @ y) / np.maximum(Ln[:ncl], 1e-12)
            sc = np.where(alive[:ncl], sc, -9)
            b = int(np.argmax(sc))
        if ncl and sc[b] >= (th if basis is not None else th0):
            c = b; Cn2[c] += 2 * dots[c] + 1
        else:
            c = ncl; st8['ncl'] = ncl + 1; Cn2[c] = 1
        C[c, idx] += x; lab[i] = c; size[c] += 1; xs[i] = (idx, x)
        if L is not None and y is not None:
            L[c] += y; Ln[c] = np.linalg.norm(L[c])
        if not block and bases is not None and (i + 1) >= bases.first and (i + 1) % bases.M == 0 and i + 1 < n:
            refit(i + 1, i + 1)
    return lab, ks
