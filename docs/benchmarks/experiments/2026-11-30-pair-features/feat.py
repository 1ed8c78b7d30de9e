import json,re,math,collections,sys
import numpy as np
STOP=set("""a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your my me him them us not no so than then there here what which who whom whose when where why how all any both each few more most other some such only own same too very can will just should now also into over after before about against between through during without within up down out off again further once said says say would could may might must has have had having do does did doing mr mrs ms one two""".split())
tokre=re.compile(r"[A-Za-z][A-Za-z'\-]*|\d[\d,.]*\d|\d")
def toks(t):
    out=[]
    for m in tokre.finditer(t):
        w=m.group(0)
        out.append((w.lower().strip("'"),w[0].isupper()))
    return out
def load(s):
    return [json.loads(l) for l in open(f'/work/shared/bench/clustering/{s}.dev.jsonl')]
def pred(s):
    return dict(l.rstrip('\n').split('\t') for l in open(f'/tmp/mn/pred/{s}.tsv'))
