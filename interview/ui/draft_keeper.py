"""Keeping a typed answer safe while it is typed: sent to the server every few seconds.

Streamlit's text area tells the server its value only when it loses focus, so a reload or
a crashed tab would lose everything typed since. This small component (Streamlit's
components v2, inline JavaScript, no visible element) reads the answer box every
`EVERY_MS` and when the page is hidden, and sends it when it changed; the page saves it as
the session's draft. A click on a link to another page waits (at most `HOLD_MS`) until the
server has the draft, because Streamlit drops a page's unsent values when it switches. It
lives in a fragment, so a save reruns only the fragment, never the text area being typed in.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

EVERY_MS = 2000
HOLD_MS = 1500
JS = """
export default function (component) {
  const { setTriggerValue, data } = component;
  const w = window;
  if (w.__practiceDraftStop) w.__practiceDraftStop();
  // Drawn again with the server's draft: a page change waiting for this save may go on.
  const pending = w.__practiceDraftPending;
  if (pending && data.saved === pending.text) pending.go();
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
  // Another page: Streamlit forgets this page's unsent values when it switches, so hold the
  // click until the server has the draft (or for at most HOLD_MS), then let it through.
  const leaving = (event) => {
    const link = event.target.closest("a");
    const el = box();
    if (!link || w.__practiceDraftPassing || !el || el.value === data.saved) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const text = el.value;
    const go = () => {
      if (w.__practiceDraftPending !== held) return;
      w.__practiceDraftPending = null;
      clearTimeout(held.timer);
      w.__practiceDraftPassing = true;
      link.click();
      w.__practiceDraftPassing = false;
    };
    const held = { text, go, timer: setTimeout(() => go(), data.hold) };
    w.__practiceDraftPending = held;
    last = null;
    send();
  };
  const timer = setInterval(send, data.every);
  document.addEventListener("visibilitychange", hidden);
  window.addEventListener("pagehide", send);
  document.addEventListener("click", leaving, true);
  const stop = () => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", hidden);
    window.removeEventListener("pagehide", send);
    document.removeEventListener("click", leaving, true);
  };
  w.__practiceDraftStop = stop;
  return stop;
}
"""
_keeper = st.components.v2.component("interview_draft_keeper", js=JS)


@st.fragment
def draft_keeper(label: str, saved: str, keep: Callable[[str], None]) -> None:
    """Watch the text area labelled `label`; call `keep(text)` when its text changes."""
    result = _keeper(
        key="practice_draft_keeper",
        data={"label": label, "saved": saved, "every": EVERY_MS, "hold": HOLD_MS},
        on_draft_change=lambda: None,
        height=0,
    )
    draft = result.get("draft") if result is not None else None
    if isinstance(draft, str):
        keep(draft)
