import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import *
import pickle, numpy as np
s=sys.argv[1]
docs=load(s); N=len(docs)
T=[toks((d['title']+' . '+d['text'])) for d in docs]
def capt(t):
    out=[]
    for k,(w,c) in enumerate(t):
        if c and w not in STOP and len(w)>1 and k>0 and t[k-1][0] not in ('.',) : out.append(w)
    return out
W=[[w for w,c in t if w not in STOP and len(w)>1] for t in T]
C=[capt(t) for t in T]
def vecs(Ws,filt=None):
    df=collections.Counter()
    for w in Ws: df.update(set(w))
    idf={w:math.log((N+1)/(c+1)) for w,c in df.items()}
    V=[]
    for ws in Ws:
        tf=collections.Counter(ws)
        v={w:(1+math.log(c))*idf[w] for w,c in tf.items() if (filt is None or df[w]<=filt)}
        n=math.sqrt(sum(x*x for x in v.values())) or 1
        V.append({w:x/n for w,x in v.items()})
    return V
def cos(a,b):
    if len(a)>len(b): a,b=b,a
    return sum(x*b.get(w,0) for w,x in a.items())
VC=vecs(C); VR=vecs(W,filt=8); V0=vecs(W)
rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb'))
extra=[(cos(VC[r[0]],VC[r[1]]),cos(VR[r[0]],VR[r[1]]),cos(V0[r[0]],V0[r[1]])) for r in rows]
pickle.dump(extra,open(f'/tmp/mn/extra_{s}.pkl','wb'))
