import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import *
s=sys.argv[1]
docs=load(s); P=pred(s)
N=len(docs)
T=[toks((d['title']+' . '+d['text'])) for d in docs]
W=[[w for w,c in t if w not in STOP and len(w)>1] for t in T]
df=collections.Counter()
for w in W: df.update(set(w))
idf={w:math.log((N+1)/(c+0.5)) for w,c in df.items()}
def vec(ws):
    tf=collections.Counter(ws)
    v={w:(1+math.log(c))*idf[w] for w,c in tf.items()}
    n=math.sqrt(sum(x*x for x in v.values())) or 1
    return {w:x/n for w,x in v.items()}
V=[vec(w) for w in W]
def cos(a,b):
    if len(a)>len(b): a,b=b,a
    return sum(x*b.get(w,0) for w,x in a.items())
# windows
def windows(ws,size=60,step=30):
    out=[]
    for i in range(0,max(1,len(ws)-size+step),step):
        out.append(vec(ws[i:i+size]))
    return out
WIN=[windows(w) for w in W]
# shingles: 5-grams over raw lowercase tokens (incl stop words)
def shingles(t,k=5):
    ws=[w for w,c in t]
    return set(tuple(ws[i:i+k]) for i in range(len(ws)-k+1))
SH=[shingles(t) for t in T]
shdf=collections.Counter()
for s_ in SH: shdf.update(s_)
# proper bigrams: consecutive capitalised non-stop tokens
def capbig(t):
    out=set()
    for i in range(len(t)-1):
        (a,ca),(b,cb)=t[i],t[i+1]
        if ca and cb and a not in STOP and b not in STOP: out.add((a,b))
    return out
CB=[capbig(t) for t in T]
cbdf=collections.Counter()
for c in CB: cbdf.update(c)
NUM=[set(w for w,c in t if w[0].isdigit() and not (len(w)==4 and w[:2] in('19','20'))) for t in T]
numdf=collections.Counter()
for n in NUM: numdf.update(n)
gold=[d['cluster'] for d in docs]; pr=[P[d['id']] for d in docs]
rows=[]
for i in range(N):
    for j in range(i+1,N):
        c=cos(V[i],V[j])
        same=gold[i]==gold[j]
        if c<0.05 and not same: continue
        mp=max(cos(a,b) for a in WIN[i] for b in WIN[j]) if c>=0.05 or same else 0
        sh=sum(1 for x in SH[i]&SH[j] if shdf[x]<=3)
        cb=sum(idf.get(a,0) for (a,b) in CB[i]&CB[j] if cbdf[(a,b)]<=5)
        nm=sum(1 for x in NUM[i]&NUM[j] if numdf[x]<=3)
        rows.append((i,j,same,pr[i]==pr[j],c,mp,sh,cb,nm,len(set(W[i])),len(set(W[j]))))
import pickle; pickle.dump(rows,open(f'/tmp/mn/rows_{s}.pkl','wb'))
print(len(rows))
