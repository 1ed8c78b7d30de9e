import sys, time; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__))); from sim import *
for s in ['ecbplus','multinews','mstream_news']:
    S,gold,ids=build(s)
    for th in ([0.2,0.25,0.3,0.35] if s!='mstream_news' else [0.06,0.08,0.1,0.2]):
        t=time.time(); lab,_=run(S,th); r=scores(list(gold),list(lab))
        print(s,th,'%.3f / %.3f ncl %d  %.1fs'%(r['f1'],r['b3'],r['ncl'],time.time()-t),flush=True)
