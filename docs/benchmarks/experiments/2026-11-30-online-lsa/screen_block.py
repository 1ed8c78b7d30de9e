import sys, time; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__))); from sim import *
s=sys.argv[1]; M=int(sys.argv[2]); S,gold,ids=build(s); B=Bases(S,M,window=1000)
lab,_=run(S,0.25); print('base check',scores(list(gold),list(lab)))
for rule in ['kaiser','E50','ncl']:
  for w in [1.0,0.7,0.5,0.3]:
    b=(0,)
    for th in np.arange(0.15,0.96,0.05):
        t=time.time(); lab,ks=run(S,th,w,rule,B,block=True); r=scores(list(gold),list(lab))
        if r['f1']>b[0]: b=(r['f1'],r['b3'],th,ks[1],ks[-1],time.time()-t)
    print(s,'M',M,'block',rule,w,'%.3f / %.3f th %.2f k %d..%d  %.1fs'%b,flush=True)
