"""Text we did not write shows literally through st.markdown."""

from __future__ import annotations

import pytest

from interview.ui.text import md_escape


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Plain words", "Plain words"),
        ("**bold** and _it_", "\\*\\*bold\\*\\* and \\_it\\_"),
        ("# Heading", "\\# Heading"),
        ("[link](http://x)", "\\[link\\]\\(http\\:\\/\\/x\\)".replace("\\/", "/")),
        ("costs $5 or $6", "costs \\$5 or \\$6"),
        (
            "<script>alert(1)</script>",
            "\\<script\\>alert\\(1\\)\\<\\/script\\>".replace("\\/", "/"),
        ),
        ("two\n\nparagraphs", "two paragraphs"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped
