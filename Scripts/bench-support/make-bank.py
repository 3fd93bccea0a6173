#!/usr/bin/env python3
"""Synthetic inputs for `pixc simulate`, drawn from a seed (Python's own generator, so the files
are the same on every machine).

    make-bank.py items FILE.csv [--items 500] [--seed 1] [--competences 16]
        a 2PL bank: a ~ lognormal(0, 0.3), b ~ N(0, 1); competences, tubes of 4 skills, levels
        from the difficulty (for flash's rules and smart random)
    make-bank.py capacities FILE.csv [--learners 10000] [--seed 2]
        learners with a true capacity theta ~ N(0, 1)
"""

import argparse
import random


def items(path, count, seed, competences):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        out.write("id,discrimination,difficulty,competence,tube,skill,level\n")
        for index in range(count):
            a = rng.lognormvariate(0, 0.3)
            b = rng.gauss(0, 1)
            competence = f"c{index % competences + 1:02d}"
            tube = f"@{competence}t{index // competences % 8}"
            level = min(8, max(1, round((b + 3.2) / 0.9)))
            out.write(f"item{index:05d},{a!r},{b!r},{competence},{tube},{tube}{level},{level}\n")


def capacities(path, count, seed):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        out.write("learner,capacity\n")
        for index in range(count):
            out.write(f"{index + 1},{rng.gauss(0, 1)!r}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["items", "capacities"])
    parser.add_argument("path")
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--learners", type=int, default=10000)
    parser.add_argument("--competences", type=int, default=16)
    parser.add_argument("--seed", type=int)
    arguments = parser.parse_args()
    if arguments.kind == "items":
        items(arguments.path, arguments.items, 1 if arguments.seed is None else arguments.seed, arguments.competences)
    else:
        capacities(arguments.path, arguments.learners, 2 if arguments.seed is None else arguments.seed)


if __name__ == "__main__":
    main()
