"""Word lists the STAR labeller matches, as whole tokens.

These are the cues a careful interview coach listens for: the setting of a story, the goal
the speaker owned, what they did themselves, and what changed because of it. They are kept
apart from the matching code so they can be read (and argued with) as plain lists.

Phrases are tuples of lower-cased tokens; an element in braces is a word class
(`{period}`, `{num}`, `{job}`, `{ago}`, `{year}`). Weights are log-scores added to the
emission of the part they support; 3 is a decisive cue, 1 a hint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["situation", "task", "action", "result", "none"]
LABELS: tuple[Label, ...] = ("situation", "task", "action", "result", "none")


@dataclass(frozen=True)
class Cue:
    """One piece of evidence for a part.

    Attributes:
        label: the part it supports ("none" for talk outside the story).
        weight: how much it adds to that part's emission score.
        evidence: the cue in words, quoting the sentence.
        signal: True when the cue only says which part a sentence is (a marker such as
            "in the end", a typed heading, its place in the answer) or claims an outcome
            with nothing in it ("it worked out"): it helps choose the label, but a part
            made only of such cues is weak, since it tells the listener nothing.
    """

    label: Label
    weight: float
    evidence: str
    signal: bool = False


def phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one comma-separated string."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string, easier to read than a list."""
    return frozenset(text.split())


WORD_CLASSES: dict[str, frozenset[str]] = {
    "period": words(
        "year month week summer winter spring fall autumn semester term quarter "
        "season christmas weekend term"
    ),
    "job": words(
        "job company role position internship placement employer workplace team "
        "store shop school hospital ward restaurant startup firm agency office "
        "organisation organization clinic warehouse site store"
    ),
    "ago": words("ago back"),
    "num": words(
        "a one two three four five six seven eight nine ten few couple several "
        "many twelve eighteen twenty"
    ),
    "unit": words("years months weeks days year month week day"),
    "moment": words(
        "day night morning afternoon evening weekend shift monday tuesday wednesday thursday "
        "friday saturday sunday"
    ),
}

