"""Question banks: browse and search every question, add your own, import a spreadsheet."""

import streamlit as st

from interview.errors import InterviewError
from interview.models import COMPETENCIES, QUESTION_KINDS
from interview.practice.wording import plural
from interview.questions import ROLES, add_custom_question, filter_questions, load_banks
from interview.questions.csv_import import CSV_COLUMNS, LIST_SEPARATOR
from interview.ui import catalog, feedback, resources
from interview.ui.text import md_escape, show_error

st.title("Question banks")
settings = resources.settings()
bank_set = load_banks(settings)
catalog.bank_problems(bank_set.errors)

browse, add, upload = st.tabs(["Browse", "Add a question", "Import a CSV"])

with browse:
    query = st.text_input("Search", key="banks_search", placeholder="e.g. deadline, conflict")
    left, middle, right = st.columns(3)
    kinds = left.multiselect("Kind", QUESTION_KINDS, key="banks_kind")
    competencies = middle.multiselect("Competency", COMPETENCIES, key="banks_competency")
    roles = right.multiselect("Role", ROLES, key="banks_role")
    shown = catalog.search(
        filter_questions(bank_set, kind=kinds, competencies=competencies, role=roles), query
    )
    st.caption(f"{len(shown)} of {len(bank_set.questions)} questions")
    for question in shown[:50]:
        with st.expander(f"{md_escape(question.text)}  ·  {question.kind}, {question.competency}"):
            st.caption(
                f"id `{question.id}` · difficulty {question.difficulty} · "
                f"roles: {', '.join(question.roles)} · {question.think_seconds} s to think, "
                f"{question.answer_seconds} s to answer"
            )
            feedback.question_notes(question)
    if len(shown) > 50:
        st.caption("Showing the first 50; search or filter to narrow the list.")

with add, st.form("banks_add_form", clear_on_submit=False):
    text = st.text_area("Question", key="banks_new_text", max_chars=500)
    left, middle, right = st.columns(3)
    kind = left.selectbox("Kind", QUESTION_KINDS, key="banks_new_kind")
    competency = middle.selectbox("Competency", COMPETENCIES, key="banks_new_competency")
    difficulty = right.select_slider("Difficulty", (1, 2, 3), value=2, key="banks_new_difficulty")
    new_roles = st.multiselect("Roles", ROLES, default=["general"], key="banks_new_roles")
    key_points = st.text_area(
        "Key points (optional; 2 to 5, one per line)",
        key="banks_new_key_points",
        help="What a good answer covers; shown after you answer.",
    )
    follow_ups = st.text_area(
        "Follow-up questions (one per line, optional)", key="banks_new_follow_ups"
    )
    tip = st.text_input("Tip (optional)", key="banks_new_tip", max_chars=200)
    if st.form_submit_button("Add question", key="banks_add"):
        try:
            added = add_custom_question(
                settings,
                text=text,
                kind=kind,
                competency=competency,
                roles=new_roles,
                difficulty=difficulty,
                key_points=catalog.lines(key_points),
                follow_ups=catalog.lines(follow_ups),
                tip=tip.strip(),
            )
        except InterviewError as exc:
            show_error(str(exc))
        else:
            st.success(
                f"Added “{md_escape(added.text)}” (id `{added.id}`). "
                "It is now in your practice pool."
            )

with upload:
    st.markdown(
        f"Columns: `{', '.join(CSV_COLUMNS)}`. `text`, `kind` and `competency` are required; "
        f"separate list items (roles, follow-ups, key points) with `{LIST_SEPARATOR}`. "
        "Good rows are imported, and each bad row is listed with its line number."
    )
    sheet = st.file_uploader("CSV file", type=["csv"], key="banks_import_file")
    if st.button("Import", key="banks_import", disabled=sheet is None) and sheet is not None:
        try:
            report = catalog.import_upload(settings, sheet.name, sheet.getvalue())
        except InterviewError as exc:
            show_error(str(exc))
        else:
            if report.questions:
                where = md_escape(str(report.bank_path))
                st.success(f"Imported {plural(len(report.questions), 'question')} into {where}.")
            for note in report.duplicates:
                st.info(md_escape(note))
            for message in report.errors:
                show_error(message)
