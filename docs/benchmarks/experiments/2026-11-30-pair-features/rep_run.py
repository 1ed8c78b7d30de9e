import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from rep import *
for s in ['multinews','ecbplus']:
    TF,gold,vocab,W=build(s); N=len(gold)
    df=(TF>0).sum(0)
    variants={}
    idf1=np.log((N+1)/(df+1))+1; idf0=np.log((N+1)/(df+1))
    sub=np.where(TF>0,1+np.log(np.maximum(TF,1)),0)
    variants['base(+1)']=unit(sub*idf1)
    variants['idf no +1']=unit(sub*idf0)
    X=unit(sub*idf1); mu=X.mean(0); variants['centered']=unit(X-mu)
    X=unit(sub*idf0); mu=X.mean(0); variants['centered noplus']=unit(X-mu)
    for k,X in variants.items():
        S=X@X.T
        f,t=pairf1(S,gold)
        ag=agglo(S,gold,[t*m for m in (0.6,0.7,0.8,0.9,1.0,1.1)])
        print(s,k,'pairF1 %.3f @%.3f'%(f,t),'agglo',' '.join('%.3f'%v for v in ag.values()),flush=True)
