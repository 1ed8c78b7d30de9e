import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import *
import pickle
import numpy as np
s=sys.argv[1]
docs=load(s); N=len(docs)
T=[toks((d['title']+' . '+d['text'])) for d in docs]
W=[set(w for w,c in t if w not in STOP and len(w)>2 and not w[0].isdigit()) for t in T]
df=collections.Counter()
for w in W: df.update(w)
rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb'))
gold=[d['cluster'] for d in docs]
out=[]
for r in rows:
    i,j=r[0],r[1]
    sh=W[i]&W[j]
    out.append([r[2],r[3],r[4]]+[sum(1 for w in sh if df[w]<=k) for k in (2,3,5)])
A=np.array(out,dtype=float)
same,pj,c,r2,r3,r5=A.T
for lo,hi in [(0.0,0.05),(0.05,0.1),(0.1,0.15),(0.15,0.2),(0.2,0.25),(0.25,0.3),(0.3,1.1)]:
    m=(c>=lo)&(c<hi); S=m&(same==1); D=m&(same==0)
    f=lambda x,M: f"{x[M].mean():.2f}" if M.sum() else '-'
    print(f"[{lo},{hi}) same {int(S.sum())} diff {int(D.sum())} | r2 {f(r2,S)}/{f(r2,D)} r2>=1 {f(r2>=1,S)}/{f(r2>=1,D)} r2>=2 {f(r2>=2,S)}/{f(r2>=2,D)} r3>=2 {f(r3>=2,S)}/{f(r3>=2,D)} r5>=3 {f(r5>=3,S)}/{f(r5>=3,D)}")
