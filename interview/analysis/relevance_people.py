"""Whether a story has anyone else in it, for questions about dealing with another person.

"Tell me about a conflict with a co-worker", "... an upset customer", "... explaining
something to someone": each asks about another person. A story in which nobody but the
speaker appears (a fridge that broke, a report that was late) cannot answer it, however well
it is told, and that is evidence a coach sees at once, where word lists only guess. So for
these topics the relevance check (`relevance`) asks whether the answer names anyone: a
word for a person or a group ("colleague", "she", "the guest"), a capitalised word inside a
sentence, or one opening it that is not a common opener ("Ana", "Dan and I argued"). The
test is generous on purpose (any "they", any such word counts), so a real answer is almost
never taken for one without people. "We" and "our" do not count, since they are the
speaker's own side, not the other person, and a job title counts only after "the" ("the
engineer came", not "as a sous chef").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from interview.analysis.evidence import TextSpan, word_set
from interview.analysis.specificity.words import MONTHS, NOT_NAMES, WEEKDAYS
from interview.analysis.tokens import Token

# Topics whose questions are about another person: the competency's name, as in the banks.
COUNTERPART_TOPICS = frozenset({"conflict", "customer-focus", "communication"})
PEOPLE_WORDS = word_set(
    """he she him her his hers they them their theirs someone somebody everyone everybody
    anyone nobody people person colleague colleagues coworker coworkers co-worker
    co-workers manager managers boss supervisor supervisors customer customers client
    clients patient patients guest guests team staff member members parent parents pupil
    pupils student students child children kid kids resident residents caller callers
    tenant tenants user users man woman lady gentleman men women girl boy mum mom dad
    mother father family friend friends teammate teammates director owners partner
    partners audience stakeholder stakeholders buyer shopper visitor passenger diner"""
)
# Job titles: another person after "the" ("the engineer came"), often the speaker after
# "as a" ("as a sous chef"), so only the first counts.
_TITLES = word_set(
    """chef chefs nurse nurses doctor doctors driver drivers engineer engineers porter
    porters officer officers cleaner cleaners receptionist technician technicians
    electrician plumber joiner contractor contractors inspector surveyor vet pharmacist
    teacher teachers assistant assistants lead owner"""
)
_THE = word_set("the his her their your")
# Capitalised words that name no one: the speaker, days, months, holidays.
_NO_ONE = word_set("i i'm i'd i've i'll christmas easter") | MONTHS | WEEKDAYS | NOT_NAMES
# Words that open a sentence without naming anyone; any other capitalised opener may be a
# name ("Dan and I argued"), and so is taken as one.
_OPENERS = word_set(
    """the a an one two three then so when after before in on at we it this that there
    these those our my last every but and as because by during for from if once since to
    with while yes no well okay right now later next first finally what how why who where
    all most some each both not nothing everything something lots half within over under
    until what's it's that's there's we'd we're we've here"""
)


def names_someone(tokens: Sequence[Token], sentences: Sequence[TextSpan]) -> bool:
    """Whether the answer names a person or a group other than the speaker's "we"."""
    starts = [sentence.start for sentence in sentences]
    openers = {bisect.bisect_left([t.start for t in tokens], start) for start in starts}
    for i, token in enumerate(tokens):
        if token.lower in PEOPLE_WORDS:
            return True
        if token.lower in _TITLES and i and tokens[i - 1].lower in _THE:
            return True
        if not token.text[:1].isupper() or token.lower in _NO_ONE:
            continue
        if i not in openers or not (token.lower in _OPENERS or token.lower.endswith("ly")):
            return True
    return False
