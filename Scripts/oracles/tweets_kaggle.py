#!/usr/bin/env python3
"""Oracle counts for the Kaggle "How ISIS Uses Twitter" CSV (../shared/data/isis-twitter-kaggle/tweets.csv):
how many tweets, accounts and edges per type `recruitnet import tweets.csv` must find.

Writes Tests/RecruitNetWorkspaceTests/Fixtures/oracle/isis-kaggle-tweets.counts.json with COUNTS ONLY:
the data set holds real handles, which must never enter the repository.

Rerun from the repository root (networkx in a venv outside the repository):

    python3 -m venv /work/venv-tweets && /work/venv-tweets/bin/pip install networkx==3.6.1
    /work/venv-tweets/bin/python Scripts/oracles/tweets_kaggle.py           # write the fixture
    /work/venv-tweets/bin/python Scripts/oracles/tweets_kaggle.py --check   # fail if it differs

The rules are the README's "Tweet archives" rules, written again here independently of the Swift
code (Python's csv module, its own scanning loops, unicodedata for letters):
* one tweet per row; a row's id is the SHA-256 of lower(username) LF time LF text, so identical
  rows are one tweet; accounts are identified by lower-cased screen name;
* text starting with `RT @name:` is a retweet of name and yields nothing else between accounts;
* otherwise every valid @mention (handle [A-Za-z0-9_]{1,15}, not after a letter, digit, _, !, #,
  $, %, &, * or @, not followed by @ or a non-ASCII letter/mark) is one mention edge per tweet;
* hashtags: # not after a letter, digit, mark, _ or &, then letters/marks/digits/_ with at least
  one letter or mark; lower-cased; one edge per distinct tag per tweet;
* domains: http(s):// links in the text; t.co links are skipped (no expanded URL in this set).
Edges are counted as distinct (source, target) pairs per type in a networkx DiGraph per type;
weights (tweets) as the number of rows giving each pair.
"""
import csv
import hashlib
import json
import os
import sys
import unicodedata

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "isis-twitter-kaggle", "tweets.csv")
OUT = os.path.join(ROOT, "Tests", "RecruitNetWorkspaceTests", "Fixtures", "oracle", "isis-kaggle-tweets.counts.json")

HANDLE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
BLOCKED_BEFORE_AT = HANDLE | set("!#$%&*@\uff20")
ALIASES = {"youtu.be": "youtube.com", "m.youtube.com": "youtube.com", "youtube-nocookie.com": "youtube.com",
           "fb.me": "facebook.com", "fb.com": "facebook.com", "m.facebook.com": "facebook.com",
           "mobile.twitter.com": "twitter.com", "x.com": "twitter.com", "instagr.am": "instagram.com",
           "telegram.me": "t.me", "amzn.to": "amazon.com", "redd.it": "reddit.com", "old.reddit.com": "reddit.com"}


def letter_or_mark(c):
    return unicodedata.category(c)[0] in "LM"


def decimal(c):
    return unicodedata.category(c) == "Nd"


def rt_prefix(text):
    i = 0
    while i < len(text) and text[i] in " \t":
        i += 1
    if text[i:i + 3] != "RT ":
        return None
    i += 3
    while i < len(text) and text[i] == " ":
        i += 1
    if i >= len(text) or text[i] not in "@\uff20":
        return None
    start = i = i + 1
    while i < len(text) and text[i] in HANDLE:
        i += 1
    if 1 <= i - start <= 15 and i < len(text) and text[i] == ":":
        return text[start:i]
    return None


def mentions(text):
    out, i = [], 0
    while i < len(text):
        if text[i] not in "@\uff20" or (i > 0 and text[i - 1] in BLOCKED_BEFORE_AT):
            i += 1
            continue
        j = i + 1
        while j < len(text) and text[j] in HANDLE:
            j += 1
        nxt = text[j] if j < len(text) else ""
        bad = nxt in ("@", "\uff20") or (nxt and ord(nxt) > 127 and letter_or_mark(nxt))
        if 1 <= j - i - 1 <= 15 and not bad:
            out.append(text[i + 1:j])
        i = max(j, i + 1)
    return out


