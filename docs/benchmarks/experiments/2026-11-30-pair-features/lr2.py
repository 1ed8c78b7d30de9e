import pickle,sys,numpy as np
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import load
def bestf1(score,y,total):
    o=np.argsort(-score); tp=np.cumsum(y[o]); k=np.arange(1,len(y)+1)
    P=tp/k; R=tp/total; F=2*P*R/(P+R+1e-12); return F.max()
for s in ['multinews','ecbplus']:
    rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb')); ex=np.array(pickle.load(open(f'/tmp/mn/extra_{s}.pkl','rb')))
    docs=load(s); g=[d['cluster'] for d in docs]
    A=np.array([r[2:] for r in rows],float)
    y=A[:,0]; c=A[:,2]; li=np.log(A[:,7]); lj=np.log(A[:,8])
    capc,rarec,c0=ex.T
    half=np.array([sum(map(ord,g[r[0]]))%2 for r in rows])
    feats={'cos':[c],'cos(idf no+1)':[c0],'cos+capcos':[c,capc],'cos+rarecos':[c,rarec],'cos+len':[c,np.minimum(li,lj),np.maximum(li,lj)],'cos*len':[c,c*np.minimum(li,lj),c*np.maximum(li,lj),np.minimum(li,lj),np.maximum(li,lj)]}
    for name,fs in feats.items():
        X=np.column_stack(fs+[np.ones_like(c)])
        out=[]
        for h in (0,1):
            tr=half!=h; te=half==h
            w=np.zeros(X.shape[1])
            for it in range(30):
                p=1/(1+np.exp(-np.clip(X[tr]@w,-30,30))); Wt=p*(1-p)+1e-9
                H=(X[tr]*Wt[:,None]).T@X[tr]+1e-6*np.eye(X.shape[1]); gr=X[tr].T@(y[tr]-p)
                w=w+np.linalg.solve(H,gr)
            out.append(bestf1(X[te]@w,y[te],y[te].sum()))
        print(s,name,'held-out half best pair F1: %.3f %.3f'%tuple(out))
