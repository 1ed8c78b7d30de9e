"""Counts briefs that leave a quotation open: a brief sentence after which a quotation is open
(curly marks by direction, straight and doubled marks by parity; an opening mark that starts a
sentence while one is open continues it) and whose next line is not the sentence that follows it
in a source article (or that ends the brief). A screen on the one-sentence-a-line output of
`newsdesk summarize`: it does not see paragraphs, and a stray mark of the source counts.
usage: python3 open_quotes.py DATA.jsonl PRED.jsonl [-v]"""
import json, sys

def leaves_open(s, state):
    s = s.replace("''", '"').replace("\u2018\u2018", "\u201c").replace("\u2019\u2019", "\u201d")
    for ch in s:
        if ch == '\u201c': state = True
        elif ch == '\u201d': state = False
        elif ch == '"': state = not state
    return state

data = {}
for line in open(sys.argv[1]):
    o = json.loads(line); data[o["id"]] = [a["text"] for a in o["articles"]]
verbose = "-v" in sys.argv
items = bad = lines_n = 0
for line in open(sys.argv[2]):
    o = json.loads(line)
    sents = [s for s in (o.get("summary") or o.get("prediction")).split("\n") if s.strip()]
    items += 1; lines_n += len(sents)
    texts = data[o["id"]]
    state = False; found = False
    for k, s in enumerate(sents):
        if state and s.lstrip()[:1] in ('"', '\u201c'): s = s.lstrip()[1:]
        state = leaves_open(s, state)
        if not state: continue
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        cont = False
        if nxt is not None:
            for t in texts:
                i = t.find(s)
                while i >= 0:
                    if t[i + len(s):].lstrip().startswith(nxt): cont = True; break
                    i = t.find(s, i + 1)
                if cont: break
        if not cont:
            found = True; state = False
            if verbose: print(o["id"], "|", s[-160:], "|| next:", (nxt or "<end>")[:80])
    bad += found
print(f"{items} briefs, {lines_n} sentences, {bad} briefs with a quotation left open", file=sys.stderr)
