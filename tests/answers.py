"""Answers shared by the tests of the analysis tips: each is a case issue 2 names.

VAGUE_STORY is issue 2's vague telling (a hedged task, "we"-only actions, a result with
nothing in it); TEACHER is a short but complete, specific story.
"""

VAGUE_STORY = (
    "So, um, at my last job we had a lot of problems with the release process and stuff. "
    "I was kind of responsible for helping with it. "
    "We worked on various things and basically it got better. "
    "I think things worked out in the end."
)

TEACHER = (
    "Two years ago I had a Year 9 class whose reading scores were the lowest in the school. "
    "As their English teacher it was my job to get them reading at their age level by summer. "
    "I set up paired reading sessions three times a week and met each parent in October. "
    "By July, 21 of the 28 students had reached their reading age."
)

# A story in Spanish, stored before answers in another language were refused (or brought in
# by an import): the Stories page and `stories show` show it and say why there is no advice.
SPANISH_STORY_PARTS = {
    "situation": "El año pasado en la tienda un cliente se quejó del precio de la comida.",
    "task": "",
    "action": "Hablé con él y le devolví la diferencia en el momento con una sonrisa.",
    "result": "",
}
