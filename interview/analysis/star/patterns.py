"""Phrases that name a sentence's role in a story, as `pat:*` features of `star.features`.

"It was my job to ...", "we had two days to ...", "since then ...", "by the end of the
quarter ...", "what I learned ...": each is a fixed turn of phrase more than a structure,
so each is one regular expression over the sentence's lower-cased words. The names are the
model's vocabulary: renaming one means retraining.
"""

from __future__ import annotations

import re

__all__ = ["PATTERNS"]

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "lesson",
            r"\b(what i learn(ed|t)|i learn(ed|t) (that|the|from|a lot|a lesson|an? [a-z]+ "
            r"lesson|to (always|never|not|be|ask|check|listen|stay|trust|take))|i learn(ed|t)"
            r"\W*$|the lesson|taught me|my takeaway)\b",
        ),
        ("what_did", r"^(so )?what i (did|ended up doing|decided)\b"),
        ("what_had_to", r"^(so )?what i (had|needed|was asked|was supposed) to\b"),
        ("role_as", r"^as (the|a|an|her|his|their|our|my) [a-z-]+( [a-z-]+)?\b"),
        ("responsible", r"\b(responsible for|in charge of|tasked with|accountable for)\b"),
        (
            "asked_to",
            r"\b(asked|told|expected|supposed|assigned|hired|brought in|chosen|picked)"
            r"( by (my|the|our|a|his|her)( [a-z'-]+){1,3})? to\b",
        ),
        ("had_to", r"\b(i|we|someone|somebody|one of us) (had|needed|have|need) to\b"),
        (
            "had_time",
            r"\b(had|have|got) (only |just )?(a|one|two|three|four|five|six|ten|\d+|a few) "
            r"(hours?|days?|weeks?|months?) (to|until|before|left)\b",
        ),
        ("needed_done", r"\b(needed|had) to be (done|finished|ready|fixed|delivered|sorted)\b"),
        ("given", r"\b(i was|we were) (given|set|handed)\b|\bi was the one\b"),
        ("needed_way", r"\bneeded (a way|someone|somebody) to\b"),
        ("my_job_was", r"\b(it was|that was) (my|our) (job|responsibility|call|task)\b"),
        ("on_me", r"\b(on|up to|down to) (me|us) to\b|\btake charge\b|\basked (me|us)\b"),
        ("must", r"\b(i|we) (must|should|have got to|had got to)\b"),
        (
            "given_noun",
            r"\b(challenge|task|job|goal|aim|target) (given|set|i was given|we were given)\b",
        ),
        ("purpose", r"(\bin order to\b|\bso that\b|\bto make sure\b|\bto ensure\b|, to [a-z]+)"),
        ("since_then", r"\b(since then|ever since|from then on|to this day|going forward)\b"),
        ("now", r"\b(now|these days|today)\b"),
        (
            "by_time",
            r"\b(by|within|in|after) (the end of |about |around )?"
            r"(a|one|two|three|four|six|\d+|the next|that) ?(day|week|month|quarter|year|"
            r"shift|term|weeks|months|days|years)",
        ),
        (
            "by_month",
            r"^(by|in) (january|february|march|april|may|june|july|august|"
            r"september|october|november|december|the end|spring|summer|autumn|winter)\b",
        ),
        ("ended", r"\b(in the end|by the end|at the end|ended up|eventually|ultimately|finally)\b"),
        ("feedback", r"\b(thanked|praised|feedback|appreciated|told me (it|that))\b"),
        ("question", r"\?"),
    )
)
