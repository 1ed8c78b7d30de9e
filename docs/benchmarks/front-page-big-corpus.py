"""A data folder whose 7-day digest window holds N stories: the demo database plus N synthetic stories
(3 articles each, 1-3 outlets, a copied brief), inserted in one transaction."""
import sqlite3, random, sys, json, datetime
n = int(sys.argv[2]); random.seed(7)
src = sqlite3.connect('/tmp/wf-demo/newsdesk.db'); dst = sqlite3.connect(sys.argv[1] + '/newsdesk.db')
src.backup(dst); src.close()
texts = [r[0] for r in dst.execute("select text from articles where length(text) > 1500 limit 50")]
body = json.loads(dst.execute("select body_json from briefs limit 1").fetchone()[0])
end = datetime.datetime(2021, 1, 4, tzinfo=datetime.timezone.utc)
iso = lambda t: t.strftime('%Y-%m-%dT%H:%M:%SZ')
with dst:
    for i in range(n):
        last = end - datetime.timedelta(seconds=random.randrange(7 * 86400))
        sid = f"s-big{i:06d}"
        dst.execute("insert into stories values (?,?,?,?,?,1,NULL)", (sid, iso(last), iso(last), iso(last), iso(last)))
        outlets = random.randint(1, 3); first = None
        for k in range(3):
            pid = f"a-big{i:06d}-{k}"; url = f"https://outlet{k % outlets}.example/{pid}"
            cur = dst.execute("insert into articles (public_id,url,canonical_url,outlet,title,authors,published,fetched_at,language,text,text_source,content_hash,story_id) values (?,?,?,?,?,'[]',?,?,'en',?,'page',?,?)",
                (pid, url, url, f"Outlet {k % outlets}", f"Story {i} part {k}", iso(last), iso(last), random.choice(texts), "h" + pid, sid))
            first = first or cur.lastrowid
        b = dict(body); b["headline"] = f"Synthetic story {i}"
        dst.execute("insert into briefs values (?,1,?,?,?,?)", (sid, b["headline"], json.dumps(b), first, iso(last)))
print(dst.execute("select count(*) from stories").fetchone(), dst.execute("select count(*) from articles").fetchone())
