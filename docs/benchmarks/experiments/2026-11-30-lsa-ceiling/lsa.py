import sys; import os; sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','2026-11-30-pair-features'))
from rep import *
for s in ['multinews','ecbplus']:
    TF,gold,vocab,W=build(s); N=len(gold)
    df=(TF>0).sum(0)
    idf1=np.log((N+1)/(df+1))+1
    sub=np.where(TF>0,1+np.log(np.maximum(TF,1)),0)
    X=unit(sub*idf1).astype(np.float64)
    U,sv,Vt=np.linalg.svd(X,full_matrices=False)
    S0=X@X.T
    for k in (50,100,200,300,400):
        Y=unit(U[:,:k]*sv[:k]); S=Y@Y.T
        for a in (0.0,0.5):
            SS=(1-a)*S+a*S0 if a else S
            f,t=pairf1(SS,gold)
            ag=agglo(SS,gold,[t*m for m in (0.6,0.7,0.8,0.9,1.0,1.1)])
            print(s,'k',k,'mix',a,'pairF1 %.3f @%.3f'%(f,t),'agglo max %.3f'%max(ag.values()),flush=True)
