"""Tip wording never nests brackets: "(initiative (the question's topic))" and "(such as
the sentence quoted above ('I renegotiated...'))" read badly (`tip.quoted_above`)."""

from __future__ import annotations

import json
from pathlib import Path

from interview.analysis import analyse
from interview.analysis.tips.tip import Tip, quote_of, unrepeat

CORPUS = Path(__file__).parent / "data" / "answer_corpus.jsonl"


def _depth(message: str) -> int:
    depth = deepest = 0
    for char in message:
        depth += (char == "(") - (char == ")")
        deepest = max(deepest, depth)
    return deepest


def test_a_sentence_named_again_inside_brackets_adds_none() -> None:
    sentence = "I renegotiated three supplier contracts before the spring sale"
    first = Tip("result", f"End '{quote_of(sentence)}' with what changed.", sentence, 5.0)
    later = Tip("action", f"Say more of what you did (such as '{quote_of(sentence)}').", None, 2.0)
    message = unrepeat([first, later], [sentence, "It went well."])[1].message
    assert "the sentence quoted above starting 'I renegotiated three...'" in message
    assert _depth(message) == 1


def test_an_off_topic_tip_names_the_topic_without_nesting() -> None:
    answer = (
        "Last spring a colleague and I disagreed about who should cover the late shifts, and "
        "it turned into an argument in front of customers. I asked her for a quiet word after "
        "closing and listened to why she was upset. We agreed a fair rota together and we "
        "have not argued since."
    )
    question = "Tell me about a time you took initiative."
    tips = analyse(answer, question=question, competency="initiative").tips
    (relevance,) = [tip for tip in tips if tip.area == "relevance"]
    assert "(its topic: initiative)" in relevance.message
    assert _depth(relevance.message) == 1


def test_no_tip_on_our_corpus_nests_brackets() -> None:
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = " ".join(sentence["text"] for sentence in record["sentences"])
        analysis = analyse(
            text, kind=record["kind"], question=record["question"], competency=record["competency"]
        )
        nested = [tip.message for tip in analysis.tips if _depth(tip.message) > 1]
        assert not nested, (record["id"], nested)
