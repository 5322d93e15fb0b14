"""Oracle fixtures for RecruitNet's coordination networks, from coordination-network-toolkit 1.5.2.

Generates synthetic tweet sets in the toolkit's CSV format (message_id,user_id,username,repost_id,
reply_id,message,timestamp,urls) with planted coordinated groups over background activity, runs
the toolkit's own computations (co_retweet, co_tweet, co_similar_tweet, co_reply, co_link, co_post)
at several windows and minimum weights, and writes each network's edges without loops (the
toolkit's export default) as `source,target,weight`.

One toolkit quirk is removed before co_link and documented in the README: for a message without
URLs the toolkit's CSV preprocessing stores the empty string as a URL ("".split(" ") == [""]), so
every link-less message co-links with every other; the empty URL rows are deleted first.

Run with the bench virtualenv (Scripts/bench/setup.sh installs the toolkit):
    Scripts/bench/.venv/bin/python Scripts/oracles/coordination.py \
        --out Tests/RecruitNetCoordinationTests/Fixtures/coordination
Synthetic data only: no real tweets or handles.
"""
import argparse
import contextlib
import csv
import io
import json
import os
import random
import sqlite3
import tempfile

import coordination_network_toolkit as cnt
from coordination_network_toolkit import compute_networks as cn
from coordination_network_toolkit.preprocess import preprocess_csv_files

HEADER = ["message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"]
PHRASES = ["join the caravan now", "the truth they hide", "breaking news from the front",
           "watch and share before it is deleted", "our brothers need you", "read the new issue"]
LINKS = ["http://news.example/a", "http://video.example/v/1", "https://t.me/channel",
         "http://blog.example/post?id=7", "http://news.example/b"]


def generate(seed, users=150, background=2500, groups=3, group_size=6, start=1_420_000_000):
    rng = random.Random(seed)
    rows = []
    next_id = [1]

    def post(user, time, text, repost="", reply="", urls=""):
        mid = str(next_id[0])
        next_id[0] += 1
        rows.append([mid, f"u{user}", f"User{user}", repost, reply, text, str(time), urls])
        return mid

    horizon = 3 * 86_400
    originals = []
    for _ in range(background):
        user = rng.randrange(users)
        time = start + rng.randrange(horizon)
        kind = rng.random()
        if kind < 0.35 and originals:
            post(user, time, "RT", repost=rng.choice(originals))
        elif kind < 0.5 and originals:
            post(user, time, rng.choice(PHRASES) + " @User%d" % rng.randrange(users),
                 reply=rng.choice(originals))
        else:
            words = rng.sample(PHRASES, 2)
            text = " ".join(words) if rng.random() < 0.5 else rng.choice(PHRASES)
            if rng.random() < 0.3:
                text = text.upper() if rng.random() < 0.5 else "  " + text.replace(" ", "   ")
            urls = " ".join(rng.sample(LINKS, rng.randrange(0, 3)))
            originals.append(post(user, time, text, urls=urls))
    # Planted groups: accounts that act within seconds of each other, many times.
    for g in range(groups):
        members = [users + g * group_size + k for k in range(group_size)]
        for burst in range(12):
            t0 = start + rng.randrange(horizon)
            target = rng.choice(originals)
            text = rng.choice(PHRASES) + " #op%d" % g
            link = rng.choice(LINKS)
            for k, member in enumerate(members):
                dt = rng.randrange(0, 45)
                if burst % 4 == 0 and k == 1:
                    dt = 60  # exactly at the 60 s boundary from t0 when the leader posts at t0
                post(member, t0 + dt, "RT", repost=target)
                variant = text if k % 2 == 0 else text.replace("the", "THE") + " now"
                post(member, t0 + dt + 1, variant, urls=link)
                post(member, t0 + dt + 2, "@User1 agreed " + text, reply=target)
            # The same account retweeting the same tweet twice.
            post(members[0], t0 + 5, "RT", repost=target)
    rows.sort(key=lambda r: (int(r[6]), int(r[0])))
    return rows


COMPUTE = {
    "co_retweet": lambda db, w, m, s: cn.compute_co_retweet_parallel(db, w, n_threads=2, min_edge_weight=m),
    "co_tweet": lambda db, w, m, s: cn.compute_co_tweet_network(db, w, min_edge_weight=m, n_threads=2),
    "co_reply": lambda db, w, m, s: cn.compute_co_reply_network(db, w, min_edge_weight=m, n_threads=2),
    "co_link": lambda db, w, m, s: cn.compute_co_link_network(db, w, n_threads=2, min_edge_weight=m),
    "co_post": lambda db, w, m, s: cn.compute_co_post_network(db, w, min_edge_weight=m, n_threads=2),
    "co_similar_tweet": lambda db, w, m, s: cn.compute_co_similar_tweet(
        db, w, n_threads=2, similarity_threshold=s, min_edge_weight=m),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rows = generate(args.seed)
    tweets = os.path.join(args.out, "tweets.csv")
    with open(tweets, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        writer.writerows(rows)
    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "toolkit.db")
        with contextlib.redirect_stdout(io.StringIO()):
            preprocess_csv_files(db, [tweets])
        con = sqlite3.connect(db)
        con.execute("DELETE FROM message_url WHERE url = ''")
        con.commit()
        con.close()
        for command in COMPUTE:
            thresholds = [0.5, 0.8] if command == "co_similar_tweet" else [None]
            windows = [60, 3600] if command == "co_post" else [1, 60, 3600]
            for threshold in thresholds:
                for window in windows:
                    for min_weight in [1, 2]:
                        with contextlib.redirect_stdout(io.StringIO()):
                            COMPUTE[command](db, window, min_weight, threshold)
                        con = sqlite3.connect(db)
                        edges = sorted(con.execute(
                            f"SELECT user_1, user_2, weight FROM {command}_network WHERE user_1 != user_2"))
                        con.close()
                        name = f"{command}-w{window}-m{min_weight}" + (f"-s{threshold}" if threshold else "")
                        with open(os.path.join(args.out, name + ".csv"), "w", newline="") as f:
                            writer = csv.writer(f)
                            writer.writerow(["source", "target", "weight"])
                            writer.writerows(edges)
                        cases.append({"file": name + ".csv", "command": command, "window": window,
                                      "min_weight": min_weight, "similarity": threshold,
                                      "edges": len(edges)})
    manifest = {"toolkit": "coordination-network-toolkit " + getattr(cnt, "__version__", "1.5.2"),
                "seed": args.seed, "messages": len(rows), "cases": cases,
                "quirk_removed": "empty-string URLs deleted from message_url before co_link"}
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1)


if __name__ == "__main__":
    main()
