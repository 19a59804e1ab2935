"""Print how well the overall score ranks answers the way a coach would.

Pairs come from the labelled answer corpus (`tests/data/answer_corpus.jsonl`): within each
group (answers to one question), every two answers with different quality labels make a
pair, and the better one should score higher. The twins of
`tests/data/specificity_pairs.json` (one story told vaguely and specifically) are pairs too.
The figure is the AUC over pairs: the share ranked the right way, ties counting half.
Development and held-out answers are reported apart; the held-out ones are never tuned on.

Each set's AUC is printed again over its HR pairs alone (both answers to an HR question:
"Tell me about yourself", a weakness, why this job), where the score reads what the answer
says for that question (`interview/analysis/hr/`) instead of a STAR story.

It also prints how often the relevance check and the "real example" verdict agree with the
corpus's `on_topic` and `framing` labels. The goal of issue 10 is AUC >= 0.97 held-out.

The published sets (answers written by other people, kept outside the repository; see
`published.py`) are reported after them, each skipped with a note when absent: where they
carry quality grades, the AUC over pairs within a group with the inverted and tied pairs
counted (listed by id with --published-errors), and how many of their HR answers the
analysis did not judge on STAR (no STAR score, no STAR part in the overall score, no tip
about a STAR part).

    PYTHONPATH=. .venv/bin/python benchmarks/bench_score_ranking.py [--errors]
        [--published PATH ...] [--published-errors]
"""

from __future__ import annotations

import argparse
import inspect
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import published

from interview.analysis import Analysis, analyse

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CORPUS = DATA / "answer_corpus.jsonl"
TWINS = DATA / "specificity_pairs.json"
GOAL_AUC = 0.97
_STAR_AREAS = frozenset({"situation", "task", "action", "result", "star"})


@dataclass(frozen=True)
class Scored:
    """One labelled answer and what the analysis made of it."""

    id: str
    group: str
    quality: int
    record: dict[str, Any]
    analysis: Analysis


def _analyse(record: dict[str, Any]) -> Analysis:
    """Analyse a corpus answer with what the corpus knows of its question."""
    options: dict[str, Any] = {"kind": record.get("kind", "behavioral")}
    options["question"] = record.get("question")
    accepted = inspect.signature(analyse).parameters
    if "competency" in accepted and record.get("competency"):
        options["competency"] = record["competency"]
    if "key_points" in accepted and record.get("key_points"):
        options["key_points"] = tuple(record["key_points"])
    return analyse(answer_text(record), **options)


def answer_text(record: dict[str, Any]) -> str:
    if "text" in record:
        return str(record["text"])
    return " ".join(sentence["text"] for sentence in record["sentences"])


def load_corpus(split: str) -> list[Scored]:
    if not CORPUS.is_file():
        return []
    with CORPUS.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [
        Scored(r["id"], r["group"], int(r["quality"]), r, _analyse(r))
        for r in records
        if r.get("split") == split
    ]


def corpus_pairs(answers: Sequence[Scored]) -> list[tuple[Scored, Scored]]:
    """(better, worse) for every two answers of one group with different quality."""
    groups: dict[str, list[Scored]] = defaultdict(list)
    for answer in answers:
        groups[answer.group].append(answer)
    pairs = []
    for members in groups.values():
        for a, b in itertools.combinations(members, 2):
            if a.quality != b.quality:
                pairs.append((a, b) if a.quality > b.quality else (b, a))
    return pairs


def hr_pairs(pairs: Iterable[tuple[Scored, Scored]]) -> list[tuple[Scored, Scored]]:
    """The pairs whose two answers are both to an HR question (no STAR, judged on content)."""
    return [(b, w) for b, w in pairs if b.record.get("kind") == w.record.get("kind") == "hr"]


def twin_pairs() -> list[tuple[Scored, Scored]]:
    """(specific, vague) for each story of the specificity twins."""
    pairs = []
    for pair in json.loads(TWINS.read_text(encoding="utf-8"))["pairs"]:
        twins = []
        for telling, quality in (("specific", 2), ("vague", 1)):
            record = {"text": pair[telling], "kind": pair["kind"], "question": pair["question"]}
            twins.append(
                Scored(f"{pair['id']}/{telling}", pair["id"], quality, record, _analyse(record))
            )
        pairs.append((twins[0], twins[1]))
    return pairs


