"""How the story and follow-up rules do on text written by hand, and how fast they run.

1. "No result" follow-ups: on the hand-labelled STAR corpus (`tests/data/star_corpus.jsonl`,
   behavioral answers), is the outcome follow-up asked exactly when no sentence is labelled
   result? Prints agreement, and the misses of each kind.
2. "Your own part" follow-ups: how often the "we-only" answers get it, and how often the
   "strong" ones (which say "I") do not.
3. Competency suggestion: for every behavioral bank question (text and key points) and every
   remembered interview question in `tests/data/debrief_questions*.jsonl`, is its labelled
   competency among the suggested ones? These are questions, not stories: a proxy, printed
   as such. The lexicon was written before either set was looked at.
4. Time: story feedback for one four-part story, and choosing a follow-up, per call.

    .venv/bin/python benchmarks/bench_stories.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from interview.analysis import analyse
from interview.config import Settings
from interview.questions import load_banks
from interview.stories.competencies import suggest_competencies
from interview.stories.draft import StoryDraft
from interview.stories.feedback import story_feedback
from interview.stories.follow_ups import choose_follow_up

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def corpus() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in (DATA / "star_corpus.jsonl").read_text().splitlines()]
    return [row for row in rows if row["kind"] == "behavioral"]


def follow_up_agreement() -> None:
    rows = corpus()
    agree, asked_wrongly, missed = 0, [], []
    owned = {"we-only": [0, 0], "strong": [0, 0]}
    for row in rows:
        sentences = row["sentences"]
        assert isinstance(sentences, list)
        text = " ".join(str(s["text"]) for s in sentences)
        chosen = choose_follow_up(None, analyse(text))
        focus = chosen.focus if chosen else None
        no_result = not any(s["label"] == "result" for s in sentences)
        asked = focus == "no_result"
        agree += asked == no_result
        if asked and not no_result:
            asked_wrongly.append(row["id"])
        if no_result and not asked:
            missed.append(row["id"])
        if row["style"] in owned:
            owned[str(row["style"])][0] += 1
            owned[str(row["style"])][1] += focus == "ownership"
    print(f"1. outcome follow-up agrees with the labels on {agree}/{len(rows)} answers")
    print(f"   asked though a result is labelled: {asked_wrongly or 'none'}")
    print(f"   not asked though no result is labelled: {missed or 'none'}")
    total, hits = owned["we-only"]
    print(f"2. 'your own part' asked for {hits}/{total} we-only answers", end="")
    total, hits = owned["strong"]
    print(f"; for {hits}/{total} strong answers")


def competency_hits() -> None:
    questions = [q for q in load_banks(Settings.from_env()).questions if q.kind == "behavioral"]
    sets = {
        "bank questions (text + key points)": [
            (" ".join((q.text, *q.key_points)), q.competency) for q in questions
        ],
    }
    for name in ("debrief_questions.jsonl", "debrief_questions_heldout.jsonl"):
        lines = (DATA / name).read_text().splitlines()
        items = [json.loads(line) for line in lines if line.strip()]
        sets[f"remembered questions ({name})"] = [
            (str(i["text"]), str(i["competency"])) for i in items if i["competency"]
        ]
    print("3. labelled competency among the suggested ones (a proxy: questions, not stories)")
    for name, items in sets.items():
        top1 = sum(suggest_competencies(t)[:1] == (c,) for t, c in items)
        any_ = sum(c in suggest_competencies(t) for t, c in items)
        empty = sum(not suggest_competencies(t) for t, _ in items)
        print(f"   {name}: first {top1}/{len(items)}, any {any_}/{len(items)}, none {empty}")


def timings() -> None:
    row = corpus()[0]
    parts = {"situation": [], "task": [], "action": [], "result": []}  # type: dict[str, list[str]]
    for sentence in row["sentences"]:  # type: ignore[attr-defined]
        parts[str(sentence["label"])].append(str(sentence["text"]))
    draft = StoryDraft(str(row["id"]), *(" ".join(parts[p]) for p in parts))
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        story_feedback(draft)
    feedback_ms = (time.perf_counter() - start) * 1000 / runs
    analysis = analyse(draft.text())
    start = time.perf_counter()
    for _ in range(runs):
        choose_follow_up(None, analysis)
    choose_ms = (time.perf_counter() - start) * 1000 / runs
    print(f"4. story feedback {feedback_ms:.1f} ms per story; follow-up choice {choose_ms:.3f} ms")


if __name__ == "__main__":
    follow_up_agreement()
    competency_hits()
    timings()
