import pickle,sys,collections
import numpy as np
s=sys.argv[1]
rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb'))
A=np.array([r[2:] for r in rows],dtype=float)
same,pj,c,mp,sh,cb,nm,li,lj=A.T
print('same pairs',same.sum(),'predicted joined among same',(same*pj).sum())
bands=[(0.05,0.1),(0.1,0.15),(0.15,0.2),(0.2,0.25),(0.25,0.3),(0.3,0.4),(0.4,1.01)]
for lo,hi in bands:
    m=(c>=lo)&(c<hi)
    S=m&(same==1); D=m&(same==0)
    def st(x,mask): return f"{x[mask].mean():.3f}" if mask.sum() else '-'
    print(f"cos[{lo},{hi}) same {int(S.sum())} (joined {int((S&(pj==1)).sum())}) diff {int(D.sum())} (joined {int((D&(pj==1)).sum())}) | mp {st(mp,S)}/{st(mp,D)} sh>0 {st(sh>0,S)}/{st(sh>0,D)} cb {st(cb,S)}/{st(cb,D)} cb>0 {st(cb>0,S)}/{st(cb>0,D)} nm>0 {st(nm>0,S)}/{st(nm>0,D)}")
