import pytest

from interview.analysis.negativity import find_negativity
from interview.analysis.tokens import tokenize


@pytest.mark.parametrize(
    "text,expected",
    [
        ("My boss was useless.", ["My boss was useless"]),
        ("The management was incompetent.", ["The management was incompetent"]),
        ("I hated my last job.", ["hated my last job"]),
        ("My coworkers were so lazy.", ["My coworkers were so lazy"]),
        ("I couldn't stand my team.", ["couldn't stand my team"]),
        ("My manager never listened to anyone.", ["My manager never listened"]),
        ("I had to work around my useless manager.", ["my useless manager"]),
        ("He was the worst boss I ever had.", ["the worst boss"]),
        ("My old colleagues were a complete joke.", ["My old colleagues were a complete joke"]),
        # Describing a hard situation is not blaming the people you worked with.
        ("The bug was terrible.", []),
        ("The customer was angry.", []),
        ("The deadline was awful but we made it.", []),
        ("My manager was kind, the outage was terrible.", []),
        ("The team was great and the release was a disaster.", []),
        ("My boss wasn't useless at all.", []),
        ("I didn't hate my job.", []),
        ("I loved my team.", []),
        ("The migration was a nightmare.", []),
        ("Our CEO was a liar.", ["Our CEO was a liar"]),
        # "manager's" says "manager is"; a workplace called a "place"; a hyphenated insult.
        ("To be fair the manager's useless.", ["the manager's useless"]),
        ("My last place was a joke.", ["My last place was a joke"]),
        ("Then my no-good supervisor walked off.", ["my no-good supervisor"]),
        # Words of our own for a former employer, heard as a warning.
        ("I'm leaving because my manager is a bully.", ["my manager is a bully"]),
        ("My last company treated staff like dirt.", ["My last company treated staff like dirt"]),
        ("The management there had no idea.", ["The management there had no idea"]),
        ("My boss had favourites, sadly.", ["My boss had favourites"]),
        ("The owners only care about money.", ["The owners only care"]),
        ("The stockroom was a shambles, so I sorted it.", []),
        # A judgement before a comma is not about the noun after it.
        ("The rota was a joke, the manager sorted it out.", []),
        ("The manager's office was small.", []),
        ("My manager micromanaged everything.", ["My manager micromanaged"]),
        ("My boss was really a nightmare to work with.", ["My boss was really a nightmare"]),
        # The judgement is about the backlog, not the team.
        ("The team was struggling with a terrible backlog.", []),
        # A team or a job in a mess is the situation the story starts from.
        ("The team was a mess when I joined, so I reorganised the rota.", []),
        ("The situation with my team was a nightmare.", []),
        ("The job was a nightmare at first.", []),
        # One remark each, about the person judged.
        ("At my last job my manager was useless.", ["my manager was useless"]),
        ("The management team was useless.", ["The management team was useless"]),
        # Praise negated is a judgement said gently, of a boss or an employer, not a team.
        ("Frankly my supervisor wasn't very helpful.", ["my supervisor wasn't very helpful"]),
        (
            "The owners there were never that interested.",
            ["The owners there were never that interested"],
        ),
        ("My supervisor wasn't happy about the delay.", []),
        ("The team wasn't great at handovers, so I made a checklist.", []),
        ("My supervisor wasn't in, but a good colleague covered.", []),
        # The people you serve: an insult or dislike is a remark, a hard moment is not.
        ("Honestly, I hate customers.", ["hate customers"]),
        ("I hate dealing with customers.", ["hate dealing with customers"]),
        ("Most of the parents were idiots.", ["the parents were idiots"]),
        ("The customer was rude and shouting at my colleague.", []),
        ("She was the worst patient I ever nursed, in pain and frightened.", []),
        ("The guest was terrible to the staff, so I stepped in.", []),
        ("I don't hate customers, I love the job.", []),
    ],
)
def test_negative_remarks_about_people_you_worked_with(text: str, expected: list[str]) -> None:
    report = find_negativity(text, tokenize(text))
    assert [remark.text for remark in report.remarks] == expected
    assert report.flagged is bool(expected)


def test_to_dict_quotes_the_words() -> None:
    text = "It went fine. My boss was useless."
    data = find_negativity(text, tokenize(text)).to_dict()
    assert data["flagged"] is True
    assert data["count"] == 1
    (remark,) = data["evidence"]
    assert text[remark["start"] : remark["end"]] == remark["text"] == "My boss was useless"