def hashtags(text):
    out, i = [], 0
    while i < len(text):
        if text[i] not in "#\uff03":
            i += 1
            continue
        if i > 0 and (text[i - 1] in "&_" or letter_or_mark(text[i - 1]) or decimal(text[i - 1])):
            i += 1
            continue
        j, letter = i + 1, False
        while j < len(text):
            if letter_or_mark(text[j]):
                letter = True
            elif not (text[j] == "_" or decimal(text[j])):
                break
            j += 1
        if letter:
            out.append(text[i + 1:j])
        i = max(j, i + 1)
    return out


def domains(text):
    out = []
    for word in text.split():
        for prefix in ("http://", "https://"):
            k = word.lower().find(prefix)
            if k >= 0:
                url = word[k:]
                break
        else:
            continue
        rest = url.strip(" ")
        if "://" in rest:
            rest = rest.split("://", 1)[1]
        for sep in "/?#":
            rest = rest.split(sep, 1)[0]
        rest = rest.rsplit("@", 1)[-1]
        if ":" in rest:
            rest = rest.rsplit(":", 1)[0]
        host = rest.lower().rstrip(".")
        if host.startswith("www."):
            host = host[4:]
        if not host or "." not in host or " " in host or "\t" in host or host == "t.co":
            continue
        out.append(ALIASES.get(host, host))
    return out


def counts():
    seen = set()
    graphs = {t: nx.DiGraph() for t in ("retweet", "mention", "hashtag", "domain")}
    rows_per_type = {t: 0 for t in graphs}
    accounts = set()
    rows = 0
    with open(DATA, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            rows += 1
            user = row["username"].strip()
            text = row["tweets"]
            key = hashlib.sha256((user.lower() + "\n" + row["time"] + "\n" + text).encode()).hexdigest()
            if key in seen:
                continue
            seen.add(key)
            author = user.lower()
            accounts.add(author)
            edges = []
            rt = rt_prefix(text)
            if rt is not None:
                edges.append(("retweet", rt.lower()))
            else:
                for m in dict.fromkeys(x.lower() for x in mentions(text)):
                    edges.append(("mention", m))
            for tag in dict.fromkeys(t.lower() for t in hashtags(text)):
                edges.append(("hashtag", "#" + tag))
            for d in dict.fromkeys(domains(text)):
                edges.append(("domain", "~" + d))
            for kind, target in edges:
                g = graphs[kind]
                if kind in ("retweet", "mention"):
                    accounts.add(target)
                if g.has_edge(author, target):
                    g[author][target]["weight"] += 1
                else:
                    g.add_edge(author, target, weight=1)
                rows_per_type[kind] += 1
    account_graph = nx.DiGraph()
    account_graph.add_nodes_from(accounts)
    for t in ("retweet", "mention"):
        account_graph.add_edges_from(graphs[t].edges())
    return {
        "tool": f"Scripts/oracles/tweets_kaggle.py, networkx {nx.__version__}",
        "source": "../shared/data/isis-twitter-kaggle/tweets.csv (counts only; no handles)",
        "rows": rows,
        "tweets": len(seen),
        "accounts": len(accounts),
        "edges": {t: g.number_of_edges() for t, g in graphs.items()},
        "edge_rows": rows_per_type,
        "self_loops": {t: nx.number_of_selfloops(g) for t, g in graphs.items()},
        "hashtags": len({v for _, v in graphs["hashtag"].edges()}),
        "domains": len({v for _, v in graphs["domain"].edges()}),
        "account_network_nodes": account_graph.number_of_nodes(),
        "account_network_merged_edges": account_graph.number_of_edges(),
    }


def main():
    if not os.path.exists(DATA):
        sys.exit(f"{DATA} is not here; nothing to do")
    result = counts()
    text = json.dumps(result, indent=2, sort_keys=True) + "\n"
    if "--check" in sys.argv:
        with open(OUT) as f:
            if f.read() != text:
                sys.exit("fixture differs; rerun without --check")
        print("fixture up to date")
        return
    with open(OUT, "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
