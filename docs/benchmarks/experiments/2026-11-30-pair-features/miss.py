import pickle,sys,collections
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import load,pred
s=sys.argv[1]; lo=float(sys.argv[2])
docs=load(s); P=pred(s)
rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb'))
pr=[P[d['id']] for d in docs]; gold=[d['cluster'] for d in docs]
idx={d['id']:i for i,d in enumerate(docs)}
for r in rows:
    if r[2] and not r[3] and r[4]>=lo:
        i,j=r[0],r[1]
        def desc(x):
            mem=[k for k in range(len(docs)) if pr[k]==pr[x]]
            return f"{x}(pos) story {pr[x][-8:]} size {len(mem)} gold-in-story {sum(gold[k]==gold[x] for k in mem)} first {idx[pr[x]] if pr[x] in idx else '?'}"
        print('cos %.3f len %d/%d | %s | %s'%(r[4],r[9],r[10],desc(i),desc(j)))
