import pickle,sys,json,random
import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import load
s=sys.argv[1]; lo=float(sys.argv[2]); hi=float(sys.argv[3]); k=int(sys.argv[4])
rows=pickle.load(open(f'/tmp/mn/rows_{s}.pkl','rb'))
docs=load(s)
sel=[r for r in rows if r[2] and not r[3] and lo<=r[4]<hi]
random.seed(1); random.shuffle(sel)
for r in sel[:k]:
    i,j=r[0],r[1]
    print('=== cos %.3f mp %.3f sh %d cb %.1f  len %d/%d'%(r[4],r[5],r[6],r[7],r[9],r[10]))
    for x in (i,j): print('  >',docs[x]['text'][:400].replace('\n',' '))
