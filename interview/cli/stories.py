"""`interview stories`: the story bank from the terminal: add, list, show, tag, use, delete,
coverage.

Contracts (keys only ever added): `interview stories add --json` reads
`{"title", "situation", "task", "action", "result", "competencies"?}` from FILE or standard
input and prints `{"id", "competencies", "feedback"}`; `interview stories coverage --json`
prints `{"competencies": {name: [story ids]}, "uncovered": [...], "overused": [...]}`.
A story that does not check out is refused with `error: ...` and nothing is stored.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from interview.cli.terminal import printable
from interview.config import Settings
from interview.errors import AnswerError, InterviewError
from interview.models import STAR_PARTS

if TYPE_CHECKING:
    from interview.history.stories import StoryRecord, StoryStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stories", help="your prepared stories: add, list, show, delete, coverage"
    )
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    parser.set_defaults(handler=run_list)
    commands = parser.add_subparsers(dest="stories_command", metavar="ACTION")

    add = commands.add_parser("add", help="add a story from JSON, or from an attempt")
    add.add_argument("file", nargs="?", default="-", help="JSON file, or - for stdin")
    add.add_argument("--from-attempt", type=int, metavar="ID", help="start from this attempt")
    add.add_argument("--title", help="the title, with --from-attempt")
    add.add_argument("--json", action="store_true", help="print the result as JSON")
    add.set_defaults(handler=run_add)

    listing = commands.add_parser("list", help="list your stories")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="show one story with its feedback")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    _register_changes(commands)

    cover = commands.add_parser("coverage", help="which competencies your stories cover")
    cover.add_argument("--json", action="store_true")
    cover.set_defaults(handler=run_coverage)


def _register_changes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The sub-commands that change a stored story: delete, edit, tag, use."""
    delete = commands.add_parser("delete", help="delete one story")
    delete.add_argument("id", type=int)
    delete.set_defaults(handler=run_delete)

    edit = commands.add_parser("edit", help="rewrite a story from JSON (as for add)")
    edit.add_argument("id", type=int)
    edit.add_argument("file", nargs="?", default="-", help="JSON file, or - for stdin")
    edit.add_argument("--json", action="store_true", help="print the result as JSON")
    edit.set_defaults(handler=run_edit)

    tag = commands.add_parser("tag", help="set the competencies a story shows")
    tag.add_argument("id", type=int)
    tag.add_argument("competencies", nargs="+", metavar="COMPETENCY")
    tag.set_defaults(handler=run_tag)

    use = commands.add_parser("use", help="note that an attempt told this story")
    use.add_argument("id", type=int, help="story id")
    use.add_argument("attempt", type=int, help="attempt id")
    use.set_defaults(handler=run_use)


def _stories() -> StoryStore:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.history.stories import StoryStore  # noqa: PLC0415

    return StoryStore(open_store())


def _read_json(source: str) -> Any:
    from interview.cli.evaluate import read_answer  # noqa: PLC0415
    from interview.stories.draft import StoryError  # noqa: PLC0415

    try:
        text = read_answer(source)
    except AnswerError as exc:  # the reader speaks of answers; here it reads a story
        message = str(exc).replace("answer file", "story file")
        message = message.replace("a text file with the answer", "a JSON file with the story")
        raise StoryError(message) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterviewError(f"the story is not valid JSON ({exc})") from None


