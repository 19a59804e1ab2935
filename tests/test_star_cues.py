import pytest

from interview.analysis.star.cues import emissions, sentence_cues, sentence_words


def cues(text: str, *, index: int = 1, count: int = 3) -> list[tuple[str, str]]:
    found = sentence_cues(sentence_words(text), kind="behavioral", index=index, count=count)
    return [(c.label, c.evidence) for c in found]


@pytest.mark.parametrize(
    "text,label,fragment",
    [
        ("My job was to fix it.", "task", "goal phrase 'my job was'"),
        ("I had to fix it.", "task", "goal phrase 'i had to'"),
        ("Last summer at my previous job it broke.", "situation", "'last summer'"),
        ("A couple of years ago it broke.", "situation", "'couple of years ago'"),
        ("In 2021 the app was slow.", "situation", "'in 2021'"),
        ("As a result, churn fell 12%.", "result", "outcome marker 'as a result'"),
        ("As a result, churn fell 12%.", "result", "number in result '12%'"),
        ("It saved £1,200 a month.", "result", "number in result '$1,200'"),
        ("Sales grew by 45% that year.", "result", "number in result '45%'"),
        ("I learned to ask earlier.", "result", "lesson 'i learned'"),
        ("It hasn't failed since.", "result", "lasting outcome 'since'"),
        ("Great question.", "none", "not part of the story"),
        ("Then I called the supplier.", "action", "sequence word 'then'"),
        ("If a customer shouted, I would listen.", "situation", "hypothetical setting 'if'"),
    ],
)
def test_cues_quote_their_words(text: str, label: str, fragment: str) -> None:
    assert any(lab == label and fragment in ev for lab, ev in cues(text)), cues(text)


@pytest.mark.parametrize(
    "text,forbidden",
    [
        ("I think that is what happened.", "'at'"),  # "at" is no word inside "that"
        ("The bill was filed.", "'led'"),
        ("I had to go.", "need 'had to'"),  # the longer goal phrase takes the words
        ("Costs rose in 2021.", "number in result '2021'"),  # a year is a time, not a figure
    ],
)
def test_whole_tokens_and_longest_phrases(text: str, forbidden: str) -> None:
    assert not any(forbidden in ev for _, ev in cues(text)), cues(text)


@pytest.mark.parametrize(
    "text,label",
    [
        ("Task: make it fast.", "task"),
        ("RESULT - latency fell.", "result"),
        ("Context: a small team.", "situation"),
        ("Actions were taken.", None),  # a word, not a heading
    ],
)
def test_typed_headings_name_the_part(text: str, label: str | None) -> None:
    found = sentence_cues(sentence_words(text), kind="behavioral", index=1, count=3, text=text)
    headings = [c.label for c in found if c.evidence.startswith("heading")]
    assert headings == ([] if label is None else [label])


def test_a_filler_opening_does_not_erase_the_sentence() -> None:
    scores = emissions(
        sentence_cues(
            sentence_words("um yeah so we had a problem with the night shift"),
            kind="behavioral",
            index=0,
            count=4,
        )
    )
    assert scores["situation"] > scores["none"]


def test_position_cues_only_at_the_edges() -> None:
    assert ("situation", "opens the answer") in cues("It was fine.", index=0, count=3)
    assert ("result", "closes the answer") in cues("It was fine.", index=2, count=3)
    assert not any("answer" in ev for _, ev in cues("It was fine.", index=1, count=3))


@pytest.mark.parametrize(
    "text,label,fragment",
    [
        # Fillers and hedges slipped inside a phrase do not hide it.
        ("I was kind of responsible for it.", "task", "'i was kind of responsible for' (hedged)"),
        ("I was, um, basically in charge of the rota.", "task", "'i was um basically in charge"),
        ("I was the one responsible for it.", "task", "goal phrase 'responsible for'"),
        ("So I, um, decided to call her.", "action", "action phrase 'i um decided to'"),
    ],
)
def test_phrases_survive_fillers_and_hedges_inside_them(
    text: str, label: str, fragment: str
) -> None:
    assert any(lab == label and fragment in ev for lab, ev in cues(text)), cues(text)


def test_a_hedged_phrase_weighs_less() -> None:
    def goal(text: str) -> float:
        found = sentence_cues(sentence_words(text), kind="behavioral", index=1, count=3)
        return sum(c.weight for c in found if c.label == "task")

    assert goal("I was kind of responsible for it.") < goal("I was responsible for it.")
    assert goal("I was um responsible for it.") == goal("I was responsible for it.")


@pytest.mark.parametrize(
    "text,signals,content",
    [
        # Markers, empty outcomes, headings and position say which part, not what happened.
        ("In the end things worked out.", {"outcome marker", "vague outcome"}, set()),
        ("Result: it went well.", {"heading", "vague outcome"}, set()),
        ("In the end it improved.", {"outcome marker", "outcome"}, set()),
        ("As a result, churn fell 12%.", {"outcome marker"}, {"outcome", "number in result"}),
        ("I managed to calm him down.", {"achievement marker"}, {"achieved"}),
    ],
)
def test_signal_cues_are_told_from_content(text: str, signals: set[str], content: set[str]) -> None:
    found = sentence_cues(sentence_words(text), kind="behavioral", index=1, count=3, text=text)
    results = [c for c in found if c.label == "result"]

    def kinds(signal: bool) -> set[str]:
        return {c.evidence.split(" '")[0] for c in results if c.signal == signal}

    assert kinds(True) == signals
    assert kinds(False) == content
