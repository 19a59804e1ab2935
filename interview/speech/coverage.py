"""Which stretches of voice came out as no words at all.

faster-whisper's batched decoding cuts the voice into chunks of up to 30 s and decodes each
chunk in one pass, without timestamps. Sequential decoding moves on from the last
timestamp when Whisper stops writing early; the batched pass has no such step, so when
Whisper ends a chunk's text early (after a laugh, a long breath or a hard word) everything
after that in the chunk is lost. On a real 62 s answer with breaths and laughter about 20
words went missing that way, inside stretches the voice detector had marked as speech,
and the delivery report turned the hole into an 11.5 s pause.

So every transcript is checked against the voice regions: a stretch of voice that no word
covers is decoded once more on its own, sequentially (which does continue after an early
stop), and what still gives no words is reported as unintelligible rather than dropped in
silence. Short stretches (a cough, a laugh, a breath under 1 s) are not reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from interview.speech.vad import Region

# A word "covers" voice this close to its edges: Whisper's word times are a little off.
WORD_TOLERANCE_S = 0.3
# Uncovered voice shorter than this is a breath, a laugh, a cough or word times a little
# off (on real meeting speech, 0.6-0.8 s stretches were that, and decoding them again only
# added wrong words), not lost words.
MIN_UNCOVERED_S = 1.0
# Uncovered stretches this close together are decoded (and reported) as one.
JOIN_GAP_S = 1.0


def uncovered(
    regions: Sequence[Region],
    words: Iterable[tuple[float, float]],
    *,
    tolerance_s: float = WORD_TOLERANCE_S,
    min_s: float = MIN_UNCOVERED_S,
) -> tuple[Region, ...]:
    """The parts of the voice `regions` that no (start, end) word comes near, in order."""
    covers = sorted((start - tolerance_s, end + tolerance_s) for start, end in words)
    pieces: list[Region] = []
    for start, end in regions:
        pieces.extend(_subtract(start, end, covers))
    return tuple(piece for piece in _join(pieces, covers) if piece[1] - piece[0] >= min_s)


def _subtract(start: float, end: float, covers: Sequence[Region]) -> list[Region]:
    """(start, end) minus the sorted `covers`."""
    left: list[Region] = []
    cursor = start
    for cover_start, cover_end in covers:
        if cover_end <= cursor:
            continue
        if cover_start >= end:
            break
        if cover_start > cursor:
            left.append((cursor, cover_start))
        cursor = max(cursor, cover_end)
        if cursor >= end:
            break
    if cursor < end:
        left.append((cursor, end))
    return left


def _join(
    pieces: Sequence[Region], covers: Sequence[Region], gap_s: float = JOIN_GAP_S
) -> list[Region]:
    """Pieces less than `gap_s` apart as one, unless a word lies between them: short wordless
    bits either side of heard words are not one unintelligible stretch over those words (on
    a hesitant answer, 0.3 s bits around three "um"s were reported as 4.3 s of voice that
    could not be made out, and that time was left out of the pace though its words counted).
    """
    joined: list[Region] = []
    for start, end in pieces:
        word_between = joined and any(
            joined[-1][1] <= cover_start and cover_end <= start for cover_start, cover_end in covers
        )
        if joined and start - joined[-1][1] < gap_s and not word_between:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def rounded(regions: Iterable[Region]) -> tuple[Region, ...]:
    """Regions to the millisecond, as a transcript keeps them."""
    return tuple((round(float(start), 3), round(float(end), 3)) for start, end in regions)
