import sys,re,collections; import os; sys.path.insert(0,os.path.dirname(os.path.abspath(__file__)))
from feat import load,pred
s=sys.argv[1]
docs=load(s); P=pred(s)
tr={}
for l in open('/tmp/mn/trace.txt'):
    if not l.startswith('TRACE'): continue
    parts=l.strip().split(' | ')
    tr[parts[0].split()[1]]=(parts[0],parts[1:])
gold={d['id']:d['cluster'] for d in docs}
bystory=collections.defaultdict(list)
for d in docs: bystory[P[d['id']]].append(d['id'])
def comp(st): return dict(collections.Counter(gold[x] for x in bystory.get(st,[])))
byg=collections.defaultdict(list)
for d in docs: byg[d['cluster']].append(d['id'])
for g,ids in byg.items():
    sts=collections.Counter(P[x] for x in ids)
    if len(sts)<2: continue
    main=sts.most_common(1)[0][0]
    print('##',g,dict(sts.most_common()))
    for st,n in sts.items():
        if st==main: continue
        first=[x for x in ids if P[x]==st][0]
        head,c=tr[first]
        print('  piece',st[-12:],n,'first',first, head.split(' ',2)[2])
        for p in c[:6]:
            f=p.split(); print('     ',f[0][-14:],f[1:],comp(f[0]))
