"""Counts in a JSON digest (newsdesk digest --format json): brief sentences with a transcript speaker
label, question sentences, and candidate repeated-fact pairs: two sentences of one brief from
different articles whose content words overlap by >= 0.4 (overlap coefficient, crude suffix
stemming), or by >= 0.25 with >= 2 shared numbers or capitalised names. A screen to read by hand,
not a judgement: most pairs it lists are related facts, not the same fact. Run from the project
root: python3 docs/benchmarks/experiments/brief_checks.py DIGEST.json [-v]."""
import json, re, sys
STOP = set(open('src/main/resources/newsdesk/summarize/stopwords.txt').read().lower().split())
def stem(w):
    for suf in ('ations','ation','ings','ing','ions','ion','ed','es','s'):
        if w.endswith(suf) and len(w) - len(suf) >= 4: return w[:-len(suf)]
    return w
def content(t):
    return {stem(w) for w in re.findall(r"[a-z0-9][a-z0-9,]*[a-z0-9]|[a-z0-9]", t.lower().replace(',', '')) if w not in STOP and len(w) > 2}
def keys(t):
    nums = set(re.findall(r"\d[\d,.]*\d|\d", t))
    names = set(m.lower() for m in re.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+(?: [A-Z][a-z]+)*", t))
    return {n.replace(',', '') for n in nums} | names
d = json.load(open(sys.argv[1]))
labels = questions = pairs = 0
show = '-v' in sys.argv
for s in d['stories']:
    sents = [x['text'] for x in s['sentences']]; arts=[x['article_id'] for x in s['sentences']]
    for t in sents:
        if '((' in t or '))' in t: labels += 1
        if re.search(r"\?[\"'\u201d\u2019)\]]*\s*$", t): questions += 1
    for i in range(len(sents)):
        for j in range(i + 1, len(sents)):
            a, b = content(sents[i]), content(sents[j])
            if arts[i] == arts[j]: continue
            if not a or not b: continue
            ov = len(a & b) / min(len(a), len(b))
            kk = keys(sents[i]) & keys(sents[j])
            if ov >= 0.4 or (len(kk) >= 2 and ov >= 0.25):
                pairs += 1
                if show: print(f"{s['headline'][:60]!r}\n   {ov:.2f} {sorted(kk)}\n   A: {sents[i][:160]}\n   B: {sents[j][:160]}")
print(f"stories {len(d['stories'])} sentences {sum(len(s['sentences']) for s in d['stories'])} label-sentences {labels} question-sentences {questions} repeated-fact-pairs {pairs}")