def auc(pairs: Iterable[tuple[Scored, Scored]]) -> tuple[float, int, list[tuple[Scored, Scored]]]:
    """(AUC, pair count, pairs ranked wrong or tied)."""
    right, count, wrong = 0.0, 0, []
    for better, worse in pairs:
        count += 1
        if better.analysis.score > worse.analysis.score:
            right += 1
        else:
            right += 0.5 if better.analysis.score == worse.analysis.score else 0
            wrong.append((better, worse))
    return (right / count if count else float("nan")), count, wrong


def agreement(answers: Sequence[Scored], field: str, predict: Any) -> str:
    """'a/b (wrong: ids)' for a label the corpus carries and the analysis predicts."""
    labelled = [a for a in answers if a.record.get(field) is not None]
    if not labelled or all(predict(a.analysis) is None for a in labelled):
        return "not measured (no labels, or no such verdict)"
    wrong = [a.id for a in labelled if predict(a.analysis) != a.record[field]]
    listed = f" (wrong: {', '.join(wrong)})" if wrong else ""
    return f"{len(labelled) - len(wrong)}/{len(labelled)}{listed}"


def _on_topic(analysis: Analysis) -> bool | None:
    relevance = getattr(analysis, "relevance", None)
    return None if relevance is None else not relevance.off_topic


def relevance_errors(answers: Sequence[Scored]) -> str:
    """False alarms (real answers called off the question: they lose 70% of their score)
    against misses (off-topic answers not called off), and how many got the milder cap."""
    labelled = [a for a in answers if a.record.get("on_topic") is not None]
    if not labelled or all(_on_topic(a.analysis) is None for a in labelled):
        return "not measured"
    alarms = [a.id for a in labelled if a.record["on_topic"] and _on_topic(a.analysis) is False]
    misses = [a for a in labelled if not a.record["on_topic"] and _on_topic(a.analysis)]
    milder = sum(bool(getattr(a.analysis.relevance, "doubtful", False)) for a in misses)
    listed = f" ({', '.join(alarms)})" if alarms else ""
    return (
        f"{len(alarms)} false alarms{listed}, {len(misses)} misses"
        f" ({milder} of them given the milder 'topic unclear' cap)"
    )


