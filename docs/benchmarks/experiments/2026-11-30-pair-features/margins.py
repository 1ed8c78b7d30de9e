import sys,re,collections; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import load,pred
s=sys.argv[1]
docs=load(s); P=pred(s)
tr={}
for l in open('/tmp/mn/trace.txt'):
    if not l.startswith('TRACE'): continue
    parts=l.strip().split(' | ')
    did=parts[0].split()[1]
    c={}
    for p in parts[1:]:
        f=p.split()
        c[f[0]]=(float(f[2][2:]),float(f[3][1:]),f[4],f[5])
    tr[did]=c
N=len(docs); gold=[d['cluster'] for d in docs]; pr=[P[d['id']] for d in docs]
# story of each doc right after its placement: best non-negative margin candidate else itself
place={}
for d in docs:
    c=tr.get(d['id'],{})
    best=max(c.items(),key=lambda x:x[1][1],default=None)
    place[d['id']]=best[0] if best and best[1][1]>=0 else d['id']
hist=collections.Counter()
for j in range(N):
    for i in range(j):
        if gold[i]==gold[j] and pr[i]!=pr[j]:
            st=place[docs[i]['id']]
            c=tr.get(docs[j]['id'],{})
            if st in c:
                m=c[st][1]
                b='>=0 (chose other)' if m>=0 else ('[-0.03,0)' if m>=-0.03 else ('[-0.06,-0.03)' if m>=-0.06 else '[-0.12,-0.06)'))
            else: b='< -0.12 or not cand'
            hist[b]+=1
print(hist)
