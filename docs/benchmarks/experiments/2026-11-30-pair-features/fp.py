import pickle,sys,collections
import numpy as np
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import load,pred
s=sys.argv[1]
docs=load(s); P=pred(s)
rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb'))
cosd={(r[0],r[1]):r[4] for r in rows}
N=len(docs)
gold=[d['cluster'] for d in docs]; pr=[P[d['id']] for d in docs]
fp=[]
for i in range(N):
    for j in range(i+1,N):
        if pr[i]==pr[j] and gold[i]!=gold[j]: fp.append(cosd.get((i,j),0))
fp=np.array(fp)
print('FP pairs',len(fp),'cos hist',np.histogram(fp,bins=[0,0.05,0.1,0.15,0.2,0.25,0.3,1])[0])
# predicted clusters containing FPs
byp=collections.defaultdict(list)
for i in range(N): byp[pr[i]].append(i)
for p,mem in sorted(byp.items(),key=lambda x:-len(x[1])):
    g=collections.Counter(gold[i] for i in mem)
    if len(g)>1: print(len(mem),dict(g), [docs[i]['text'][:60].replace('\n',' ') for i in mem][:4])
