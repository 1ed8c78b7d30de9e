"""Offline check: split each predicted story of 4+ articles in two (average link over plain TF-IDF)
when the two halves' mean cross cosine is under T times the weaker half's inner mean.
Usage: ./newsdesk cluster --jsonl ../shared/bench/clustering/SET.dev.jsonl > /tmp/SET.pred.tsv (ecbplus, multinews),
then python3 docs/benchmarks/experiments/story_split.py /tmp  (reads /tmp/SET.pred.tsv)."""
import json,re,math,collections,numpy as np,sys
PRED=sys.argv[1] if len(sys.argv)>1 else '/tmp'
BENCH=sys.argv[2] if len(sys.argv)>2 else '../shared/bench/clustering'
def run(name, ts):
    rows=[json.loads(l) for l in open(f'{BENCH}/{name}.dev.jsonl')]
    docs=[re.findall(r'[a-z0-9]{3,}', ((r['title']+' ')*2+r['text']).lower()) for r in rows]
    df=collections.Counter(w for d in docs for w in set(d)); N=len(docs); vocab={w:i for i,w in enumerate(df)}
    M=np.zeros((N,len(vocab)),dtype=np.float32)
    for k,d in enumerate(docs):
        for w,c in collections.Counter(d).items(): M[k,vocab[w]]=(1+math.log(c))*math.log(N/df[w])
    M/=np.linalg.norm(M,axis=1,keepdims=True)+1e-9
    S=M@M.T
    ids=[r['id'] for r in rows]; gold=np.array([r['cluster'] for r in rows])
    pred=dict(l.rstrip('\n').split('\t') for l in open(f'{PRED}/{name}.pred.tsv'))
    lab0=np.array([pred[i] for i in ids],dtype=object)
    iu=np.triu_indices(N,1); y=(gold[:,None]==gold[None,:])[iu]
    def f1(lab):
        p=(lab[:,None]==lab[None,:])[iu]; tp=(p&y).sum(); return 2*tp/(p.sum()+y.sum())
    def b3(lab):
        ps=(lab[:,None]==lab[None,:]); g=(gold[:,None]==gold[None,:]); inter=(ps&g).sum(1)
        p=(inter/ps.sum(1)).mean(); r=(inter/g.sum(1)).mean(); return 2*p*r/(p+r)
    out=[]
    for t in ts:
        lab=lab0.copy()
        for st in set(lab0):
            m=np.where(lab0==st)[0]
            if len(m)<4: continue
            # avg-link agglomerate down to 2 groups
            groups=[[i] for i in m]
            while len(groups)>2:
                best=None
                for a in range(len(groups)):
                    for b in range(a+1,len(groups)):
                        v=S[np.ix_(groups[a],groups[b])].mean()
                        if best is None or v>best[0]: best=(v,a,b)
                _,a,b=best; groups[a]+=groups[b]; del groups[b]
            cross=S[np.ix_(groups[0],groups[1])].mean()
            wa=S[np.ix_(groups[0],groups[0])][np.triu_indices(len(groups[0]),1)].mean() if len(groups[0])>1 else 1
            wb=S[np.ix_(groups[1],groups[1])][np.triu_indices(len(groups[1]),1)].mean() if len(groups[1])>1 else 1
            if min(len(groups[0]),len(groups[1]))>=2 and cross < t*min(wa,wb):
                for i in groups[1]: lab[i]=st+'#2'
        out.append('%.2f: %.3f/%.3f'%(t,f1(lab),b3(lab)))
    print(name,'base %.3f/%.3f'%(f1(lab0),b3(lab0)),' '.join(out))
for n in ['ecbplus','multinews']: run(n,[0.3,0.4,0.5,0.6,0.7])
