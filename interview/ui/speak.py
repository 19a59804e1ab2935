"""A "read the question aloud" button using the browser's own speech synthesis.

The voice comes from the browser (`window.speechSynthesis`), so nothing is downloaded or
sent anywhere. The question text goes into the page's script as a JSON string with `<`,
`>` and `&` escaped, so no question text can close the script tag or inject markup.
"""

from __future__ import annotations

import json

import streamlit as st

_PAGE = """<!doctype html>
<html><body style="margin:0;font-family:sans-serif">
<button id="speak" type="button" style="padding:.35rem .8rem;border-radius:.5rem;
border:1px solid #bbb;background:#fff;cursor:pointer;font-size:.95rem">
<svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" style="vertical-align:-2px">
<path fill="currentColor" d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.47 4.47 0
0 0 16.5 12z"/></svg> Read the question aloud</button>
<script>
const text = __TEXT__;
const button = document.getElementById("speak");
if (!("speechSynthesis" in window)) {
  button.disabled = true;
  button.textContent = "Reading aloud is not available in this browser";
}
button.addEventListener("click", () => {
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.95;
  window.speechSynthesis.speak(utterance);
});
</script>
</body></html>"""


def script_string(text: str) -> str:
    """`text` as a JavaScript string literal that is safe inside a <script> element."""
    encoded = json.dumps(text)
    return encoded.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def read_aloud_page(text: str) -> str:
    """The small HTML page holding the read-aloud button for `text`."""
    return _PAGE.replace("__TEXT__", script_string(text))


def read_aloud_button(text: str) -> None:
    """Show the read-aloud button (in a small iframe: scripts do not run in page markup)."""
    st.iframe(read_aloud_page(text), height=44)
