"""Counts, in a JSON digest (newsdesk digest --format json), brief sentences that lean on a sentence the
brief left out: (a) "he"/"she" outside quotation marks before any capitalised word, when the brief
sentence before it is not the sentence before it in the article; (b) a capitalised word that the
article used earlier as the end of a longer name ("Gammon" after "C.L. Gammon") and that neither the
headline nor an earlier brief sentence gives. Needs the corpus for (b): the articles' texts, by URL.
A rough screen (no story-level lower-case check), not NameReferences itself. Run from the project
root: python3 docs/benchmarks/experiments/brief_references.py DIGEST.json [-v]"""
import json, re, sys
corpus = {}
for l in open('src/main/resources/newsdesk/demo/wikinews-2019-2020.jsonl'):
    d = json.loads(l); corpus[d['title']] = d['text']
NAME = r"[A-Z][a-z][\w'’-]*"
def outside_quotes(t):
    return re.sub(r'"[^"]*"|“[^”]*”', ' ', t)
def pronoun_first(t):
    for w in re.findall(r"[A-Za-z][\w'’-]*", outside_quotes(t)):
        if w.lower() in ('he', 'she'): return True
        if w[0].isupper() and w not in ('The', 'A', 'An', 'In', 'On', 'At', 'But', 'And'): return False
    return False
d = json.load(open(sys.argv[1])); show = '-v' in sys.argv
pron = short = 0
for s in d['stories']:
    sents = s['sentences']
    titles = {o['url']: o['title'] for o in s['outlets']}
    for i, x in enumerate(sents):
        prev = sents[i - 1] if i else None
        follows = prev and prev['article_id'] == x['article_id'] and 0 <= x['start'] - prev['end'] <= 3
        if pronoun_first(x['text']) and not follows:
            pron += 1
            if show: print('PRONOUN', s['headline'][:50], '|', x['text'][:100])
    texts = [corpus.get(o['title'], '') for o in s['outlets']]
    seen = s['headline']
    for x in sents:
        m = re.match(NAME, x['text'])
        if m:
            w = m.group(0)
            art = next((t for t in texts if x['text'] in t), '')
            before = art[:art.find(x['text'])]
            if re.search(NAME + r"\.? " + re.escape(w) + r"\b", before) and w not in seen and not re.search(r"\b[A-Z][\w.]* " + re.escape(w), x['text']):
                short += 1
                if show: print('SHORT', s['headline'][:50], '|', x['text'][:100])
        seen += ' ' + x['text']
print(f"stories {len(d['stories'])} sentences {sum(len(s['sentences']) for s in d['stories'])} unnamed-pronoun {pron} unintroduced-short-name {short}")
