import sys; sys.argv=['x']
import os; exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'ceil.py')).read().split('for s,ks in')[0])
for s,k,f in (('multinews',250,'/tmp/lsa/multinews.npy'),('ecbplus',44,'/tmp/lsa/ecbplus.npy')):
    TF,gold,vocab,W=build(s); N=len(gold)
    df=(TF>0).sum(0); idf1=np.log((N+1)/(df+1))+1
    sub=np.where(TF>0,1+np.log(np.maximum(TF,1)),0)
    X=unit(sub*idf1).astype(np.float64)
    U,sv,Vt=np.linalg.svd(X,full_matrices=False)
    Y=unit(U[:,:k]*sv[:k]); SL=Y@Y.T
    E=unit(np.load(f).astype(np.float64)); SE=E@E.T
    for w in (0.0,0.2,0.4):
        S=(1-w)*SL+w*SE
        f1,t=pairf1(S,gold)
        r=agg(S,gold,[t*m for m in np.linspace(0.5,1.2,15)])
        bp=max(r.values(),key=lambda x:x[0]); bb=max(r.values(),key=lambda x:x[1])
        print(s,'k',k,'emb w',w,'pair %.3f'%f1,'agglo best pw %.3f/%.3f'%bp,' best b3 %.3f/%.3f'%bb,flush=True)
