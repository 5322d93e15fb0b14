#!/usr/bin/env python3
"""Oracle fixtures from QUT's coordination-network-toolkit 1.5.2 (PyPI `coordination-network-toolkit`):
synthetic tweet sets in the toolkit's CSV format and the networks the toolkit computes on them, edge
for edge, under Tests/RecruitNetCoordinationTests/Fixtures/toolkit/.

Rerun from the repository root with the bench virtualenv:

    bash Scripts/bench/setup.sh
    Scripts/bench/.venv/bin/pip install coordination-network-toolkit==1.5.2
    Scripts/bench/.venv/bin/python Scripts/oracles/coordination_toolkit.py            # all sets
    Scripts/bench/.venv/bin/python Scripts/oracles/coordination_toolkit.py --bench --scale 70
                                                      # timing only, writes under /tmp/coord-bench

The toolkit is run exactly as a user runs it, through its console script `compute_networks`:

    compute_networks DB preprocess tweets.csv
    compute_networks DB compute TYPE --time_window W --min_edge_weight M --n_cpus 2 [...]
    coordination_network_toolkit.output.output_gephi_csv(DB, TYPE, OUT.csv)  (self-loops dropped;
        the CLI's `export_network --output_format csv` raises a TypeError in 1.5.2)

Its Gephi CSV (`"source","target","weight","edge_type"`, all quoted, table order) is rewritten as
`source,target,weight`, one row per directed edge, sorted by (source, target) as strings (code
point order); source/target are the user_id column of the input. Nothing of the toolkit is copied
here; see Scripts/oracles/README-coordination.md for the semantics the fixtures pin down.

Sets (written to <out>/<set>/tweets.csv):
  campaign   ~300 accounts, 3 days: background posting/retweeting/replying/linking with a diurnal
             rhythm and viral bursts, plus planted groups: a retweet ring, a copy-paste (co-tweet)
             group, a link-sharing group, a co-reply group.
  bursty     ~200 accounts, 2 days: heavier organic retweet bursts, a near-duplicate-text group
             (co-similar), a tight retweet ring (offsets of 0-5 s), accounts placed exactly at and
             one second past each window (1, 60, 3600 s).
  edgecases  ~100 hand-written rows, one quirk each (identical timestamps, dt == window, a user
             retweeting the same tweet twice, a retweet of one's own tweet, case/whitespace/
             mention-only text differences, empty text, several/duplicate/empty URLs, a repost with
             URLs, a reply that is also a repost, user ids "42" vs "0042", a duplicated message_id,
             quoted commas and newlines, Unicode case folding, Jaccard exactly 0.8 and 0.5).

Traces (network types) x windows {1, 60, 3600} x min edge weights {1, 2}:
  co_retweet, co_tweet, co_similar_tweet_t0.8 (the CLI default --similarity_threshold 0.8),
  co_similar_tweet_t0.5, co_link (the toolkit as is: an empty `urls` field becomes the URL ""),
  co_link_nonempty (the same computation after `delete from message_url where url = ''`),
  co_reply, co_post. Outputs over --max-bytes (default 300 000) are not written; the manifest lists
  them under "skipped".

Also writes <out>/normalisation.json: sample texts with the toolkit's co_tweet key
(similarity.message_preprocessor), its stored token_set (similarity.tokenize), the token list the
Jaccard similarity uses (token_set.split()), and Jaccard values of sample pairs.
"""
import argparse
import bisect
import csv
import hashlib
import itertools
import json
import math
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(ROOT, "Tests", "RecruitNetCoordinationTests", "Fixtures", "toolkit")
TOOLKIT_VERSION = "1.5.2"
WINDOWS = [1, 60, 3600]
MIN_WEIGHTS = [1, 2]
HEADER = ["message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"]

# name -> (toolkit network type, extra CLI args, database variant, description)
TRACES = [
    ("co_retweet", "co_retweet", [], "raw", "same repost_id"),
    ("co_tweet", "co_tweet", [], "raw", "same message_preprocessor(message), non-reposts"),
    ("co_similar_tweet_t0.8", "co_similar_tweet", ["--similarity_threshold", "0.8"], "raw",
     "Jaccard(token sets) >= 0.8, non-reposts, --min_document_size_similarity 1 (CLI default)"),
    ("co_similar_tweet_t0.5", "co_similar_tweet", ["--similarity_threshold", "0.5"], "raw",
     "Jaccard(token sets) >= 0.5, non-reposts, --min_document_size_similarity 1 (CLI default)"),
    ("co_link", "co_link", [], "raw",
     "same URL string in message_url (non-reposts); includes the URL '' of an empty urls field"),
    ("co_link_nonempty", "co_link", [], "nonempty",
     "as co_link after deleting message_url rows whose url is ''"),
    ("co_reply", "co_reply", [], "raw", "same reply_id, non-reposts"),
    ("co_post", "co_post", [], "raw", "any two messages (reposts included)"),
]

