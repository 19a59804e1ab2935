"""Where an answer is cut into the chunks Whisper decodes (interview/speech/chunks.py)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview.speech.chunks import WINDOW_S, decode_chunks


@pytest.mark.parametrize(
    "regions,duration_s,chunks",
    [
        # Nothing heard, nothing decoded.
        ((), 5.0, ()),
        # A short answer: one chunk, reaching 1 s into the silence either side.
        (((2.0, 4.0), (5.0, 9.0)), 12.0, ((1.0, 10.0),)),
        # ...but not past the recording's ends.
        (((0.3, 4.0),), 4.5, ((0.0, 4.5),)),
        # Two chunks are needed: the cut falls in the longest pause (3 s, after 5 s),
        # not where the first window runs out, and each side gets half of it at most.
        (((0, 5), (8, 14), (14.2, 20), (20.1, 28), (28.2, 33)), 40.0, ((0, 6.0), (7.0, 34.0))),
        # Voice with no break longer than a window is cut into windows.
        (((0.0, 65.0),), 65.0, ((0.0, WINDOW_S), (WINDOW_S, 2 * WINDOW_S), (2 * WINDOW_S, 65.0))),
        # A chunk whose voice nearly fills the window keeps the padding that fits, evenly.
        (((0.5, 20.0), (21.0, 30.0)), 32.0, ((0.3, 30.2),)),
    ],
)
def test_chunks(
    regions: tuple[tuple[float, float], ...],
    duration_s: float,
    chunks: tuple[tuple[float, float], ...],
) -> None:
    got = decode_chunks(regions, duration_s)
    assert len(got) == len(chunks)
    for (start, end), (want_start, want_end) in zip(got, chunks, strict=True):
        assert (start, end) == (pytest.approx(want_start), pytest.approx(want_end))


def test_as_few_chunks_as_the_voice_fits_in() -> None:
    # 100 s of 2.5 s sentences with 0.5 s pauses: 4 windows are enough, never 5.
    regions = tuple((3.0 * i, 3.0 * i + 2.5) for i in range(34))
    assert len(decode_chunks(regions, 102.0)) == 4


@st.composite
def answers(draw: st.DrawFn) -> tuple[list[tuple[float, float]], float]:
    """Voice regions in order, as the voice detector gives them."""
    clock, regions = draw(st.floats(0, 3)), []
    for _ in range(draw(st.integers(0, 40))):
        length = draw(st.floats(0.05, 40))
        regions.append((clock, clock + length))
        clock += length + draw(st.floats(0.1, 6))
    return regions, clock + draw(st.floats(0, 3))


@given(answers())
def test_chunks_cover_all_voice_in_order_within_the_window(
    answer: tuple[list[tuple[float, float]], float],
) -> None:
    regions, duration_s = answer
    chunks = decode_chunks(regions, duration_s)
    for start, end in chunks:
        assert 0.0 <= start < end <= duration_s + 1e-9
        assert end - start <= WINDOW_S + 1e-9
    assert all(a[1] <= b[0] + 1e-9 for a, b in itertools.pairwise(chunks))
    for start, end in regions:  # every moment of voice lies in a chunk
        inside = sum(min(end, b) - max(start, a) for a, b in chunks if a < end and b > start)
        assert inside == pytest.approx(end - start, abs=1e-6)