def verdict_table(answers: Sequence[Scored]) -> str:
    """How often each relevance verdict is right: per verdict, the answers the corpus calls
    on the question and off it ("cannot tell, doubted" is the one that costs a real answer
    a third or so of its score)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for answer in answers:
        relevance = getattr(answer.analysis, "relevance", None)
        if relevance is None or answer.record.get("on_topic") is None:
            continue
        verdict = {"unclear": "cannot tell", "on_topic": "on", "off_topic": "off"}.get(
            relevance.verdict, relevance.verdict
        )
        verdict += ", doubted" if getattr(relevance, "doubtful", False) else ""
        counts[verdict][0 if answer.record["on_topic"] else 1] += 1
    if not counts:
        return "not measured"
    return "; ".join(
        f"{verdict}: {real} real, {off} off-topic"
        for verdict, (real, off) in sorted(counts.items())
    )


def _framing(analysis: Analysis) -> str | None:
    framing = getattr(analysis, "framing", None)
    return None if framing is None else framing.label


def _behavioral(answers: Sequence[Scored]) -> list[Scored]:
    """The framing verdict is only given for behavioral questions."""
    return [a for a in answers if a.record.get("kind", "behavioral") == "behavioral"]


def report(title: str, pairs: list[tuple[Scored, Scored]], *, errors: bool) -> None:
    value, count, wrong = auc(pairs)
    print(f"{title:<34} AUC {value:.3f} over {count:>4} pairs, {len(wrong)} inverted or tied")
    if errors:
        for better, worse in wrong:
            print(
                f"    {better.id} (q{better.quality}, {better.analysis.score})"
                f" <= {worse.id} (q{worse.quality}, {worse.analysis.score})"
            )


def judged_on_star(analysis: Analysis) -> bool:
    """Whether STAR weighed on the answer at all: its report, its score or its tips."""
    return (
        analysis.star.applies
        or any(part.area == "star" for part in analysis.score_parts)
        or any(tip.area in _STAR_AREAS for tip in analysis.tips)
    )


def score_records(records: Sequence[dict[str, Any]]) -> list[Scored]:
    """Analyse every record of a published set (an ungraded one gets quality 0)."""
    return [
        Scored(r["id"], r.get("group", r["id"]), int(r.get("quality") or 0), r, _analyse(r))
        for r in records
    ]


def report_published(name: str, answers: Sequence[Scored], *, errors: bool) -> None:
    """The figures of one published set (see the module docstring)."""
    graded = [a for a in answers if a.record.get("quality") is not None]
    hr = [a for a in answers if a.record.get("kind") == "hr"]
    print(f"{name}: {len(answers)} answers, {len(graded)} graded, {len(hr)} HR")
    if graded:
        pairs = corpus_pairs(graded)
        value, count, wrong = auc(pairs)
        tied = sum(b.analysis.score == w.analysis.score for b, w in wrong)
        print(
            f"{name + ' groups':<34} AUC {value:.3f} over {count:>4} pairs, "
            f"{len(wrong) - tied} inverted, {tied} tied"
        )
        if errors:
            for better, worse in wrong:
                print(
                    f"    {better.id} (q{better.quality}, {better.analysis.score})"
                    f" <= {worse.id} (q{worse.quality}, {worse.analysis.score})"
                )
        if hr_pairs(pairs):
            report(f"{name} HR groups", hr_pairs(pairs), errors=errors)
    else:
        print(f"{name}: no quality grades, strong-vs-weak AUC not measured")
    if hr:
        judged = [a.id for a in hr if judged_on_star(a.analysis)]
        listed = f" (judged: {', '.join(judged)})" if judged else ""
        print(f"{name}: HR answers not judged on STAR: {len(hr) - len(judged)}/{len(hr)}{listed}")
    print(f"{name}: on-topic verdict agrees on {agreement(answers, 'on_topic', _on_topic)}")
    print(f"{name}: relevance verdicts: {verdict_table(answers)}")
    framing = agreement(_behavioral(answers), "framing", _framing)
    print(f"{name}: framing verdict (behavioral) agrees on {framing}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--errors", action="store_true", help="list the development pairs ranked wrong"
    )
    parser.add_argument(
        "--held-out-errors",
        action="store_true",
        help="list the held-out pairs ranked wrong too (to read, never to tune on)",
    )
    published.add_argument(parser)
    parser.add_argument(
        "--published-errors",
        action="store_true",
        help="list the published pairs ranked wrong, by id (to read, never to tune on)",
    )
    args = parser.parse_args(argv)
    dev, held_out, twins = load_corpus("dev"), load_corpus("held-out"), twin_pairs()
    fresh = load_corpus("held-out-2")
    print(
        f"corpus: {len(dev)} development answers, {len(held_out)} held-out,"
        f" {len(fresh)} held-out-2; {len(twins)} twins"
    )
    report("development groups", corpus_pairs(dev), errors=args.errors)
    report("specificity twins", twins, errors=args.errors)
    report("development groups + twins", corpus_pairs(dev) + twins, errors=False)
    report("held-out groups", corpus_pairs(held_out), errors=args.held_out_errors)
    report("held-out-2 groups", corpus_pairs(fresh), errors=args.held_out_errors)
    report("development HR groups", hr_pairs(corpus_pairs(dev)), errors=args.errors)
    report("held-out HR groups", hr_pairs(corpus_pairs(held_out)), errors=args.held_out_errors)
    report("held-out-2 HR groups", hr_pairs(corpus_pairs(fresh)), errors=args.held_out_errors)
    for name, answers in (("development", dev), ("held-out", held_out), ("held-out-2", fresh)):
        print(f"{name}: on-topic verdict agrees on {agreement(answers, 'on_topic', _on_topic)}")
        print(f"{name}: off the question: {relevance_errors(answers)}")
        print(f"{name}: relevance verdicts: {verdict_table(answers)}")
        framing = agreement(_behavioral(answers), "framing", _framing)
        print(f"{name}: framing verdict (behavioral) agrees on {framing}")
    value = auc(corpus_pairs(held_out))[0]
    met = "met" if value >= GOAL_AUC else "NOT met"
    print(f"goal: held-out AUC >= {GOAL_AUC}: {met}")
    for name, path in published.available(args.published):
        records = published.load_records(path)
        report_published(name, score_records(records), errors=args.published_errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
