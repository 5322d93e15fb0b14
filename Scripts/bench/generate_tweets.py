#!/usr/bin/env python3
"""Synthetic Twitter API v1.1 statuses (JSON Lines) for the tweet-import benchmark.

Accounts are pseudonyms acct_000001 ... with made-up numeric ids (no real handles). About 40 %
of the tweets are retweets (with the full retweeted_status embedded, as the API gives them),
10 % replies, 5 % quotes; the rest are originals. Tweets mention 0-3 accounts (popular ones more
often), carry 0-2 hashtags and 0-1 links (expanded URLs on a few domains), and have full user
objects, so each line is about 3-4 KB like real v1.1 statuses.

    python3 Scripts/bench/generate_tweets.py --tweets 100000 --accounts 20000 --seed 1 \
        --out Scripts/bench/data/tweets-100k.jsonl

Only the standard library is needed.
"""
import argparse
import json
import random
from datetime import datetime, timedelta, timezone

DOMAINS = ["https://youtu.be/v", "https://www.example.org/a", "https://t.me/c", "https://news.example.com/x", "https://bit.ly/z"]
TAGS = ["cause", "news", "Recruit", "join", "breaking", "video", "report", "call"]


def user(i, rng):
    return {
        "id": 10_000_000 + i, "id_str": str(10_000_000 + i), "name": f"Account {i}", "screen_name": f"acct_{i:06d}",
        "location": "", "url": None, "description": "synthetic benchmark account " + "x" * rng.randint(0, 120),
        "protected": False, "verified": False, "followers_count": rng.randint(0, 50000), "friends_count": rng.randint(0, 5000),
        "listed_count": 0, "favourites_count": rng.randint(0, 9000), "statuses_count": rng.randint(1, 90000),
        "created_at": "Mon Jan 05 10:00:00 +0000 2015", "utc_offset": None, "time_zone": None, "geo_enabled": False,
        "lang": None, "contributors_enabled": False, "is_translator": False, "profile_background_color": "C0DEED",
        "profile_image_url_https": "https://pbs.twimg.com/profile_images/0/x_normal.jpg", "default_profile": True,
    }


def mention(i):
    return {"screen_name": f"acct_{i:06d}", "name": f"Account {i}", "id": 10_000_000 + i, "id_str": str(10_000_000 + i), "indices": [0, 12]}


def status(tid, author, when, rng, accounts):
    pick = lambda: min(int(accounts * rng.random() ** 3), accounts - 1)
    mentions = [mention(pick()) for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))]
    tags = [{"text": rng.choice(TAGS), "indices": [0, 5]} for _ in range(rng.choice([0, 1, 1, 2]))]
    urls = [{"url": "https://t.co/abcdefghij", "expanded_url": rng.choice(DOMAINS) + str(rng.randint(0, 999)),
             "display_url": "example", "indices": [0, 23]} for _ in range(rng.choice([0, 0, 1]))]
    text = " ".join("@" + m["screen_name"] for m in mentions) + " synthetic text " + " ".join("#" + t["text"] for t in tags)
    return {
        "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"), "id": tid, "id_str": str(tid), "text": text,
        "truncated": False, "entities": {"hashtags": tags, "symbols": [], "user_mentions": mentions, "urls": urls},
        "source": "<a href=\"https://example.org\" rel=\"nofollow\">bench</a>", "in_reply_to_status_id": None,
        "in_reply_to_status_id_str": None, "in_reply_to_user_id": None, "in_reply_to_user_id_str": None,
        "in_reply_to_screen_name": None, "user": user(author, rng), "geo": None, "coordinates": None, "place": None,
        "contributors": None, "is_quote_status": False, "retweet_count": rng.randint(0, 100), "favorite_count": 0,
        "favorited": False, "retweeted": False, "lang": "en",
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tweets", type=int, default=100_000)
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start = datetime(2015, 11, 13, tzinfo=timezone.utc)
    recent = []
    with open(args.out, "w") as f:
        for k in range(args.tweets):
            tid = 600_000_000_000_000_000 + k * 1000
            author = min(int(args.accounts * rng.random() ** 2), args.accounts - 1)
            when = start + timedelta(seconds=k * 7)
            s = status(tid, author, when, rng, args.accounts)
            r = rng.random()
            if recent and r < 0.40:
                original = rng.choice(recent)
                s["retweeted_status"] = original
                s["text"] = "RT @" + original["user"]["screen_name"] + ": " + original["text"]
                s["entities"]["user_mentions"] = [mention(int(original["user"]["id_str"]) - 10_000_000)] + original["entities"]["user_mentions"]
            elif recent and r < 0.50:
                target = rng.choice(recent)
                s["in_reply_to_status_id_str"] = target["id_str"]
                s["in_reply_to_user_id_str"] = target["user"]["id_str"]
                s["in_reply_to_user_id"] = target["user"]["id"]
                s["in_reply_to_screen_name"] = target["user"]["screen_name"]
            elif recent and r < 0.55:
                quoted = rng.choice(recent)
                s["is_quote_status"] = True
                s["quoted_status_id_str"] = quoted["id_str"]
                s["quoted_status"] = quoted
            else:
                recent.append(s)
                if len(recent) > 500:
                    recent.pop(0)
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
