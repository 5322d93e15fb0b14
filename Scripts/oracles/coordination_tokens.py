"""Oracle for RecruitNet's co-similar tokeniser (TweetText.wordSet): the word sets that
coordination-network-toolkit 1.5.2's `similarity.tokenize` gives for synthetic tweet texts.

Run with the bench virtualenv (Scripts/bench/setup.sh installs the toolkit):
    Scripts/bench/.venv/bin/python Scripts/oracles/coordination_tokens.py \
        --out Tests/RecruitNetCoordinationTests/Fixtures/tokens.json
Texts are generated from fixed word lists with a seed; no real tweets or handles.
"""
import argparse
import json
import random

from coordination_network_toolkit.similarity import tokenize

WORDS = [
    "join", "us", "now", "brothers", "sisters", "don't", "it's", "3.14", "12,000", "t.co",
    "الدولة", "الإسلامية", "خلافة", "naïve", "café", "ÉCOLE", "people_here", "x:y", "RT",
    "breaking", "news", "video", "https://t.co/AbC123", "http://example.org/a?b=1", "#Raid",
    "#دولة_الخلافة", "@someone", "@other_1", "😀", "🔻", "—", "!", "?", ",", ".", "'", '"', "(",
    ")", "|", ":", "1436/9/19", "a.b.c", "end.", "wait...", "100%", "$5", "ok", "OK", "Ok",
]


def text(rng):
    parts = []
    for _ in range(rng.randint(1, 14)):
        word = rng.choice(WORDS)
        glue = rng.choice([" ", " ", " ", "  ", "\n", "", "\t"])
        parts.append(word + glue)
    return "".join(parts).strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=600)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    samples = [text(rng) for _ in range(args.count)]
    rows = [[s, sorted(tokenize(s).split())] for s in samples]
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"toolkit": "coordination-network-toolkit 1.5.2", "seed": args.seed,
                   "samples": rows}, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