def run_add(args: argparse.Namespace) -> int:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.stories.bank import draft_from_attempt, save_story  # noqa: PLC0415
    from interview.stories.draft import draft_from_json  # noqa: PLC0415

    if args.from_attempt is not None:
        if not args.title:
            raise InterviewError("give the story a --title when you start it from an attempt")
        store = open_store()
        draft = draft_from_attempt(store, args.from_attempt, args.title)
        saved = save_story(store, draft, source_attempt_id=args.from_attempt)
    else:
        draft = draft_from_json(_read_json(args.file))
        saved = save_story(open_store(), draft)
    if args.json:
        print(json.dumps(saved.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(printable(f"Saved story {saved.story.id}: {saved.story.title}"))
    print(f"Competencies: {', '.join(saved.story.competencies) or '(none found)'}")
    for part in STAR_PARTS:
        print(f"  {part.capitalize():<10} {saved.feedback[part]['message']}")
    return 0


def _line(story: StoryRecord) -> str:
    return f"{story.id:>5}  {story.title[:50]:<50}  {', '.join(story.competencies)}"


def run_list(args: argparse.Namespace) -> int:
    stories = _stories().list_stories()
    if args.json:
        print(json.dumps([s.to_dict() for s in stories], ensure_ascii=False, indent=2))
        return 0
    if not stories:
        print("No stories yet. Add one with `interview stories add FILE` (JSON).")
        return 0
    print(f"{'id':>5}  {'title':<50}  competencies")
    for story in stories:
        print(printable(_line(story)))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from interview.stories.draft import draft_of  # noqa: PLC0415
    from interview.stories.feedback import story_feedback  # noqa: PLC0415

    story = _stories().get_story(args.id)
    parts = story.parts()
    try:
        feedback: dict[str, Any] | None = story_feedback(draft_of(story))
    except InterviewError as exc:
        if args.json:  # the JSON's "feedback" is always the advice: say why there is none
            raise
        # A story stored before its text was refused (another language) is still shown.
        feedback, reason = None, str(exc)
    if args.json:
        print(json.dumps({**story.to_dict(), "feedback": feedback}, ensure_ascii=False, indent=2))
        return 0
    print(printable(f"Story {story.id}: {story.title}"))
    print(f"Competencies: {', '.join(story.competencies)}")
    used = ", ".join(map(str, story.attempt_ids)) or "not yet"
    print(f"Used in attempts: {used}\n")
    if feedback is None:
        print(printable(f"No advice on this story: {reason}\n"))
    for part in STAR_PARTS:
        print(printable(f"{part.capitalize()}: {parts[part] or '(not written)'}"))
        if feedback is not None:
            print(f"  -> {feedback[part]['message']}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    _stories().delete_story(args.id)
    print(f"deleted story {args.id}")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.stories.bank import edit_story  # noqa: PLC0415
    from interview.stories.draft import draft_from_json  # noqa: PLC0415

    draft = draft_from_json(_read_json(args.file))
    saved = edit_story(open_store(), args.id, draft)
    if args.json:
        print(json.dumps(saved.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(printable(f"Saved story {saved.story.id}: {saved.story.title}"))
    return 0


def run_tag(args: argparse.Namespace) -> int:
    from interview.cli.history import open_store  # noqa: PLC0415
    from interview.stories.bank import retag_story  # noqa: PLC0415

    story = retag_story(open_store(), args.id, args.competencies)
    print(f"story {story.id} shows {', '.join(story.competencies)}")
    return 0


def run_use(args: argparse.Namespace) -> int:
    story = _stories().use_story(args.id, args.attempt)
    print(f"story {story.id} used in attempts {', '.join(map(str, story.attempt_ids))}")
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    from interview.questions import load_banks  # noqa: PLC0415
    from interview.stories.coverage import coverage  # noqa: PLC0415

    stories = _stories().list_stories()
    result = coverage(stories, load_banks(Settings.from_env()).questions)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return 0
    titles = {story.id: story.title for story in stories}

    def named(ids: Iterable[int]) -> str:  # "#1 Refund backlog", never a bare id read as a count
        return "; ".join(f"#{i} {titles.get(i, '')}".rstrip() for i in ids)

    for name, ids in result.competencies.items():
        print(printable(f"{name:<22} {named(ids) or '-- no story yet'}"))
    if result.overused:
        print(printable(f"\nStories asked to carry too much: {named(result.overused)}"))
    for name, question in result.nudges.items():
        article = "an" if name[:1] in "aeiou" else "a"
        nudge = f"Write {article} {name} story; practise it with {question.id}: {question.text}"
        print(printable(nudge))
    return 0
