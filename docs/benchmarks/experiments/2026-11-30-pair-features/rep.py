import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import *
import numpy as np
def build(s):
    docs=load(s); N=len(docs)
    T=[toks((d['title']+' . '+d['title']+' . '+d['text'])) for d in docs]
    W=[[w for w,c in t if w not in STOP and len(w)>1] for t in T]
    CAP=[[w for w,c in t if c and w not in STOP and len(w)>1] for t in T]
    vocab={}
    for w in W:
        for x in w: vocab.setdefault(x,len(vocab))
    TF=np.zeros((N,len(vocab)),dtype=np.float32)
    for i,w in enumerate(W):
        for x,c in collections.Counter(w).items(): TF[i,vocab[x]]=c
    gold=np.array([d['cluster'] for d in docs])
    return TF,gold,vocab,W
def unit(X):
    n=np.linalg.norm(X,axis=1,keepdims=True); n[n==0]=1; return X/n
def pairf1(S,gold):
    N=len(gold); iu=np.triu_indices(N,1)
    same=(gold[:,None]==gold[None,:])[iu]; sc=S[iu]
    o=np.argsort(-sc); ss=same[o]; tp=np.cumsum(ss); k=np.arange(1,len(ss)+1)
    P=tp/k; R=tp/same.sum(); F=2*P*R/(P+R+1e-12); b=F[:200000].argmax()
    return F[b],sc[o][b]
def agglo(S,gold,ths):
    # average link, returns best pairwise F1 over thresholds
    N=len(gold); S=S.copy().astype(np.float64); np.fill_diagonal(S,-9)
    size=np.ones(N); active=np.ones(N,bool); lab=np.arange(N)
    res={}; ths=sorted(ths,reverse=True); ti=0
    def score():
        same=gold[:,None]==gold[None,:]; pl=lab[:,None]==lab[None,:]
        iu=np.triu_indices(N,1); tp=(same&pl)[iu].sum(); pp=pl[iu].sum(); gp=same[iu].sum()
        p=tp/pp if pp else 0; r=tp/gp; return 2*p*r/(p+r) if p+r else 0
    while True:
        i,j=np.unravel_index(np.argmax(S),S.shape); v=S[i,j]
        while ti<len(ths) and v<ths[ti]: res[ths[ti]]=score(); ti+=1
        if ti>=len(ths): break
        # merge j into i
        S[i,:]=(S[i,:]*size[i]+S[j,:]*size[j])/(size[i]+size[j]); S[:,i]=S[i,:]; S[i,i]=-9
        S[j,:]=-9; S[:,j]=-9; size[i]+=size[j]; lab[lab==j]=i
    return res
