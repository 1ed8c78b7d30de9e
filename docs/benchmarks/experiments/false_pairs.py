# False pairs per predicted story: python3 false_pairs.py SET (reads ../shared/bench/clustering/SET.dev.jsonl and /tmp/pred/SET.tsv from ClusteringHarness -Dpredictions=/tmp/pred)
import json,sys,collections
set=sys.argv[1]
gold={}
for l in open('../shared/bench/clustering/%s.dev.jsonl'%set):
  d=json.loads(l); gold[d['id']]=d['cluster']
pred=dict(l.rstrip('\n').split('\t') for l in open('/tmp/pred/%s.tsv'%set))
by=collections.defaultdict(list)
for i,c in pred.items(): by[c].append(gold[i])
tot=0; rows=[]
for c,gs in by.items():
  cnt=collections.Counter(gs); n=len(gs)
  fp=(n*(n-1)-sum(v*(v-1) for v in cnt.values()))/2
  tot+=fp
  if fp: rows.append((fp,c,dict(cnt)))
rows.sort(reverse=True)
print('false pairs',tot)
for r in rows[:12]: print(r)
