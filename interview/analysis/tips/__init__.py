"""Coaching tips: what to change first, each quoting the sentence it is about.

`tip` defines one tip, `build.build_tips` orders every tip by what it would gain; the tips
about the story (STAR parts) are written in `story`, those about detail in `detail`.
"""
