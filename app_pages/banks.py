"""Question banks: browse and search every question, add your own, import a spreadsheet."""

import streamlit as st

from interview.errors import InterviewError
from interview.models import COMPETENCIES, QUESTION_KINDS
from interview.practice.wording import kind_name, name_of, plural
from interview.questions import ROLES, filter_questions, load_banks
from interview.questions.csv_import import CSV_COLUMNS, LIST_SEPARATOR
from interview.ui import catalog, feedback, practice_events, question_form, resources, state
from interview.ui.text import md_escape, show_error

for key, empty in question_form.EMPTY.items():
    st.session_state.setdefault(key, empty)

st.title("Question banks")
state.show_flash()
settings = resources.settings()
bank_set = load_banks(settings)
catalog.bank_problems(bank_set.errors)

browse, add, upload = st.tabs(["Browse", "Add a question", "Import a CSV"])

with browse:
    query = st.text_input("Search", key="banks_search", placeholder="e.g. deadline, conflict")
    left, middle, right = st.columns(3)
    kinds = left.multiselect("Kind", QUESTION_KINDS, format_func=kind_name, key="banks_kind")
    competencies = middle.multiselect(
        "Competency", COMPETENCIES, format_func=name_of, key="banks_competency"
    )
    roles = right.multiselect("Role", ROLES, format_func=name_of, key="banks_role")
    shown = catalog.search(
        filter_questions(bank_set, kind=kinds, competencies=competencies, role=roles), query
    )
    st.caption(f"{len(shown)} of {len(bank_set.questions)} questions")
    for question in shown[:50]:
        named = f"{kind_name(question.kind)}, {name_of(question.competency)}"
        with st.expander(f"{md_escape(question.text)}  ·  {named}"):
            st.caption(
                f"id `{question.id}` · difficulty {question.difficulty} · "
                f"roles: {', '.join(map(name_of, question.roles))} · "
                f"{question.think_seconds} s to think, {question.answer_seconds} s to answer"
            )
            feedback.question_notes(question)
            if st.button(
                "Practise this question",
                key=f"banks_practise_{question.id}",
                on_click=practice_events.start_question,
                args=(question.id,),
            ):
                st.switch_page(state.PAGE_PRACTICE)
    if len(shown) > 50:
        st.caption("Showing the first 50; search or filter to narrow the list.")

with add:
    if st.session_state.get(question_form.ERROR):
        show_error(st.session_state[question_form.ERROR])
    with st.form("banks_add_form"):
        st.text_area("Question", key=question_form.TEXT, max_chars=500)
        left, middle, right = st.columns(3)
        left.selectbox("Kind", QUESTION_KINDS, format_func=kind_name, key=question_form.KIND)
        middle.selectbox(
            "Competency", COMPETENCIES, format_func=name_of, key=question_form.COMPETENCY
        )
        right.select_slider("Difficulty", (1, 2, 3), key=question_form.DIFFICULTY)
        st.multiselect("Roles", ROLES, format_func=name_of, key=question_form.ROLES)
        st.text_area(
            "Key points (optional; 2 to 5, one per line)",
            key=question_form.KEY_POINTS,
            help="What a good answer covers; shown after you answer.",
        )
        st.text_area("Follow-up questions (one per line, optional)", key=question_form.FOLLOW_UPS)
        st.text_input("Tip (optional)", key=question_form.TIP, max_chars=200)
        st.form_submit_button("Add question", key="banks_add", on_click=question_form.add)

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
