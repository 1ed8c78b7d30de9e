import sys; import os; sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','2026-11-30-pair-features'))
from rep import *
def b3(lab,gold):
    N=len(gold); same=gold[:,None]==gold[None,:]; pl=lab[:,None]==lab[None,:]
    both=(same&pl).sum(1); P=(both/pl.sum(1)).mean(); R=(both/same.sum(1)).mean(); return 2*P*R/(P+R)
def pf(lab,gold):
    N=len(gold); iu=np.triu_indices(N,1); same=(gold[:,None]==gold[None,:])[iu]; pl=(lab[:,None]==lab[None,:])[iu]
    tp=(same&pl).sum(); p=tp/max(pl.sum(),1); r=tp/same.sum(); return 2*p*r/(p+r) if p+r else 0
def agg(S,gold,ths):
    N=len(gold); S=S.copy().astype(np.float64); np.fill_diagonal(S,-9)
    size=np.ones(N); lab=np.arange(N); res={}; ths=sorted(ths,reverse=True); ti=0
    while True:
        i,j=np.unravel_index(np.argmax(S),S.shape); v=S[i,j]
        while ti<len(ths) and v<ths[ti]: res[ths[ti]]=(pf(lab,gold),b3(lab,gold)); ti+=1
        if ti>=len(ths): break
        S[i,:]=(S[i,:]*size[i]+S[j,:]*size[j])/(size[i]+size[j]); S[:,i]=S[i,:]; S[i,i]=-9
        S[j,:]=-9; S[:,j]=-9; size[i]+=size[j]; lab[lab==j]=i
    return res
for s,ks in (('multinews',(0,200,250,300)),('ecbplus',(0,44,50))):
    TF,gold,vocab,W=build(s); N=len(gold)
    df=(TF>0).sum(0); idf1=np.log((N+1)/(df+1))+1
    sub=np.where(TF>0,1+np.log(np.maximum(TF,1)),0)
    X=unit(sub*idf1).astype(np.float64)
    U,sv,Vt=np.linalg.svd(X,full_matrices=False)
    for k in ks:
        S=X@X.T if k==0 else (lambda Y:Y@Y.T)(unit(U[:,:k]*sv[:k]))
        f,t=pairf1(S,gold)
        r=agg(S,gold,[t*m for m in np.linspace(0.5,1.2,15)])
        bp=max(r.values(),key=lambda x:x[0]); bb=max(r.values(),key=lambda x:x[1])
        print(s,'k',k,'best pairwise agglo %.3f/%.3f'%bp,' best b3 agglo %.3f/%.3f'%bb,flush=True)