WORDS = """the a of to and in is it you that he was for on are with as his they be at one have this
from or had by not word but what some we can out other were all there when up use your how said an
each she which do their time if will way about many then them write would like so these her long
make thing see him two has look more day could go come did number sound no most people my over know
water than call first who may down side been now find any new work part take get place made live
where after back little only round man year came show every good me give our under name very through
just form sentence great think say help low line differ turn cause much mean before move right boy
old too same tell does set three want air well also play small end put home read hand port large
spell add even land here must big high such follow act why ask men change went light kind off need
house picture try us again animal point mother world near build self earth father head stand own page
should country found answer school grow study still learn plant cover food sun four between state keep
eye never last let thought city tree cross farm hard start might story saw far sea draw left late run
while press close night real life few north open seem together next white children begin got walk
example ease paper group always music those both mark often letter until mile river car feet care
second book carry took science eat room friend began idea fish mountain stop once base hear horse cut
sure watch color face wood main enough plain girl usual young ready above ever red list though feel
talk bird soon body dog family direct pose leave song measure door product black short numeral class
wind question happen complete ship area half rock order fire south problem piece told knew pass since
top whole king space heard best hour better true during hundred five remember step early hold west
ground interest reach fast verb sing listen six table travel less morning ten simple several vowel
toward war lay against pattern slow center love person money serve appear road map rain rule govern
pull cold notice voice unit power town fine certain fly fall lead cry dark machine note wait plan
figure star box noun field rest correct able pound done beauty drive stood contain front teach week
final gave green oh quick develop ocean warm free minute strong special mind behind clear tail produce
fact street inch multiply nothing course stay wheel full force blue object decide surface deep moon
island foot system busy test record boat common gold possible plane stead dry wonder laugh thousand
ago ran check game shape equate hot miss brought heat snow tire bring yes distant fill east paint
language among""".split()
EXTRA_TOKENS = ["#news", "#update", "#live", "#video", "#media", "#breaking", "#today", "#event",
                "café", "naïve", "مرحبا", "العالم", "статья", "😀", "🔥", "!!", "...", "it's", "don't",
                "2015", "3.5", "1,000", "(live)", "—", "x2"]
SYLLABLES = ["ka", "lo", "ri", "mu", "sa", "ne", "to", "vi", "da", "xe", "zu", "po", "li", "ra", "mi",
             "ko", "be", "fa", "gu", "hi", "jo", "qa", "wy", "ty", "ex", "ul", "an", "or", "is", "em"]
DOMAINS = ["news.example.com", "video.example.org", "blog.example.net", "files.example.io",
           "mirror.example.co", "t.example", "photos.example.com", "docs.example.org",
           "stream.example.tv", "archive.example.info", "shop.example.store", "forum.example.net"]


# ----------------------------------------------------------------------------------------------
# Synthetic data
# ----------------------------------------------------------------------------------------------

class TweetSet:
    """Collects messages; ids look like Twitter snowflakes (increasing with time)."""

    def __init__(self, rng, start):
        self.rng = rng
        self.start = start
        self.rows = []            # [message_id, user_id, username, repost_id, reply_id, message, ts, urls]
        self.per_second = {}
        self.user_ids = set()
        self.groups = {}

    def new_id(self, t):
        c = self.per_second.get(t, 0)
        self.per_second[t] = c + 1
        return str(550000000000000000 + (t - self.start) * 1000 + c)

    def add(self, user, t, text="", repost_id="", reply_id="", urls=(), message_id=None):
        uid, uname = user
        mid = message_id or self.new_id(t)
        self.rows.append([mid, uid, uname, repost_id, reply_id, text, t, " ".join(urls)])
        return mid

    def make_users(self, n, prefix=""):
        users = []
        while len(users) < n:
            uid = str(self.rng.choice([self.rng.randint(10 ** 6, 10 ** 9), self.rng.randint(10 ** 9, 10 ** 12),
                                       self.rng.randint(10 ** 15, 10 ** 18)]))
            if uid in self.user_ids:
                continue
            self.user_ids.add(uid)
            name = prefix + "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4)))
            if self.rng.random() < 0.6:
                name += str(self.rng.randint(0, 999))
            users.append((uid, name[:15]))
        return users


def words(rng, n, extra=0.12):
    out = []
    for _ in range(n):
        out.append(rng.choice(EXTRA_TOKENS) if rng.random() < extra else rng.choice(WORDS))
    return out


def sentence(rng, lo=5, hi=14):
    w = words(rng, rng.randint(lo, hi))
    if rng.random() < 0.5:
        w[0] = w[0].capitalize()
    s = " ".join(w)
    r = rng.random()
    if r < 0.15:
        s += "."
    elif r < 0.22:
        s += "!"
    elif r < 0.27:
        s += "?"
    elif r < 0.30:
        s = s.replace(" ", ", ", 1)
    elif r < 0.32:
        s = s + "\n" + " ".join(words(rng, 3))
    return s


def url_pool(rng, n):
    pool = []
    for i in range(n):
        d = rng.choice(DOMAINS)
        path = "/".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3)))
        u = f"http{'s' if rng.random() < 0.7 else ''}://{d}/{path}"
        if rng.random() < 0.3:
            u += f"?id={rng.randint(1, 99999)}"
        pool.append(u)
    return pool


def diurnal_time(rng, start, duration):
    while True:
        t = rng.uniform(0, duration)
        hour = (t % 86400) / 3600
        if rng.random() < 0.3 + 0.7 * (0.5 + 0.5 * math.sin((hour - 9) / 24 * 2 * math.pi)):
            return start + int(t)


