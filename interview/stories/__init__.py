"""Stories and follow-ups: the user's prepared examples, and the interviewer's next question.

The face of the package. `bank` checks and stores stories (with competencies suggested by
`competencies` and feedback from `feedback`), `coverage` sets them against the competencies,
`matching` finds the stories that fit a question, `follow_ups` chooses the next question
from what an answer lacked, `judging` judges its answer and `drills` records it. Storage is
in `interview.history.stories`.
"""
