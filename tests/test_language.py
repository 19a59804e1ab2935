"""An answer clearly in another language is refused with a plain message, never scored as
if it were a vague English answer (`analysis.language`); English, however terse, is read."""

from __future__ import annotations

import pytest

from interview.analysis import analyse
from interview.errors import AnswerError


@pytest.mark.parametrize(
    "answer",
    [
        "El año pasado en la tienda un cliente se quejó del precio. Hablé con él y le "
        "devolví la diferencia.",
        "Letztes Jahr hat sich ein Kunde im Laden beschwert. Ich habe mit ihm gesprochen und "
        "es war gut.",
        "W zeszłym roku klient w sklepie skarżył się na cenę. Porozmawiałem z nim i oddałem "
        "różnicę.",
    ],
)
def test_an_answer_in_another_language_is_refused_plainly(answer: str) -> None:
    with pytest.raises(AnswerError, match="does not look like English"):
        analyse(answer, question="Tell me about a time you helped a customer.")


@pytest.mark.parametrize(
    "answer",
    [
        "Yes.",
        "Python, SQL, Excel, Tableau, Power BI, Jira, Confluence, Git and Docker.",
        "Led the migration. Cut costs 20%. Hired 4 engineers. Shipped v2 early.",
        "I worked at Café de la Paz in Madrid for two years, serving tapas to big groups.",
    ],
)
def test_terse_or_borrowed_english_is_still_read(answer: str) -> None:
    assert analyse(answer, question="Tell me about yourself.", kind="hr").score >= 0


def test_a_hesitant_spoken_answer_full_of_um_is_read_as_english() -> None:
    # "um" is also Portuguese for "a": a nervous answer whose transcript was mostly "um"
    # was refused as "does not look like English" instead of getting its feedback.
    # Whisper wrote about 110 of them for the 30 s espeak answer that showed it.
    answer = "Um, um, I, um, so, " + "um, " * 100 + "I don't, um, the project, uh, finished."
    assert analyse(answer, question="Tell me about a time you led a team.").score >= 0
