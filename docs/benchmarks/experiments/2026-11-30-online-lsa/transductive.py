import sys, time; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__))); from sim import *
s=sys.argv[1]; S,gold,ids=build(s); n=S.shape[0]
B=Bases(S,n,window=None); ev,U,Xw,_=B.get(n)
def best(**kw):
    b=(0,)
    for th in np.arange(0.1,0.96,0.05):
        lab,ks=run(S,th,**kw); r=scores(list(gold),list(lab))
        if r['f1']>b[0]: b=(r['f1'],r['b3'],th)
    return '%.3f / %.3f th %.2f'%b
for k in ['kaiser','E50','fix50','fix300']:
    kk=krule(k,ev,0,n); Vk=np.asarray(Xw.T@(U[:,:kk]/np.sqrt(ev[:kk])))
    for w in [1.0,0.5]:
        print(s,'TRANSDUCTIVE',k,kk,w,best(w=w,fixed=Vk),flush=True)
