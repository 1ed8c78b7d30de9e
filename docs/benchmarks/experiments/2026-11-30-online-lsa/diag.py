"""Pair-level diagnosis: pair F1 at the oracle threshold of LSA cosines for pairs (i<j) where the
basis is (a) fitted on the documents before j's block (online), (b) fitted on everything up to the
end of j's block (the block is in the fit), (c) fitted on the whole set (transductive)."""
import sys; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__))); from sim import *
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','2026-11-30-pair-features')); from rep import pairf1
s=sys.argv[1]; M=int(sys.argv[2]); rule=sys.argv[3]
S,gold,ids=build(s); n=S.shape[0]; B=Bases(S,M,window=None,first=M)
idf=B.idf(n); Xf=unitrows(S@sp.diags(idf))
def lsa_rows(nfit, rows, rule):
    ev,U,Xw,_=B.get(nfit); k=krule(rule,ev,0,len(ev))
    Vk=np.asarray(Xw.T@(U[:,:k]/np.sqrt(ev[:k])))
    # rows with the idf of the fit moment
    idf_n=B.idf(nfit); Xr=unitrows(S[rows]@sp.diags(idf_n))
    Y=np.asarray(Xr@Vk); return Y/np.maximum(np.linalg.norm(Y,axis=1,keepdims=True),1e-12),k
def sim_matrix(mode):
    Sm=np.full((n,n),-1.0)
    for st in range(M, n, M):
        blk=np.arange(st,min(st+M,n))
        nfit={'online':st,'inblock':min(st+M,n),'trans':n}[mode]
        if nfit not in B.cache and nfit!=n and nfit%M: pass
        Y,k=lsa_rows(nfit, np.arange(0,blk[-1]+1), rule)
        Sm[blk[:,None],np.arange(blk[-1]+1)[None,:]]=Y[blk]@Y.T
    Sm=np.maximum(Sm,Sm.T); return Sm
g=gold[M:]  # pairs among docs >= M and with earlier ones; restrict to rows>=M for all modes
T=(Xf@Xf.T).toarray()
def pf(Sm):
    Sm=Sm.copy(); Sm[:M,:M]=-1  # first block has no online basis: drop its internal pairs
    f,t=pairf1(Sm,gold); return f,t
T2=T.copy(); print(s,rule,'tfidf(final idf) %.3f @%.2f'%pf(T2),flush=True)
for mode in ['online','inblock','trans']:
    print(s,rule,'M',M,mode,'%.3f @%.2f'%pf(sim_matrix(mode)),flush=True)
