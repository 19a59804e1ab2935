"""The committed real recordings (tests/data/speech): each one usable and accounted for.

Every clip needs its verbatim reference, a known source with a licence that allows it to be
committed, and that source described in the README beside the clips (where it comes from,
its licence, what was changed). These checks read the files only; no model runs here.
"""

from __future__ import annotations

import re

import av
import pytest
from real_speech import DATA, RATE, SOURCES, every_clip

README = (DATA / "README.md").read_text()
# The licences a clip may be committed under (see the README's entries).
ALLOWED_LICENCES = {"CC BY 4.0", "CC BY-SA 4.0", "CC0", "public domain"}
# Clips stay short: long enough to hold a sentence, short enough to keep the folder small.
SHORTEST_S, LONGEST_S = 4.5, 30.5
FOLDER_LIMIT_BYTES = 5_000_000


def readme_section(source: str) -> str:
    """The README section whose heading names the clips of `source` (as `source-*`, or the
    clip's own file name)."""
    sections = re.split(r"^## ", README, flags=re.MULTILINE)[1:]
    named = [s for s in sections if f"`{source}-" in s.splitlines()[0]]
    assert len(named) == 1, f"the README needs one section headed with `{source}-...`"
    return named[0]


@pytest.mark.parametrize("name", [c.name for c in every_clip()])
def test_every_clip_has_a_reference_and_a_described_licence(name: str) -> None:
    clip = next(c for c in every_clip() if c.name == name)
    assert clip.reference, f"{name}.txt is empty"
    assert clip.source in SOURCES, f"{name}: no entry in real_speech.SOURCES"
    licence = SOURCES[clip.source].licence
    assert licence in ALLOWED_LICENCES
    licence_lines = re.findall(r"^- Licence: .*", readme_section(clip.source), re.MULTILINE)
    assert licence_lines, f"the README's section for {name} has no '- Licence:' line"
    assert licence.lower() in licence_lines[0].lower()


def test_every_reference_has_its_recording() -> None:
    recordings = {path.stem for path in DATA.glob("*.flac")}
    references = {path.stem for path in DATA.glob("*.txt")}
    assert references == recordings


@pytest.mark.parametrize("name", [c.name for c in every_clip()])
def test_every_clip_is_short_16_khz_mono_flac(name: str) -> None:
    clip = next(c for c in every_clip() if c.name == name)
    with av.open(str(clip.path)) as container:
        stream = container.streams.audio[0]
        assert (stream.codec_context.name, stream.rate, stream.channels) == ("flac", RATE, 1)
        assert container.duration is not None
        seconds = container.duration / av.time_base
    assert SHORTEST_S <= seconds <= LONGEST_S


def test_each_speaker_comes_from_one_source() -> None:
    """`answer(speaker)` joins a speaker's clips into one answer of one source."""
    sources: dict[str, set[str]] = {}
    for clip in every_clip():
        sources.setdefault(clip.speaker, set()).add(clip.source)
    assert all(len(found) == 1 for found in sources.values()), sources


def test_the_folder_stays_small() -> None:
    assert sum(path.stat().st_size for path in DATA.iterdir()) <= FOLDER_LIMIT_BYTES


def test_held_out_clips_stay_out_of_what_the_tests_use() -> None:
    """Held-out sources are measured by the benchmark only, never seen by a test."""
    from real_speech import clips, held_out_clips

    held_out = {c.name for c in held_out_clips()}
    assert held_out, "the held-out set is empty"
    assert held_out.isdisjoint(c.name for c in clips())
    assert held_out | {c.name for c in clips()} == {c.name for c in every_clip()}
    assert all(SOURCES[c.source].held_out for c in held_out_clips())
