"""Word lists for the specificity check, kept apart so the rules read on their own.

Every list is lower case. They are deliberately small and common: a word missing from a
list costs a few points of specificity, a wrong word in a list would accuse a candidate of
being vague when they were not, so only clear cases are listed.
"""

from __future__ import annotations

from interview.analysis.evidence import word_set
from interview.analysis.star.verb_lexicon import ACTION_VERBS, GENERIC_VERBS, OUTCOME_VERBS

# "zero" is a figure: "cut the backlog to zero" is the measure of a result, and a tip asked
# "by how much?" of it.
NUMBER_WORDS = word_set(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion dozen hundreds thousands millions billions
    dozens half twice double triple zero"""
)
# Words that only count as a number when a unit follows ("one week", "a few days" do not).
UNIT_ONLY_NUMBERS = word_set("one")
MAGNITUDES = word_set("hundred thousand million billion k m bn")
TIME_UNITS = word_set(
    """second seconds minute minutes hour hours day days week weeks month months year years
    quarter quarters sprint sprints shift shifts semester semesters weekend weekends"""
)
CURRENCY_WORDS = word_set("dollars dollar euros euro pounds pound usd eur gbp bucks")
CURRENCY_SIGNS = frozenset("$£€")
PERCENT_WORDS = word_set("percent percentage")
MONTHS = word_set(
    """january february march april may june july august september october november
    december"""
)
# Month names that are also everyday words: only a date next to a number.
AMBIGUOUS_MONTHS = word_set("march may")
WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday")

# Capitalised words that are not names of things.
NOT_NAMES = word_set(
    """i i'm i've i'd i'll ok okay mr mrs ms dr um uh so and but then also yes no oh star"""
)
# Tools and products people name in lower case too.
TOOLS = word_set(
    """python java javascript typescript golang rust kotlin swift excel jira confluence
    slack salesforce kubernetes docker react angular django flask postgres postgresql
    mysql sql nosql mongodb aws azure gcp tableau figma git github gitlab bitbucket zendesk
    hubspot sap terraform ansible linux kafka redis spark airflow snowflake looker notion
    trello asana zoom powerpoint quickbooks shopify wordpress photoshop jenkins grafana
    datadog sentry splunk pagerduty servicenow workday netsuite dynamics power-bi"""
)
# Tools whose names are everyday words too ("to excel in this role", "some slack"): only
# a capital makes them names.
EVERYDAY_TOOLS = word_set(
    """excel rust swift slack spark react notion dynamics zoom flask sentry looker workday
    angular snowflake docker"""
)
# Words that stand in for a name in sample answers ("XYZ Company", "Acme Ltd").
PLACEHOLDER_NAMES = word_set("xyz abc acme")

# Verbs that say what was done: every deed or outcome the STAR labeller knows except the
# generic ones, so a verb is never a strong action there and vague here by accident. Base
# forms are often nouns too ("a test", "the design"), so they count only after a subject,
# a modal or "to" ("I test", "we would migrate", "to rebuild").
CONCRETE_BASES = (ACTION_VERBS | OUTCOME_VERBS) - GENERIC_VERBS
CONCRETE_BASE_BEFORE = word_set(
    """i we you they i'd we'd i'll we'll would will could should can to then first also
    personally"""
)
# Verb phrases that hide what was actually done.
VAGUE_VERB_PHRASES: tuple[tuple[str, ...], ...] = (
    ("helped", "with"),
    ("helped", "out"),
    ("help", "with"),
    ("helping", "with"),
    ("worked", "on"),
    ("work", "on"),
    ("working", "on"),
    ("dealt", "with"),
    ("deal", "with"),
    ("dealing", "with"),
    ("was", "involved", "in"),
    ("were", "involved", "in"),
    ("got", "involved"),
    ("took", "care", "of"),
    ("looked", "into"),
    ("looking", "into"),
    ("participated", "in"),
    ("contributed", "to"),
    ("assisted", "with"),
    ("was", "part", "of"),
    ("were", "part", "of"),
    ("handled",),
    ("handle",),
    ("supported",),
    # Team cliches: they say everyone worked, not what anyone did.
    ("pulled", "together"),
    ("pull", "together"),
    ("pulling", "together"),
    ("mucked", "in"),
    ("pitched", "in"),
    ("got", "stuck", "in"),
    ("rallied", "round"),
    ("rallied", "around"),
)
# Words that stand in for details the listener wants.
VAGUE_WORD_PHRASES: tuple[tuple[str, ...], ...] = (
    ("and", "so", "on"),
    ("and", "stuff"),
    ("or", "something"),
    ("a", "lot"),
    ("a", "bunch"),
    ("things",),
    ("stuff",),
    ("lots",),
    ("various",),
    ("etc",),
    ("some",),
    ("many",),
    ("somehow",),
    ("something",),
    ("whatever",),
    # Stock phrases that tell a virtue instead of showing a deed ("I approached the
    # situation with empathy and understanding", "by actively addressing their concerns").
    ("actively",),
    ("effectively",),
    ("ultimately",),
    ("proactively",),
    ("with", "empathy"),
    ("clear", "and", "concise"),
    ("when", "appropriate"),
    ("the", "necessary"),
    ("in", "a", "timely", "manner"),
    ("best", "practices"),
    ("open", "communication"),
    ("effective", "communication"),
    ("common", "ground"),
    ("the", "importance", "of"),
)
# Words that report a change, for a result without a figure.
CHANGE_WORDS = word_set(
    """increased reduced cut grew doubled halved saved improved dropped fell rose raised
    lowered shortened faster slower fewer cheaper quicker tripled decreased boosted
    eliminated"""
)
FIRST_SINGULAR = word_set("i i'd i've i'll i'm")
FIRST_PLURAL = word_set("we we'd we've we'll we're")
