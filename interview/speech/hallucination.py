"""Tell the words Whisper heard from the words it made up, one decoded stretch at a time.

Voice activity detection keeps silence from the model, but hums, buzzes and music can pass
it, and then Whisper writes what its training captions put there: "Yeah.", "Mm." and, with
our filler-seeded prompt, "Uh, uh," or "Hmm." a hundred times over. Invented fillers are
the worst error this product can make, so each decoded segment is judged on the scores
Whisper gives it:

- a repetition loop compresses far better than speech (Whisper's own limit is 2.4);
- a made-up segment is one the model thinks is probably not speech *and* whose words it
  doubts: no-speech probability over 0.3, and no-speech probability minus the average
  token log-probability over 1.0. Whisper's own rule (over 0.6 and under -1.0) is one
  corner of this region.

Measured on the bundled tiny.en with the filler prompt: on 261 generated clips with no
speech (tones, buzzes, music, noise bursts, white and pink noise) it invented 40 segments;
this rule drops all but one "Mm-hmm." that scored like speech (no-speech 0.15). On 342
segments of espeak-ng speech (four voices, three speeds, clean and under pink noise at
about 10 and 20 dB SNR, lone "Um." and "Yes." included) it drops none: the highest
no-speech probability minus log-probability was 0.87, the highest compression ratio 1.7.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

MAX_COMPRESSION_RATIO = 2.4
MIN_NO_SPEECH_PROB = 0.3
MAX_DOUBT = 1.0


def is_hallucination(
    *, no_speech_prob: float, avg_logprob: float, compression_ratio: float, text: str = ""
) -> bool:
    """Whether a decoded segment with these scores was made up rather than heard.

    `text` is only logged, so a user who misses words can see what was dropped.
    """
    made_up = compression_ratio > MAX_COMPRESSION_RATIO or (
        no_speech_prob > MIN_NO_SPEECH_PROB and no_speech_prob - avg_logprob > MAX_DOUBT
    )
    if made_up:
        logger.info("dropped a segment Whisper made up: %r", text[:80])
    return made_up
