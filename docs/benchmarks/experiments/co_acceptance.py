"""Co-acceptance of story pairs on one trace (2026-11-30 section of stories.md).
Usage: java -Dtrace=true ... newsdesk.cluster.Trace ecbplus 2> trace.txt (patch 2026-11-30-co-acceptance-merge.patch),
then python3 co_acceptance.py trace.txt ../shared/bench/clustering/ecbplus.dev.jsonl: for every pair of stories that a document
found both at a non-negative margin, the documents, whether the best story is seeded by their own event, the two margins,
their ratio, the two story sizes and the document length."""
import re,sys,collections,json
trace,goldf=sys.argv[1],sys.argv[2]
gold={}
for l in open(goldf):
    o=json.loads(l);gold[o['id']]=o['cluster']
rows=collections.defaultdict(list)
for l in open(trace):
    if l.startswith('TRACE'):
        parts=l.strip().split(' | ');d=parts[0].split()[1]; n=int(parts[0].split('n=')[1])
        acc=[]
        for p in parts[1:]:
            m=re.match(r'(\S+)\((\d+)\) sc=(\S+) m=(\S+)',p)
            if float(m.group(4))>=0: acc.append((m.group(1),float(m.group(4)),int(m.group(2))))
        if len(acc)>=2:
            a,b=acc[0],acc[1]
            k=tuple(sorted([a[0],b[0]]))
            rows[k].append((d,gold[d]==gold[a[0]],round(a[1],3),round(b[1],3),round(b[1]/a[1],2),a[2],b[2],n))
for k,v in sorted(rows.items(),key=lambda x:-len(x[1])):
    print(k, gold.get(k[0]),gold.get(k[1]), 'SAME' if gold.get(k[0])==gold.get(k[1]) else 'diff')
    for r in v: print('   ',r)