# (label, weight, what the cue is, phrases separated by commas)
PHRASE_CUES: tuple[tuple[Label, float, str, tuple[str, ...]], ...] = (
    (
        "situation",
        2.5,
        "setting",
        phrases(
            "last {period}, this past {period}, {num} {unit} ago, {num} of {unit} ago, "
            "{num} {unit} back, at my previous {job}, at my last {job}, at my old {job}, "
            "at my first {job}, at my current {job}, in my previous {job}, in my last {job}, "
            "in my first {job}, in my current {job}, during my {job}, during my, when i was, "
            "when i worked, when i joined, when i started, while i was, back when, back in, "
            "at the time, at that time, in my role as, i was working as, i was working at, "
            "i was working for, i worked as, i worked at, i was a, i was an, i was the, "
            "i was on, i was in my, one time, there was a time, in my first year, "
            "in my second year, in my final year, in my third year, a while ago, "
            "a few years back, some time ago, at the start of, i joined, i had just joined, "
            "i had just started"
        ),
    ),
    (
        "situation",
        1.5,
        "time setting",
        phrases(
            "during the, during a, during our, one {moment}, on a {moment}, in {year}, at the time"
        ),
    ),
    (
        "situation",
        1.8,
        "problem",
        phrases(
            "we had a problem, we had an issue, there was a problem, there was an issue, "
            "the problem was, the issue was, the situation was, the context was, "
            "the challenge was that, the background, was falling behind, were falling behind, "
            "was behind schedule, were behind schedule, kept crashing, kept failing, "
            "kept complaining, we were losing, was losing, we were short, were understaffed, "
            "was understaffed, had been, there was, there were, there'd been, hadn't been, "
            "had not been, could never, couldn't, could not, wasn't able, weren't able, "
            "made a mistake"
        ),
    ),
    (
        "task",
        3.0,
        "goal phrase",
        phrases(
            "my job was, my task was, my role was, my responsibility was, my responsibility, "
            "my goal was, our goal was, the goal was, the aim was, my aim was, "
            "the objective was, my objective was, the task was, the target was, "
            "the challenge was to, i was responsible for, i was in charge of, "
            "i was tasked with, i was asked to, i was assigned, i was given the task, "
            "i was brought in to, i was hired to, i was expected to, i was supposed to, "
            "it was up to me, it was my job, it fell to me, i had been asked to, asked me to, "
            "wanted me to, needed me to, my priority would be, my goal would be, "
            "the goal would be, my first priority, i needed to, i had to, we needed to, "
            "we had to, it was on me, was on me to, i took on the job, i took on the task, "
            "took it upon myself, i took responsibility for, i had {num} {unit} to, "
            "we had {num} {unit} to, i wanted to, i was determined to, we wanted to, "
            "the deadline was, i was trying to, responsible for, in charge of, tasked with, "
            "accountable for, was asked to, were asked to, i needed a way to, "
            "we needed a way to, what i had to do, the goal i was given, "
            "i wasn't going to let, i was not going to let, my instructions were"
        ),
    ),
    (
        "task",
        1.5,
        "need",
        phrases(
            "needed to, had to, have to, need to, the goal, so that we could, can you, could you"
        ),
    ),
    (
        "action",
        2.2,
        "action phrase",
        phrases(
            "i decided to, i made sure, i took the initiative, i took ownership, "
            "i reached out, i stepped in, i stepped up, i started by, i began by, "
            "my first step, the first thing i did, first thing i did, what i did was, "
            "what i did, i went ahead, i ended up, i spent, i worked with, i worked on, "
            "i worked through, i would start by, i'd start by, i would first, i'd first, "
            "i tried to, so what i did, step one"
        ),
    ),
    (
        "result",
        3.0,
        "outcome",
        phrases(
            "went from, ahead of schedule, under budget, since then, from then on, to this day, "
            "still use, still uses, still using, was adopted, got promoted, i was promoted, "
            "was promoted, thanked me, praised, we hit, we met the deadline, met the deadline, "
            "no complaints, we launched, got the contract, got an a, won, went down to, "
            "went down by, went up to, went up by, ever since"
        ),
    ),
    (
        "result",
        3.0,
        "outcome marker",
        phrases(
            "as a result, which led to, that led to, this led to, it led to, led to, "
            "resulted in, in the end, ultimately, by the end, at the end, the result was, "
            "the result, the outcome, the outcome was, which meant, which means, this meant, "
            "that meant, meaning that, the feedback, successfully"
        ),
    ),
    (
        "result",
        2.2,
        "achievement",
        phrases(
            "ended the year, finished the year, of target, above target, over target, "
            "top seller, the highest, first place, "
            "for the first time, first time in, got the job, offered me, hit our target, "
            "beat our target, is now, it's now, are now, nobody got hurt, no one got hurt, "
            "on time, signed with, signed the, signed a, signed up, renewed, passed the, "
            "passed my, passed every, passed all, passed with, a day early, {num} {unit} early, "
            "ahead of, with no problems, "
            "without any problems, no problems, finished with, by a wide margin, not a single, "
            "didn't have a single, haven't had, hasn't had, never had another, "
            "for the rest of the"
        ),
    ),
    (
        "result",
        2.2,
        "achievement marker",
        phrases("was able to, were able to, managed to, turned out, ended up"),
    ),
    (
        "result",
        2.0,
        "vague outcome",
        phrases(
            "did well, went well, went really well, it worked, worked out, was happy, "
            "were happy, got better, got done, that was good, was a big win, big win, "
            "handled it well, handled it really well, good grade, good mark, great job, "
            "good job, well done, was grateful, were grateful, calmed down, paid off, "
            "was a success, was a big success, was pleased, were pleased, was satisfied, "
            "were satisfied, was thrilled, positive feedback, great feedback"
        ),
    ),
    (
        "result",
        2.6,
        "lesson",
        phrases(
            "i learned, i learnt, i've learned, learned that, learned a lot, taught me, "
            "the lesson, my takeaway, the takeaway, in hindsight, looking back, next time, "
            "going forward, i realized, i realised, now i always, now i, i now, these days"
        ),
    ),
    (
        "none",
        3.0,
        "not part of the story",
        phrases(
            "great question, good question, interesting question, let me think, "
            "hope that answers, that answers, does that answer, that's about it, that's it, "
            "thank you, thanks for asking, that's a good one, that's the example, "
            "that's an example, that's my example, that's one example, that's the story"
        ),
    ),
    (
        "situation",
        1.0,
        "problem word",
        phrases(
            "problem, issue, bug, outage, crisis, complaint, complaints, backlog, shortage, "
            "short-staffed, understaffed, overloaded, unhappy, angry, furious, upset, "
            "frustrated, struggling, worst, worst-performing, behind, declining, mess, "
            "conflict, deadline"
        ),
    ),
    (
        "none",
        1.0,
        "filler",
        phrases("so yeah, yeah so, anyway, yeah"),
    ),
    (
        "none",
        2.0,
        "general claim, not a story",
        phrases(
            "i always try, i always, i try to, i tend to, i'm someone who, i'm the kind of, "
            "i'm a, i am a, i consider myself, in general, i like to, i love, i enjoy"
        ),
    ),
)

# Phrase cues that only signal their part (see `Cue.signal`).
SIGNAL_CUES = frozenset({"outcome marker", "achievement marker", "vague outcome"})
# Words a speaker slips inside a phrase ("I was kind of responsible for", "I, um, decided
# to"): the phrase still counts. "kind"/"sort" only with their "of".
PHRASE_GAPS = words(
    "um uh umm uhh er erm ah basically actually really just also mainly mostly partly "
    "personally directly then quickly eventually finally initially kinda sorta"
)
GAP_PAIRS = frozenset({("kind", "of"), ("sort", "of")})
# Gaps that hedge the phrase: "kind of responsible" claims less than "responsible".
HEDGE_GAPS = words("just kinda sorta kind sort")
HEDGED_FACTOR = 0.7

SEQUENCE_OPENERS = words(
    "first firstly then next afterwards afterward second secondly third thirdly after"
)
# Units that make a number a measurement of change.
MEASURE_WORDS = words(
    "percent per cent dollars euros pounds hours minutes days weeks half double twice "
    "triple times points stars ms seconds secs mins"
)
