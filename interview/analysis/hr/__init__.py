"""What an answer to an HR question should contain, family by family (see `content`).

`families` says which family a question belongs to, `checklist` and `phrases` what an
answer of that family should contain, `faults` what loses it points, and `content` reads an
answer against them and scores it.
"""

from interview.analysis.hr.content import HrContentReport, check_hr_content
from interview.analysis.hr.families import FAMILIES, family_of

__all__ = ["FAMILIES", "HrContentReport", "check_hr_content", "family_of"]