def background(ts, rng, users, n_messages, duration, urls, viral=8, viral_size=(20, 50)):
    """Organic activity: originals, retweets and replies with popularity, some viral bursts."""
    start = ts.start
    end = start + duration - 1
    weights = [rng.lognormvariate(0, 1.1) for _ in users]
    url_w = [1 / (i + 1) ** 1.1 for i in range(len(urls))]
    # cum_weights give the very same draws as weights=..., in O(log n) per draw (for --scale).
    user_cum = list(itertools.accumulate(weights))
    url_cum = list(itertools.accumulate(url_w))
    idx = range(len(users))
    n_orig = int(n_messages * 0.52)
    n_rt = int(n_messages * 0.26)
    n_rep = int(n_messages * 0.14)
    originals = []   # (mid, user, t, text, urls, popularity)
    for _ in range(n_orig):
        i = rng.choices(idx, cum_weights=user_cum)[0]
        t = diurnal_time(rng, start, duration)
        text = sentence(rng)
        us = []
        if rng.random() < 0.24:
            k = 1 if rng.random() < 0.8 else (2 if rng.random() < 0.8 else 3)
            us = list(dict.fromkeys(rng.choices(urls, cum_weights=url_cum, k=k)))
        if rng.random() < 0.08:
            text = "@" + rng.choice(users)[1] + " " + text
        mid = ts.add(users[i], t, text, urls=us)
        originals.append((mid, users[i], t, text, us, rng.paretovariate(1.3) * weights[i]))
    pop_cum = list(itertools.accumulate(o[5] for o in originals))

    def retweet(user, o, t):
        text = f"RT @{o[1][1]}: {o[3]}"[:140]
        ts.add(user, min(t, end), text, repost_id=o[0], urls=o[4])

    for _ in range(n_rt):
        o = rng.choices(originals, cum_weights=pop_cum)[0]
        i = rng.choices(idx, cum_weights=user_cum)[0]
        t = o[2] + 1 + int(rng.expovariate(1 / 2400))
        retweet(users[i], o, t)
        if rng.random() < 0.01:                       # the same retweet twice
            retweet(users[i], o, t + rng.randint(0, 300))
    for _ in range(max(3, n_messages // 500)):       # retweets of one's own tweet
        o = rng.choice(originals)
        retweet(o[1], o, o[2] + rng.randint(1, 900))
    for _ in range(n_rep):
        o = rng.choices(originals, cum_weights=pop_cum)[0]
        i = rng.choices(idx, cum_weights=user_cum)[0]
        t = min(end, o[2] + 1 + int(rng.expovariate(1 / 1800)))
        text = f"@{o[1][1]} " + sentence(rng, 2, 9)
        us = [rng.choice(urls)] if rng.random() < 0.05 else []
        ts.add(users[i], t, text, reply_id=o[0], urls=us)
    for _ in range(viral):                            # organic bursts around a viral tweet
        o = rng.choices(originals, cum_weights=pop_cum)[0]
        base = o[2] + rng.randint(30, 1800)
        for _ in range(rng.randint(*viral_size)):
            i = rng.randrange(len(users))
            retweet(users[i], o, base + int(rng.expovariate(1 / 240)))
    return originals


def jitter_text(rng, text, mentions):
    """Variants that the toolkit's co_tweet key treats as identical."""
    r = rng.random()
    if r < 0.2:
        return text.upper()
    if r < 0.35:
        return text.lower()
    if r < 0.5:
        return "  " + text.replace(" ", "  ", 2) + " "
    if r < 0.65:
        return f"@{rng.choice(mentions)} " + text
    if r < 0.75:
        return text + f" @{rng.choice(mentions)}"
    if r < 0.85:
        return text.replace(" ", "\t", 1)
    return text


def gen_campaign(seed, scale=1.0):
    rng = random.Random(f"{seed}:campaign")
    start = 1420070400                  # 2015-01-01T00:00:00Z
    days = 3
    ts = TweetSet(rng, start)
    bg_users = ts.make_users(int(270 * scale))
    urls = url_pool(rng, int(160 * scale) + 10)
    originals = background(ts, rng, bg_users, int(2000 * scale), days * 86400, urls,
                           viral=int(8 * scale) or 1)
    reps = max(1, int(round(scale)))
    rt_ring = ts.make_users(7)
    leaders = ts.make_users(2)
    copy_group = ts.make_users(6)
    link_group = ts.make_users(4) + rt_ring[:1]          # one account in two groups
    reply_group = ts.make_users(5)
    ts.groups = {"retweet_ring": [u[0] for u in rt_ring], "leaders": [u[0] for u in leaders],
                 "copy_paste": [u[0] for u in copy_group], "link_sharing": [u[0] for u in link_group],
                 "co_reply": [u[0] for u in reply_group]}
    planted = rt_ring + leaders + copy_group + link_group[:-1] + reply_group
    # Planted accounts also do a little ordinary posting.
    for u in planted:
        for _ in range(rng.randint(3, 10)):
            ts.add(u, diurnal_time(rng, start, days * 86400), sentence(rng))
    end = start + days * 86400 - 1
    # 1. Retweet ring: the leaders post, the ring retweets within seconds (some in the same second);
    #    a few targets are tweets outside the collection (ids not in the file).
    for k in range(34 * reps):
        t0 = diurnal_time(rng, start, days * 86400 - 4000)
        if k % 6 == 5:
            target = str(500000000000000000 + rng.randint(0, 10 ** 12))
            text = "RT @elsewhere: " + sentence(rng)
        else:
            lead = leaders[k % 2]
            text = sentence(rng)
            target = ts.add(lead, t0, text, urls=[rng.choice(urls)] if k % 3 == 0 else [])
            text = f"RT @{lead[1]}: {text}"[:140]
        base = t0 + rng.randint(20, 900)
        for u in rt_ring:
            if rng.random() < 0.85:
                t = base + int(rng.expovariate(1 / 8)) if rng.random() < 0.8 else base
                ts.add(u, min(end, t), text, repost_id=target)
    # 2. Copy-paste group: the same text, modulo case, whitespace and @mentions.
    mentions = [u[1] for u in bg_users[:40]]
    for _ in range(22 * reps):
        text = sentence(rng, 8, 14) + " " + rng.choice(["#news", "#update", "#live", ""])
        text = text.strip()
        base = diurnal_time(rng, start, days * 86400 - 200)
        for u in copy_group:
            if rng.random() < 0.8:
                ts.add(u, base + int(rng.expovariate(1 / 25)), jitter_text(rng, text, mentions))
    # 3. Link sharing: the same URLs (one to three per message, any order), different texts.
    for _ in range(26 * reps):
        drop = url_pool(rng, rng.randint(1, 3))
        base = diurnal_time(rng, start, days * 86400 - 200)
        for u in link_group:
            if rng.random() < 0.8:
                us = drop[:]
                rng.shuffle(us)
                if len(us) > 1 and rng.random() < 0.3:
                    us = us[:-1]
                if rng.random() < 0.2:
                    us.append(rng.choice(urls))
                ts.add(u, base + int(rng.expovariate(1 / 15)), sentence(rng, 3, 8) + " " + us[0], urls=us)
    # 4. Co-reply: replies to the same (popular) tweets within a couple of minutes.
    popular = sorted(originals, key=lambda o: -o[5])[:60]
    for _ in range(20 * reps):
        o = rng.choice(popular)
        base = min(end - 300, o[2] + rng.randint(10, 3000))
        for u in reply_group:
            if rng.random() < 0.85:
                ts.add(u, base + int(rng.expovariate(1 / 40)), f"@{o[1][1]} " + sentence(rng, 2, 7),
                       reply_id=o[0])
    return ts


def gen_bursty(seed, scale=1.0):
    rng = random.Random(f"{seed}:bursty")
    start = 1433116800                  # 2015-06-01T00:00:00Z
    days = 2
    ts = TweetSet(rng, start)
    bg_users = ts.make_users(int(180 * scale))
    urls = url_pool(rng, int(90 * scale) + 10)
    originals = background(ts, rng, bg_users, int(1650 * scale), days * 86400, urls,
                           viral=int(14 * scale) or 1, viral_size=(25, 60))
    sim_group = ts.make_users(6)
    tight_ring = ts.make_users(8)
    boundary = ts.make_users(6)
    ts.groups = {"near_duplicate": [u[0] for u in sim_group], "tight_ring": [u[0] for u in tight_ring],
                 "boundary": [u[0] for u in boundary]}
    end = start + days * 86400 - 1
    # 1. Near-duplicate texts: a template with one to four words substituted per account.
    for _ in range(24):
        template = words(rng, rng.randint(9, 14), extra=0.05)
        base = diurnal_time(rng, start, days * 86400 - 600)
        for u in sim_group:
            if rng.random() < 0.85:
                w = template[:]
                for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
                    w[rng.randrange(len(w))] = rng.choice(WORDS)
                if rng.random() < 0.3:
                    w.append(rng.choice(["#news", "!!", "#live", "🔥"]))
                if rng.random() < 0.3:
                    w.insert(0, "@" + rng.choice(bg_users)[1])
                ts.add(u, base + int(rng.expovariate(1 / 45)), " ".join(w))
    # 2. Tight retweet ring: offsets of 0-5 s, so windows of 1 s already catch many.
    pops = [o[5] for o in originals]
    for _ in range(30):
        o = rng.choices(originals, pops)[0]
        base = min(end - 10, o[2] + rng.randint(5, 1200))
        for u in tight_ring:
            if rng.random() < 0.8:
                ts.add(u, base + rng.randint(0, 5), f"RT @{o[1][1]}: {o[3]}"[:140], repost_id=o[0],
                       urls=o[4])
    # 3. Boundary accounts: b0 acts at base; b1..b5 at base + 1, 2, 60, 61, 3600 (and b5 at 3601 too
    #    for another target), on the same repost, text, URL and reply, several times.
    offs = [0, 1, 2, 60, 61, 3600]
    for k in range(5):
        base = start + 20000 + k * 25000
        o = originals[k * 7]
        text = " ".join(words(rng, 8, extra=0))
        link = url_pool(rng, 1)
        off_set = offs if k % 2 == 0 else [0, 1, 2, 60, 61, 3601]
        for u, off in zip(boundary, off_set):
            t = base + off
            ts.add(u, t, f"RT @{o[1][1]}: {o[3]}"[:140], repost_id=o[0])
            ts.add(u, t + 7200 * 2, text if off % 2 == 0 else text.upper())
            ts.add(u, t + 7200 * 4, "see " + link[0], urls=link)
            ts.add(u, t + 7200 * 6, "@" + o[1][1] + " " + " ".join(words(rng, 4)), reply_id=o[0])
    return ts


def gen_edgecases(seed, scale=1.0):
    """Hand-written rows, one quirk each; ids are short strings so fixtures are easy to read."""
    rng = random.Random(f"{seed}:edgecases")
    T = 1400000000
    ts = TweetSet(rng, T)
    U = {i: (str(1000 + i), f"edge_user{i}") for i in range(1, 60)}
    U["42"] = ("42", "fortytwo")
    U["0042"] = ("0042", "fortytwo_padded")
    n = [0]

    def add(u, t, text="", repost="", reply="", urls="", mid=None):
        n[0] += 1
        mid = mid or f"e{n[0]:03d}"
        ts.rows.append([mid, U[u][0], U[u][1], repost, reply, text, t, urls])
        return mid

    # Co-retweet in the same second, and across window boundaries.
    for u in (1, 2, 3):
        add(u, T, "RT @src: same second", repost="R1")
    for u, off in ((4, 0), (5, 1), (6, 60), (7, 61), (8, 3600), (9, 3601)):
        add(u, T + 1000 + off, "RT @src: boundary", repost="R2")
    # The same retweet twice by one user (asymmetric weights: 1->2 is 2, 2->1 is 1).
    add(1, T + 20000, "RT @src: twice", repost="R3")
    add(1, T + 20030, "RT @src: twice", repost="R3")
    add(2, T + 20010, "RT @src: twice", repost="R3")
    # A retweet of one's own tweet; the original itself is no repost.
    own = add(10, T + 30000, "my own words", urls="http://own.example/x")
    add(10, T + 30005, "RT @edge_user10: my own words", repost=own, urls="http://own.example/x")
    add(11, T + 30006, "RT @edge_user10: my own words", repost=own)
    # Co-tweet: case, whitespace and mentions do not matter; punctuation does.
    for u, text in ((12, "Join the Caravan NOW"), (13, "join  the caravan now"),
                    (14, " JOIN the\tcaravan now "), (15, "join the caravan now @someone"),
                    (16, "@a @b join the caravan now"), (17, "join the caravan now!"),
                    (18, "join the caravan, now"), (19, "join the\ncaravan now")):
        add(u, T + 40000 + u, text)
    # Jaccard exactly 0.5: {alpha beta gamma} vs {alpha beta gamma delta epsilon zeta}.
    add(20, T + 45000, "alpha beta gamma")
    add(21, T + 45001, "alpha beta gamma delta epsilon zeta")
    add(22, T + 45002, "Alpha, beta gamma delta")           # {alpha , beta gamma delta}
    # Empty and mention-only texts: one co_tweet key "", no co_similar tokens.
    add(23, T + 50000, "")
    add(24, T + 50000, "@edge_user23")
    add(25, T + 50001, "@x @y   ")
    add(26, T + 50001, "#tag")
    add(27, T + 50001, "#TAG")
    # URLs: several per message, one twice in a message, case/trailing-slash variants, a repost
    # with URLs (ignored), two spaces between URLs (yields the URL "").
    add(28, T + 60000, "three links", urls="http://a.example/1 http://b.example/2 http://c.example/3")
    add(29, T + 60010, "one link", urls="http://b.example/2")
    add(30, T + 60020, "two links", urls="http://c.example/3 http://a.example/1")
    add(31, T + 60030, "twice", urls="http://d.example/x http://d.example/x")
    add(32, T + 60031, "once", urls="http://d.example/x")
    add(33, T + 60040, "case", urls="http://E.example/")
    add(34, T + 60041, "case", urls="http://e.example")
    add(35, T + 60005, "RT @edge_user28: three links", repost="R4", urls="http://a.example/1")
    add(36, T + 60050, "gap", urls="http://f.example  http://g.example")
    add(37, T + 60051, "gap", urls="http://g.example")
    # Co-reply; a reply that is also a repost counts for co_retweet, not co_reply.
    add(38, T + 70000, "@edge_user1 agreed", reply="P1")
    add(39, T + 70000, "@edge_user1 agreed", reply="P1")
    add(40, T + 70060, "@edge_user1 yes", reply="P1")
    add(41, T + 70030, "RT @edge_user38: @edge_user1 agreed", repost="R5", reply="P1")
    add(42, T + 70031, "RT @edge_user38: @edge_user1 agreed", repost="R5")
    # User ids that differ only by leading zeros are different users.
    add("42", T + 80000, "RT @src: padded", repost="R6")
    add("0042", T + 80000, "RT @src: padded", repost="R6")
    # Quoted commas, quotes and newlines in the text (CSV quoting), Unicode case folding.
    add(43, T + 90000, 'He said "go, now"\nand left')
    add(44, T + 90001, 'he said "GO, NOW" and left')
    add(45, T + 90100, "CAFÉ ΟΔΟΣ Straße")
    add(46, T + 90101, "café οδος straße")
    add(47, T + 90102, "İstanbul today")
    add(48, T + 90103, "istanbul today")
    add(49, T + 90104, "i̇stanbul today")
    # Replies that share text and target, several per user (weight 3 vs 1).
    for k in range(3):
        add(50, T + 100000 + k * 10, f"reply {k}", reply="P2")
    add(51, T + 100005, "reply x", reply="P2")
    # Dense bursts for co_post at 1 s.
    for k in range(4):
        add(52 + k, T + 110000 + k // 2, f"burst {k}")
    # A duplicated message_id: the second row's edge row is ignored, but its URL row is not.
    dup = add(56, T + 120000, "first with this id", urls="http://dup.example/a")
    add(57, T + 120001, "second with this id", urls="http://dup.example/b", mid=dup)
    add(58, T + 120002, "shares the second row's url", urls="http://dup.example/b")
    add(59, T + 120003, "shares the first row's url", urls="http://dup.example/a")
    ts.groups = {}
    return ts


GENERATORS = {"campaign": gen_campaign, "bursty": gen_bursty, "edgecases": gen_edgecases}


def write_tweets(ts, path, sort=True):
    rows = sorted(ts.rows, key=lambda r: (r[6], r[0])) if sort else ts.rows
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow(r)
    return rows


# ----------------------------------------------------------------------------------------------
# Running the toolkit
# ----------------------------------------------------------------------------------------------

def toolkit_cli():
    exe = os.path.join(os.path.dirname(sys.executable), "compute_networks")
    if not os.path.exists(exe):
        sys.exit("compute_networks not found next to this python: "
                 "pip install coordination-network-toolkit==1.5.2")
    return exe


def run(cmd, log):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    dt = time.perf_counter() - t0
    log.write("$ " + " ".join(cmd) + f"\n{p.stdout}\n[{dt:.3f} s, rc {p.returncode}]\n")
    if p.returncode != 0:
        sys.exit(f"toolkit failed: {' '.join(cmd)}\n{p.stdout}")
    return dt


def preprocess(db, csv_path, log):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    return run([toolkit_cli(), db, "preprocess", csv_path], log)


def make_nonempty_copy(db, db2):
    src = sqlite3.connect(db)
    dst = sqlite3.connect(db2)
    src.backup(dst)
    src.close()
    dst.execute("delete from message_url where url = ''")
    dst.commit()
    dst.close()


def compute_and_export(db, ntype, extra, window, min_weight, tmp_csv, n_cpus, log):
    t = run([toolkit_cli(), db, "compute", ntype, "--time_window", str(window),
             "--min_edge_weight", str(min_weight), "--n_cpus", str(n_cpus)] + extra, log)
    # `compute_networks DB export_network OUT TYPE --output_format csv` fails in 1.5.2 (the CLI passes
    # n_messages to output_gephi_csv, which does not take it), so call that function directly.
    from coordination_network_toolkit.output import output_gephi_csv
    output_gephi_csv(db, ntype, tmp_csv, loops=False)
    with open(tmp_csv, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        head = next(r)
        assert head == ["source", "target", "weight", "edge_type"], head
        edges = [(a, b, int(w)) for a, b, w, _ in r]
    edges.sort(key=lambda e: (e[0], e[1]))
    return edges, t


def edges_text(edges):
    return "source,target,weight\n" + "".join(f"{a},{b},{w}\n" for a, b, w in edges)


# ----------------------------------------------------------------------------------------------
# Normalisation samples
# ----------------------------------------------------------------------------------------------

NORMALISATION_SAMPLES = [
    "Hello, World!", "hello   world", "@x Hello World", "", "@only", "@a @b", "RT @x: hi",
    "It's 'orange' here", "don't stop", "'quoted'", "can't won't", "word's", "rock 'n' roll",
    "#ISIS @user hello http://t.co/abc123 ok", "a@b.com x", "email@", "@", "hi @ there", "@a@b c",
    "multi\nline\ttext", "  lead trail  ", "x\u00a0y", "x\u3000y", "x\u2028y", "tab\u00a0\u00a0nbsp",
    "x\u001cy", "numbers 3.14 1,000 2015 1.2.3", "emoji 😀😀 ok", "flags 🇫🇷🇩🇪", "family 👨‍👩‍👧 ok",
    "ÉCOLE straße İ", "CAFÉ ΟΔΟΣ Straße", "İstanbul today", "ﬁ ǅ ß ẞ",
    "url https://example.com/a/b?x=1&y=2", "---", "a--b", "hello...world", "e.g. U.S.A.",
    "foo_bar baz-qux", "日本語のテキスト", "中文测试文本", "한국어 텍스트", "مرحبا بالعالم", "שלום עולם",
    "Привет, мир!", "สวัสดีครับ", "C++ and C#", "$100 or 50%", "@user:", "(parenthesised) [bracket]",
    "a\u0301 combining", "3am 2pm 10:30", "http://a.example/1 http://b.example/2",
    "join the caravan now!", "join the caravan, now", "Join the Caravan NOW", "JOIN the\tcaravan now ",
    "ΟΔΟΣ. ΣΟΦΟΣ ΑΣ-ΒΑΣ", "it\u2019s \u2019quoted\u2019", "''double''", "a\u202fb", "a \u0301b", "x\r\ny",
    "x\u0085y", "zero\u200bwidth", "soft\u00adhyphen", "@user\u00a0after", "@user\u3000after",
    "mention@ middle", "#hash_tag #123 #ab12", "ＦＵＬＬ ｗｉｄｔｈ", "1st 2nd", "a.b.c a:b a_b", "co-op's",
]

JACCARD_PAIRS = [
    ("join the caravan now", "join the caravan now!"),
    ("join the caravan now", "join the caravan, now"),
    ("alpha beta gamma", "alpha beta gamma delta epsilon zeta"),
    ("Alpha, beta gamma delta", "alpha beta gamma"),
    ("Hello, World!", "hello world"),
    ("one two three four five", "one two three four six"),
    ("@x", ""),
]


def normalisation_fixture(extra_texts):
    from coordination_network_toolkit.similarity import message_preprocessor, tokenize, similarity
    from coordination_network_toolkit.similarity import MinDocSizeSimilarity
    texts = list(dict.fromkeys(NORMALISATION_SAMPLES + extra_texts))
    samples = []
    for t in texts:
        ts = tokenize(t)
        samples.append({"text": t, "co_tweet_key": message_preprocessor(t), "token_set": ts,
                        "tokens": ts.split()})
    pairs = []
    cli_sim = MinDocSizeSimilarity(1)
    for a, b in JACCARD_PAIRS:
        ta, tb = tokenize(a), tokenize(b)
        plain = similarity(ta, tb) if (ta.split() or tb.split()) else None
        pairs.append({"a": a, "b": b, "jaccard": plain, "cli_similarity": cli_sim(ta, tb)})
    return {"toolkit_version": TOOLKIT_VERSION,
            "co_tweet_key": "coordination_network_toolkit.similarity.message_preprocessor",
            "token_set": "coordination_network_toolkit.similarity.tokenize (sorted distinct tokens joined by ' ')",
            "tokens": "token_set.split() -- the sets the Jaccard similarity compares",
            "cli_similarity": "MinDocSizeSimilarity(1): 0 if either token list is empty, else Jaccard "
                              "(what `compute co_similar_tweet` uses with the default "
                              "--min_document_size_similarity 1); jaccard null = division by zero",
            "samples": samples, "pairs": pairs}


# ----------------------------------------------------------------------------------------------
# Checks and bench
# ----------------------------------------------------------------------------------------------

def group_summary(edges, members):
    inside = [w for a, b, w in edges if a in members and b in members]
    n = len(members)
    return {"pairs_present": len(inside), "pairs_possible": n * (n - 1),
            "min_weight": min(inside) if inside else 0, "max_weight": max(inside) if inside else 0}


def count_in_window_pairs(rows, window):
    """Ordered pairs of messages (e1, e2), e1 == e2 included, with the same repost_id and
    |t1 - t2| <= window: the rows the toolkit's co_retweet join produces before grouping."""
    by_target = {}
    for r in rows:
        if r[3]:
            by_target.setdefault(r[3], []).append(float(r[6]))
    total = 0
    for times in by_target.values():
        times.sort()
        for t in times:
            total += bisect.bisect_right(times, t + window) - bisect.bisect_left(times, t - window)
    return total


def bench(args):
    os.makedirs(args.bench_dir, exist_ok=True)
    ts = gen_campaign(args.seed, args.scale)
    csv_path = os.path.join(args.bench_dir, "tweets.csv")
    rows = write_tweets(ts, csv_path)
    db = os.path.join(args.bench_dir, "bench.db")
    log = open(os.path.join(args.bench_dir, "toolkit.log"), "w")
    t_pre = preprocess(db, csv_path, log)
    edges, t_comp = compute_and_export(db, "co_retweet", [], 60, 1, os.path.join(args.bench_dir, "out.csv"),
                                       args.n_cpus, log)
    con = sqlite3.connect(db)
    table_rows = con.execute("select count(*) from co_retweet_network").fetchone()[0]
    con.close()
    res = {"messages": len(rows), "reposts": sum(1 for r in rows if r[3]),
           "users": len({r[1] for r in rows}), "csv_bytes": os.path.getsize(csv_path),
           "in_window_message_pairs_w60": count_in_window_pairs(rows, 60),
           "in_window_message_pairs_w60_without_same_message":
               count_in_window_pairs(rows, 60) - sum(1 for r in rows if r[3]),
           "co_retweet_w60_m1_edges_without_loops": len(edges),
           "co_retweet_w60_m1_table_rows_with_loops": table_rows,
           "preprocess_seconds": round(t_pre, 2), "compute_seconds": round(t_comp, 2),
           "n_cpus": args.n_cpus, "scale": args.scale, "seed": args.seed}
    print(json.dumps(res, indent=2))


# ----------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=DEFAULT_OUT, help="fixture folder (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--sets", default=",".join(GENERATORS), help="comma-separated subset of sets")
    ap.add_argument("--scale", type=float, default=1.0, help="size factor for campaign/bursty")
    ap.add_argument("--max-bytes", type=int, default=300_000, help="skip edge lists larger than this")
    ap.add_argument("--n-cpus", type=int, default=2, help="--n_cpus passed to the toolkit")
    ap.add_argument("--bench", action="store_true",
                    help="only time preprocess + co_retweet (w 60, m 1) on campaign at --scale")
    ap.add_argument("--bench-dir", default="/tmp/coord-bench")
    ap.add_argument("--keep-work", default=None, help="keep the toolkit databases and log here")
    args = ap.parse_args()

    if args.bench:
        bench(args)
        return

    import coordination_network_toolkit  # noqa: F401  (fail early if missing)
    import importlib.metadata as md
    version = md.version("coordination-network-toolkit")
    if version != TOOLKIT_VERSION:
        sys.exit(f"coordination-network-toolkit {version} installed, {TOOLKIT_VERSION} expected")

    work = args.keep_work or tempfile.mkdtemp(prefix="coord-toolkit-")
    os.makedirs(work, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)
    log = open(os.path.join(work, "toolkit.log"), "w")
    sets = [s for s in args.sets.split(",") if s]
    manifest = {
        "toolkit": {"name": "coordination-network-toolkit", "version": version,
                    "pip": f"pip install coordination-network-toolkit=={TOOLKIT_VERSION}",
                    "regex": md.version("regex"), "python": sys.version.split()[0],
                    "sqlite": sqlite3.sqlite_version},
        "generator": "Scripts/oracles/coordination_toolkit.py",
        "command": " ".join(["Scripts/bench/.venv/bin/python", "Scripts/oracles/coordination_toolkit.py"]
                            + [a for a in sys.argv[1:]]),
        "seed": args.seed, "scale": args.scale, "windows": WINDOWS, "min_edge_weights": MIN_WEIGHTS,
        "max_bytes": args.max_bytes,
        "file_pattern": "<set>/<trace>-w<window>-m<min_edge_weight>.csv",
        "edge_list": "header source,target,weight; user_id values of the input; one row per directed "
                     "edge; self-loops dropped (the toolkit's export default); sorted by (source, "
                     "target) in code point order",
        "toolkit_commands": ["compute_networks DB preprocess tweets.csv",
                             "compute_networks DB compute TYPE --time_window W --min_edge_weight M "
                             f"--n_cpus {args.n_cpus} [trace args]",
                             "coordination_network_toolkit.output.output_gephi_csv(DB, TYPE, OUT.csv) "
                             "(loops=False; the CLI export_network --output_format csv raises "
                             "TypeError: unexpected keyword argument 'n_messages' in 1.5.2)"],
        "traces": {name: {"network_type": nt, "cli_args": extra, "database": dbv, "rule": desc}
                   for name, nt, extra, dbv, desc in TRACES},
        "sets": {},
    }
    extra_texts = []
    for s in sets:
        ts = GENERATORS[s](args.seed, 1.0 if s == "edgecases" else args.scale)
        sdir = os.path.join(args.out, s)
        os.makedirs(sdir, exist_ok=True)
        for f in os.listdir(sdir):
            if f.endswith(".csv"):
                os.remove(os.path.join(sdir, f))
        csv_path = os.path.join(sdir, "tweets.csv")
        rows = write_tweets(ts, csv_path, sort=(s != "edgecases"))
        if s == "edgecases":
            extra_texts += [r[5] for r in rows]
        db = os.path.join(work, f"{s}.db")
        t_pre = preprocess(db, csv_path, log)
        db_nonempty = os.path.join(work, f"{s}-nonempty.db")
        make_nonempty_copy(db, db_nonempty)
        info = {"tweets_csv": f"{s}/tweets.csv", "messages": len(rows),
                "distinct_message_ids": len({r[0] for r in rows}),
                "users": len({r[1] for r in rows}), "reposts": sum(1 for r in rows if r[3]),
                "replies": sum(1 for r in rows if r[4]),
                "messages_with_urls": sum(1 for r in rows if r[7]),
                "first_timestamp": min(r[6] for r in rows), "last_timestamp": max(r[6] for r in rows),
                "csv_bytes": os.path.getsize(csv_path),
                "sha256": hashlib.sha256(open(csv_path, "rb").read()).hexdigest(),
                "preprocess_seconds": round(t_pre, 2),
                "planted_groups": ts.groups, "files": {}, "skipped": {}, "planted_check": {}}
        print(f"[{s}] {info['messages']} messages, {info['users']} users, {info['csv_bytes']} bytes")
        for name, ntype, extra, dbv, _ in TRACES:
            dbp = db if dbv == "raw" else db_nonempty
            for w in WINDOWS:
                m1 = None
                for m in MIN_WEIGHTS:
                    edges, t = compute_and_export(dbp, ntype, extra, w, m, os.path.join(work, "out.csv"),
                                                  args.n_cpus, log)
                    if m == 1:
                        m1 = edges
                    elif m1 is not None:
                        # min_edge_weight is a plain `weight >= m` filter per directed edge.
                        assert edges == [e for e in m1 if e[2] >= m], (s, name, w, m)
                    fname = f"{name}-w{w}-m{m}.csv"
                    text = edges_text(edges)
                    meta = {"edges": len(edges), "nodes": len({x for e in edges for x in e[:2]}),
                            "total_weight": sum(e[2] for e in edges),
                            "max_weight": max((e[2] for e in edges), default=0),
                            "bytes": len(text.encode()), "compute_seconds": round(t, 2)}
                    if len(text.encode()) > args.max_bytes:
                        info["skipped"][fname] = meta
                        print(f"  skip {fname}: {meta['edges']} edges, {meta['bytes']} bytes")
                    else:
                        with open(os.path.join(sdir, fname), "w", encoding="utf-8", newline="") as f:
                            f.write(text)
                        meta["sha256"] = hashlib.sha256(text.encode()).hexdigest()
                        info["files"][fname] = meta
                    if m == 1 and ts.groups:
                        info["planted_check"][f"{name}-w{w}"] = {
                            g: group_summary(edges, set(mem)) for g, mem in ts.groups.items()}
                    print(f"  {fname}: {meta['edges']} edges, max weight {meta['max_weight']} ({t:.1f} s)")
        manifest["sets"][s] = info
    with open(os.path.join(args.out, "normalisation.json"), "w", encoding="utf-8") as f:
        json.dump(normalisation_fixture(extra_texts), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    total = sum(os.path.getsize(os.path.join(dp, fn)) for dp, _, fns in os.walk(args.out) for fn in fns)
    print(f"fixtures: {total} bytes under {args.out}; toolkit log and databases in {work}")
    if not args.keep_work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
