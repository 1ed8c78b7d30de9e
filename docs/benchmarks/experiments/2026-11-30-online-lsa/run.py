"""Targeted runs: baseline TF-IDF vs online LSA variants on a set and a stream (full|even|odd),
best pairwise F1 over a threshold grid. Usage: run.py SET STREAM M MODE RULE:W[,RULE:W...] TH_LO TH_HI STEP"""
import sys, time, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); from sim import *
s, stream, M, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
variants = [v.split(':') for v in sys.argv[5].split(',')]
lo, hi, step = map(float, sys.argv[6:9])
S, gold, ids = build(s)
if stream != 'full':
    rows = half_rows(gold, 0 if stream == 'even' else 1); S = S[rows]; gold = gold[rows]
    S = S[:, np.unique(S.indices)]
B = Bases(S, M, window=1000)
def best(ths, **kw):
    b = (0,)
    for th in ths:
        lab, ks = run(S, th, **kw); r = scores(list(gold), list(lab))
        if r['f1'] > b[0]: b = (r['f1'], r['b3'], th, r['ncl'], (ks[-1] if ks else 0))
    return 'pairF1 %.3f  B3 %.3f  th %.2f  clusters %d  k_last %d' % b
base_th = np.arange(0.04, 0.42, 0.02)
print(s, stream, 'tfidf', best(base_th), flush=True)
for rule, w in variants:
    t = time.time()
    print(s, stream, 'M', M, mode, rule, w, best(np.arange(lo, hi + 1e-9, step), w=float(w), rule=rule, bases=B,
          block=(mode == 'block'), rejoin=(None if mode in ('block', 'arrival') else mode),
          th0=0.25), '%.0fs' % (time.time() - t), flush=True)
