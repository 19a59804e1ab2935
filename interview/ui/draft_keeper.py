"""Keeping a typed answer safe while it is typed: sent to the server every few seconds.

Streamlit's text area tells the server its value only when it loses focus, so a reload or
a crashed tab would lose everything typed since. This small component (Streamlit's
components v2, inline JavaScript, no visible element) reads the answer box every
`EVERY_MS` and whenever the page is hidden or a link (another page) is pressed, and sends it when it
changed; the page saves it as the session's draft. It lives in a fragment, so a save
reruns only the fragment, never the text area being typed in.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

EVERY_MS = 2000
JS = """
export default function (component) {
  const { setTriggerValue, data } = component;
  if (window.__practiceDraftStop) window.__practiceDraftStop();
  let last = data.saved;
  const box = () => document.querySelector(`textarea[aria-label="${data.label}"]`);
  const send = () => {
    const el = box();
    if (el && el.value !== last) {
      last = el.value;
      setTriggerValue("draft", last);
    }
  };
  const hidden = () => { if (document.visibilityState === "hidden") send(); };
  const pressed = (event) => { if (event.target.closest("a")) send(); };
  const timer = setInterval(send, data.every);
  document.addEventListener("visibilitychange", hidden);
  window.addEventListener("pagehide", send);
  document.addEventListener("pointerdown", pressed, true);
  const stop = () => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", hidden);
    window.removeEventListener("pagehide", send);
    document.removeEventListener("pointerdown", pressed, true);
  };
  window.__practiceDraftStop = stop;
  return stop;
}
"""
_keeper = st.components.v2.component("interview_draft_keeper", js=JS)


@st.fragment
def draft_keeper(label: str, saved: str, keep: Callable[[str], None]) -> None:
    """Watch the text area labelled `label`; call `keep(text)` when its text changes."""
    result = _keeper(
        key="practice_draft_keeper",
        data={"label": label, "saved": saved, "every": EVERY_MS},
        on_draft_change=lambda: None,
        height=0,
    )
    draft = result.get("draft") if result is not None else None
    if isinstance(draft, str):
        keep(draft)
