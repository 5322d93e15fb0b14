#!/usr/bin/env python3
"""Writes the tweet-archive test fixtures in Tests/RecruitNetIOTests/Fixtures/tweets/ (except
tweets.csv, which is written by hand in this folder's style and checked into the repository).

Every account is synthetic (alice, bob, ..., hank, gina, ... with made-up ids); no real handles.
What each file shows:
* v1.jsonl: an original with mentions, a hashtag and a youtu.be link; a retweet of it (RT prefix
  and retweeted mentions in its entities); a reply that also mentions the replied-to account; a
  quote with a bare t.co link and an expanded www. link; a delete notice; a withheld tweet; the
  first account renamed (alice -> alice_new, same id) mentioning bob twice; a tweet with missing
  fields (no time, no entities, a minimal user); a second retweet; a limit notice; a self-reply.
* v1-overlap.jsonl: two tweets of v1.jsonl again, and one new tweet.
* v1-array.json: a pretty-printed JSON array. v1-truncated.jsonl: the last line cut off.
* v1-malformed.jsonl: line 2 is broken JSON.
* v2.jsonl: three v2 responses (data + includes.users + includes.tweets + errors): an original,
  a retweet resolved through includes.tweets, a reply whose mentions are usernames only, a quote
  of a tweet missing from includes, a withheld tweet, a quote resolved through includes.
* v2-response.json: the first response pretty-printed (one response per file).

    python3 Scripts/samples/make_tweet_fixtures.py
"""
import json
import os

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                   "Tests", "RecruitNetIOTests", "Fixtures", "tweets")
os.chdir(OUT)


def user(uid, name, disp, followers, statuses, desc="synthetic account", created="Mon Jan 05 10:00:00 +0000 2015"):
    return {"id": int(uid), "id_str": uid, "screen_name": name, "name": disp, "description": desc,
            "location": "", "followers_count": followers, "statuses_count": statuses, "created_at": created}


def m(u):
    return {"id": int(u["id_str"]), "id_str": u["id_str"], "screen_name": u["screen_name"], "indices": [0, 1]}


alice = user("1001", "alice", "Alice A", 100, 10)
bob = user("1002", "bob", "Bob B", 50, 20)
carol = user("1003", "carol", "Carol C", 30, 5)
dave = user("1004", "dave", "Dave D", 7, 70)
erin = user("1005", "erin", "Erin E", 3, 3)
t1 = {"created_at": "Fri Nov 13 10:00:00 +0000 2015", "id": 9001, "id_str": "9001",
      "text": "Join us #Recruit @bob @carol https://t.co/aaa", "user": alice,
      "entities": {"hashtags": [{"text": "Recruit", "indices": [8, 16]}],
                   "user_mentions": [m(bob), m(carol)],
                   "urls": [{"url": "https://t.co/aaa", "expanded_url": "https://youtu.be/abc", "display_url": "youtu.be/abc"}]},
      "in_reply_to_status_id_str": None, "in_reply_to_user_id_str": None, "in_reply_to_screen_name": None}
t2 = {"created_at": "Fri Nov 13 11:00:00 +0000 2015", "id": 9002, "id_str": "9002",
      "text": "RT @alice: Join us #Recruit @bob @carol https://t.co/aaa", "user": bob,
      "retweeted_status": t1,
      "entities": {"hashtags": [{"text": "Recruit"}], "user_mentions": [m(alice), m(bob), m(carol)],
                   "urls": [{"url": "https://t.co/aaa", "expanded_url": "https://youtu.be/abc"}]}}
t3 = {"created_at": "Fri Nov 13 12:00:00 +0000 2015", "id_str": "9003",
      "text": "@alice @dave agreed", "user": carol,
      "in_reply_to_status_id_str": "9001", "in_reply_to_user_id": 1001, "in_reply_to_user_id_str": "1001", "in_reply_to_screen_name": "alice",
      "entities": {"hashtags": [], "user_mentions": [m(alice), m(dave)], "urls": []}}
t4 = {"created_at": "Fri Nov 13 13:00:00 +0000 2015", "id_str": "9004",
      "text": "look @erin https://t.co/bbb https://t.co/ccc", "user": dave, "is_quote_status": True,
      "quoted_status_id_str": "8000", "quoted_status": {"id_str": "8000", "text": "old", "user": bob, "entities": {"hashtags": [{"text": "Other"}]}},
      "entities": {"hashtags": [], "user_mentions": [m(erin)],
                   "urls": [{"url": "https://t.co/bbb", "expanded_url": None}, {"url": "https://t.co/ccc", "expanded_url": "https://www.Example.ORG/path?q=1"}]}}
delete = {"delete": {"status": {"id": 7777, "id_str": "7777", "user_id": 1002, "user_id_str": "1002"}, "timestamp_ms": "1447420000000"}}
withheld = {"created_at": "Fri Nov 13 14:00:00 +0000 2015", "id_str": "9005", "text": "@bob withheld", "user": alice,
            "withheld_in_countries": ["DE", "FR"], "entities": {"user_mentions": [m(bob)]}}
alice2 = dict(alice, screen_name="alice_new", followers_count=150, statuses_count=12, name="Alice (new)")
t7 = {"created_at": "Sat Nov 14 09:00:00 +0000 2015", "id_str": "9007", "text": "@bob @bob again #recruit #RECRUIT",
      "user": alice2, "entities": {"hashtags": [{"text": "recruit"}, {"text": "RECRUIT"}], "user_mentions": [m(bob), m(bob)], "urls": []}}
