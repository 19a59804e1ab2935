import pytest

from interview.analysis.length import length_score, measure_length

BEHAVIORAL = (60.0, 120.0)
HR = (30.0, 90.0)


@pytest.mark.parametrize(
    "words,band,verdict,seconds,score",
    [
        (100, BEHAVIORAL, "too_short", 40.0, 67),
        (150, BEHAVIORAL, "ok", 60.0, 100),
        (300, BEHAVIORAL, "ok", 120.0, 100),
        (450, BEHAVIORAL, "too_long", 180.0, 50),
        (700, BEHAVIORAL, "too_long", 280.0, 0),
        (50, HR, "too_short", 20.0, 67),
        (100, HR, "ok", 40.0, 100),
        (250, HR, "too_long", 100.0, 89),
    ],
)
def test_estimated_from_words_at_150_wpm(
    words: int, band: tuple[float, float], verdict: str, seconds: float, score: int
) -> None:
    report = measure_length(words, band_s=band)
    assert (report.verdict, report.seconds, report.score) == (verdict, seconds, score)
    assert report.estimated is True


def test_a_given_duration_wins_over_the_estimate() -> None:
    report = measure_length(100, band_s=BEHAVIORAL, duration_s=75.0)
    assert (report.seconds, report.estimated, report.verdict) == (75.0, False, "ok")


def test_wpm_is_a_knob() -> None:
    assert measure_length(100, band_s=BEHAVIORAL, wpm=100.0).seconds == 60.0


@pytest.mark.parametrize("seconds,score", [(0.0, 0), (30.0, 50), (60.0, 100), (121.0, 99)])
def test_length_score_edges(seconds: float, score: int) -> None:
    assert length_score(seconds, BEHAVIORAL) == score


def test_to_dict() -> None:
    assert measure_length(150, band_s=BEHAVIORAL).to_dict() == {
        "word_count": 150,
        "seconds": 60.0,
        "estimated": True,
        "wpm": 150.0,
        "band_s": [60.0, 120.0],
        "verdict": "ok",
        "score": 100,
    }
