import sys, os; sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','2026-11-30-pair-features'))
from rep import build, unit
import numpy as np
for s,ng in [('ecbplus',44),('multinews',296),('mstream_news',88)]:
    TF,gold,vocab,W=build(s); N=len(gold)
    df=(TF>0).sum(0); idf=np.log((N+1)/(df+1))+1
    sub=np.where(TF>0,1+np.log(np.maximum(TF,1)),0)
    X=unit(sub*idf).astype(np.float64)
    G=X@X.T; ev=np.sort(np.linalg.eigvalsh(G))[::-1]; ev=np.maximum(ev,0)
    c=np.cumsum(ev)/ev.sum()
    print(s,'N',N,'V',len(vocab),'gold',len(set(gold)),'kaiser(ev>1)',(ev>1).sum(),'ev>2',(ev>2).sum(),
      'E50',np.searchsorted(c,.5)+1,'E70',np.searchsorted(c,.7)+1,'E80',np.searchsorted(c,.8)+1, 'top',ev[:5].round(1), 'ev@50,100,300',ev[[50,100,300]].round(2))