t8 = {"id_str": "9008", "text": "hello", "user": {"id_str": "1006", "screen_name": "frank"}}
t9 = {"created_at": "Sun Nov 15 08:00:00 +0000 2015", "id_str": "9009", "text": "RT @alice: Join us", "user": bob,
      "retweeted_status": dict(t1, id_str="9001"), "entities": {"user_mentions": [m(alice)]}}
limit = {"limit": {"track": 5, "timestamp_ms": "1447420000000"}}
t11 = {"created_at": "Sun Nov 15 09:00:00 +0000 2015", "id_str": "9011", "text": "@alice_new thread 2/2", "user": alice2,
       "in_reply_to_user_id_str": "1001", "in_reply_to_screen_name": "alice_new",
       "entities": {"user_mentions": [{"id_str": "1001", "screen_name": "alice_new"}]}}
with open("v1.jsonl", "w") as f:
    for o in [t1, t2, t3, t4, delete, withheld, t7, t8, t9, limit, t11]:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
t12 = {"created_at": "Mon Nov 16 10:00:00 +0000 2015", "id_str": "9012", "text": "hi @alice_new", "user": erin,
       "entities": {"user_mentions": [{"id_str": "1001", "screen_name": "alice_new"}]}}
with open("v1-overlap.jsonl", "w") as f:
    for o in [t9, t3, t12]:
        f.write(json.dumps(o) + "\n")
with open("v1-array.json", "w") as f:
    json.dump([t1, t2, delete], f, indent=2)
    f.write("\n")
with open("v1-truncated.jsonl", "w") as f:
    f.write(json.dumps(t1) + "\n" + json.dumps(t3) + "\n" + json.dumps(t4)[:120])
with open("v1-malformed.jsonl", "w") as f:
    f.write(json.dumps(t1) + "\n" + json.dumps(t3)[:-40] + "\n" + json.dumps(t4) + "\n")

hank = {"id": "2001", "username": "hank", "name": "Hank H", "description": "v2 account", "created_at": "2014-02-01T00:00:00.000Z",
        "public_metrics": {"followers_count": 11, "following_count": 1, "tweet_count": 111, "listed_count": 0}}
gina = {"id": "2002", "username": "gina", "name": "Gina G", "public_metrics": {"followers_count": 22, "tweet_count": 222}}
ivan = {"id": "2003", "username": "ivan", "name": "Ivan I"}
judy = {"id": "2004", "username": "judy", "name": "Judy J"}
a = {"id": "3001", "text": "Support #Cause @gina https://t.co/x", "author_id": "2001", "created_at": "2015-11-13T10:00:00.000Z",
     "entities": {"mentions": [{"start": 15, "end": 20, "username": "gina", "id": "2002"}], "hashtags": [{"start": 8, "end": 14, "tag": "Cause"}],
                  "urls": [{"url": "https://t.co/x", "expanded_url": "https://youtube.com/watch?v=1", "unwound_url": "https://m.youtube.com/watch?v=1"}]}}
b = {"id": "3002", "text": "RT @hank: Support #Cause @gina", "author_id": "2002", "created_at": "2015-11-13T11:00:00.000Z",
     "referenced_tweets": [{"type": "retweeted", "id": "3001"}],
     "entities": {"mentions": [{"username": "hank", "id": "2001"}, {"username": "gina", "id": "2002"}], "hashtags": [{"tag": "Cause"}]}}
resp1 = {"data": [a, b], "includes": {"users": [hank, gina], "tweets": [{"id": "3001", "author_id": "2001", "text": "Support #Cause @gina"}]},
         "errors": [{"resource_id": "3999", "resource_type": "tweet", "title": "Not Found Error", "detail": "Could not find tweet with ids: [3999]."}]}
c = {"id": "3003", "text": "@hank @ivan yes", "author_id": "2004", "created_at": "2015-11-13T12:00:00.000Z",
     "referenced_tweets": [{"type": "replied_to", "id": "3001"}], "in_reply_to_user_id": "2001",
     "entities": {"mentions": [{"username": "hank"}, {"username": "ivan"}]}}
resp2 = {"data": c, "includes": {"users": [judy, hank, ivan], "tweets": [{"id": "3001", "author_id": "2001"}]}}
d = {"id": "3004", "text": "quoting", "author_id": "2003", "created_at": "2015-11-13T13:00:00.000Z",
     "referenced_tweets": [{"type": "quoted", "id": "3998"}]}
e = {"id": "3005", "text": "withheld", "author_id": "2003", "created_at": "2015-11-13T13:30:00.000Z",
     "withheld": {"copyright": False, "country_codes": ["DE"]}}
f2 = {"id": "3006", "text": "quote of hank", "author_id": "2003", "created_at": "2015-11-13T14:00:00.000Z",
      "referenced_tweets": [{"type": "quoted", "id": "3001"}]}
resp3 = {"data": [d, e, f2], "includes": {"users": [ivan], "tweets": [{"id": "3001", "author_id": "2001"}]}}
with open("v2.jsonl", "w") as f:
    for o in [resp1, resp2, resp3]:
        f.write(json.dumps(o) + "\n")
with open("v2-response.json", "w") as f:
    json.dump(resp1, f, indent=2)
    f.write("\n")
