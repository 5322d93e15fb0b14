"""Oracle for RecruitNet's Benjamini–Hochberg q-values (BenjaminiHochberg.qValues): scipy's
`scipy.stats.false_discovery_control(p, method="bh")` on seeded p-value sets, with ties, ones,
permutation-style grids (multiples of 1/(N+1)) and extra untested p = 1 (the `testCount` case,
padded with ones before scipy sees them, as R's `p.adjust(p, "BH", n = m)` does).

Run with the bench virtualenv (scipy ≥ 1.11):
    Scripts/bench/.venv/bin/python Scripts/oracles/benjamini_hochberg.py \
        --out Tests/RecruitNetCoordinationTests/Fixtures/benjamini_hochberg.json
"""
import argparse
import json
import random

import numpy as np
import scipy
from scipy.stats import false_discovery_control


def cases(rng):
    out = [
        {"p": [0.01, 0.04, 0.03, 0.2, 0.5], "testCount": 5},
        {"p": [0.05, 0.05, 0.05, 1.0, 0.0], "testCount": 5},
        {"p": [0.001, 0.002, 0.9], "testCount": 40},
    ]
    for _ in range(20):
        k = rng.randint(1, 60)
        kind = rng.choice(["uniform", "grid", "mixed"])
        if kind == "uniform":
            p = [rng.random() for _ in range(k)]
        elif kind == "grid":
            n = rng.choice([19, 99, 999])
            p = [(1 + rng.randint(0, n)) / (n + 1) for _ in range(k)]
        else:
            p = [rng.random() ** 4 if rng.random() < 0.5 else 1.0 for _ in range(k)]
        test_count = k + rng.choice([0, 0, rng.randint(1, 500)])
        out.append({"p": p, "testCount": test_count})
    for case in out:
        padded = np.array(case["p"] + [1.0] * (case["testCount"] - len(case["p"])))
        case["q"] = [float(x) for x in false_discovery_control(padded, method="bh")[: len(case["p"])]]
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    data = {"scipy": scipy.__version__, "seed": args.seed, "cases": cases(random.Random(args.seed))}
    with open(args.out, "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
