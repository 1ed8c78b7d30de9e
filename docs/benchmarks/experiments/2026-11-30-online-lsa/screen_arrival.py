import sys, time; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__))); from sim import *
s=sys.argv[1]; M=int(sys.argv[2]); S,gold,ids=build(s); B=Bases(S,M,window=1000)
th0={'ecbplus':0.25,'multinews':0.25}[s]
for rule in ['kaiser','E50','ncl']:
  for w in [1.0,0.5]:
    b=(0,)
    for th in np.arange(0.1,0.96,0.05):
        t=time.time(); lab,ks=run(S,th,w,rule,B,th0=th0); r=scores(list(gold),list(lab))
        if r['f1']>b[0]: b=(r['f1'],r['b3'],th,ks[0],ks[-1],time.time()-t)
    print(s,'M',M,rule,w,'%.3f / %.3f th %.2f k %d..%d  %.1fs'%b,flush=True)
