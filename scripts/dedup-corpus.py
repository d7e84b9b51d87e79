#!/usr/bin/env python3
"""Writes the corpus the README's `herald dedup --report` figures come from: the bundled samples repeated as
outlets repeat news. Deterministic (no randomness, no clock): the same files give the same corpus.

For each sample story and each round (a new date, 63 days after the last round's: a new occurrence of the same kind
of event, on the same weekday, so that "on Wednesday" keeps its meaning), four articles, JSON Lines as `herald ingest` reads them:
  orig      the story as the wire filed it
  copy      the same text under another id and outlet (syndicated): a near-duplicate, its events the original's
  update    the story filed again the next day with one new paragraph: a near-duplicate, its events the original's
  rewrite   another outlet's rewording the next day (scripts/dedup-corpus/rewrites.tsv), sentences in another order:
            not a near-duplicate, but the same events

Usage: scripts/dedup-corpus.py [--rounds N] > corpus.jsonl
"""
import argparse
import datetime
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ["ceasefire-talks.txt", "sanctions-dispute.txt", "border-protests.txt"]
# One new paragraph per story for the updated version: nothing in it is a new political event.
UPDATES = {
    "herald-sample-001": "Officials familiar with the talks said technical teams would meet again in the coming days.",
    "herald-sample-002": "Shares of the affected firms fell sharply in early trading in Hong Kong.",
    "herald-sample-003": "Traffic at the Torkham crossing remained suspended late on Saturday.",
}
OUTLETS = {"orig": "Herald Wire", "copy": "Syndicate Daily", "update": "Herald Wire", "rewrite": "Other Outlet"}


def read_wire(path):
    """One wire story: header ' date YYYY-MM-DD ID', headline, body paragraphs one per line."""
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    _, date, sid = lines[0].split()
    return {"id": sid, "date": datetime.date.fromisoformat(date), "title": lines[1], "paragraphs": lines[2:]}


def read_rewrites(path):
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            sys.exit(f"{path}:{n}: a row is a phrase and its rewording, separated by one tab")
        if cells[0] == "phrase":
            continue
        out.append(cells)
    return out


def rewrite(text, rewrites):
    for phrase, new in rewrites:
        text = text.replace(phrase, new, 1)
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="dates per story (default 3)")
    args = ap.parse_args()
    if not 1 <= args.rounds <= 100:
        ap.error("--rounds must be from 1 to 100")
    rewrites = read_rewrites(ROOT / "scripts" / "dedup-corpus" / "rewrites.tsv")
    for name in SAMPLES:
        s = read_wire(ROOT / "herald-cli" / "src" / "main" / "resources" / "samples" / name)
        for r in range(args.rounds):
            day = s["date"] + datetime.timedelta(days=63 * r)
            body = s["paragraphs"]
            # The rewrite leads with the second paragraph, as another outlet's reporter might.
            reordered = body[1:2] + body[:1] + body[2:]
            variants = {
                "orig": (day, s["title"], body),
                "copy": (day, s["title"], body),
                "update": (day + datetime.timedelta(days=1), s["title"], body + [UPDATES[s["id"]]]),
                "rewrite": (day + datetime.timedelta(days=1), rewrite(s["title"], rewrites), [rewrite(p, rewrites) for p in reordered]),
            }
            for kind, (date, title, paragraphs) in variants.items():
                print(json.dumps({"id": f"{s['id']}-r{r + 1}-{kind}", "date": date.isoformat(), "title": title,
                                  "text": "\n".join(paragraphs), "source": OUTLETS[kind]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
