"""The phrases that show the elements of an HR answer, kept apart from the checklist.

Each constant is a set of alternatives (joined into one pattern by `checklist.phrases`)
that shows one element of `checklist.ELEMENTS`: where the speaker is now, a weakness
named, what it cost, a step taken, something specific about the employer. They are written
from how people talk about their work, not from any one answer, and every match is quoted
back to the user as evidence, so a phrase that matches too widely shows up in the report.
"""

from __future__ import annotations

NOW = (
    r"i'?m (?:a|an|currently|now|working|studying|in my|the|qualified|trained)"
    r"|i am (?:a|an|currently|now|working|studying|in my|the|qualified|trained)"
    r"|i work (?:as|at|in|for|on)|currently|at the moment|right now|these days"
    r"|for the (?:last|past) \w+ (?:years?|months?)|i'?ve (?:been|worked|spent|just)"
    r"|i have (?:been|worked|spent|just)|where i (?:now )?work|i(?:'ve| have)? just (?:finished"
    r"|graduated|completed)"
    r"|years? (?:of|in) (?:experience|\w+ work)|my (?:current )?(?:role|job|position) (?:is|as)"
)
DID = (
    r"led|built|launched|ran|opened|set up|designed|created|introduced|delivered|trained"
    r"|mentored|managed|grew(?! up)|cut|reduced|increased|raised|won|promoted|brought in|rewired"
    r"|training|leading|running|managing|building|looked at|dissertation|passed"
)
NEXT = (
    r"looking for|looking to|applying|applied|next step|this (?:role|job|position|post)"
    r"|your (?:\w+ )?(?:team|company|group|organi[sz]ation|firm|school|practice|hospital|store)"
    r"|(?:that'?s|which is) why|want to (?:move|grow|take|bring|build|use|work|do)"
    r"|hoping to|ready (?:for|to)|keen to|the work i want"
)
WEAK = (
    r"i (?:find|found) it (?:hard|difficult)|i (?:struggle|struggled)|i(?:'ve"
    r"| have)? had (?:trouble|difficulty)"
    r"|i (?:tend|tended) to|i can (?:be|get|sometimes)|i (?:often|sometimes|used to) \w+"
    r"|i put off|i keep quiet|(?:my|a) (?:greatest |biggest |main |real )?weakness (?:is|was"
    r"|has been)"
    r"|i'?m not (?:very |always |as |great |good )?(?:good|great|confident|comfortable|strong"
    r"|patient)"
    r"|i am not (?:very |always )?(?:good|confident|comfortable|strong|patient)"
    r"|not my strong(?:est)? (?:point|suit)|i don'?t (?:always|find it easy)"
    r"|i (?:rush|avoid|interrupt|overthink|procrastinate|worry|panic|over-prepare|say yes"
    r"|take on too|get (?:nervous|defensive|impatient|distracted|stressed|flustered))"
)
COST = (
    r"(?:which|that|this|it) (?:once )?(?:meant|means|led|leads|caused|causes|cost)"
    r"|cost (?:us|me|my|the)|meant that|ended up"
    r"|backfired|slow(?:ed|s)? (?:\w+ )?down|suffer(?:ed|s)?|bottleneck|(?:got|was|were|get) missed"
    r"|missed|burn(?:t|ed) out|got in the way|held (?:me|us|the team) back|(?:left|leaves) (?:a"
    r"|the|them|us|me)"
    r"|upset|had not followed|hadn'?t followed|fell behind|too late|late|stressed|overwhelmed"
    r"|take on (?:more|too much)|more than i could"
)
STEPS = (
    r"i (?:now|started|began|set|make|ask|block|write|book|review|plan|schedule|practi[sc]e"
    r"|took|joined|signed up|read|asked|agreed|delegate|use|keep a|open|say them)"
    r"|i(?:'ve| have) (?:been (?:working|using|practi[sc]ing|going)|taken|started|learn(?:ed|t)"
    r"|begun|joined|read|asked|set|used|booked|signed)"
    r"|(?:a|the) (?:course|courses|training|mentor|coach|checklist|list|card|club|book|books"
    r"|technique)"
    r"|time[- ]blocking|to (?:help|fix|improve|work on|tackle|address) (?:this|it|that|myself)"
)
BETTER = (
    r"since then|now i|i now|these days|than (?:i did|before|it was)|(?:a|one|two|six) (?:years?"
    r"|months?) ago"
    r"|made (?:great |good |real |some )?progress|(?:has|have|'ve) improved|improving"
    r"|getting better"
    r"|better at|something i (?:still )?(?:watch|work on)|no longer|fewer|less often|more often"
    r"|(?:says|said|told me|noticed) (?:she|he|they|that|i)|had never happened"
    r"|never happened before|ever since|since (?:then|that|we|i)|since(?=[\s.!]*$)"
    r"|(?:haven'?t|hasn'?t|have not|has not) (?:\w+ )?(?:missed|had|been late|lost|slipped)"
)
SPECIFIC_EMPLOYER = (
    r"you(?:'re| are)? (?:run|runs|offer|have|use|do|work|focus|specialise|specialize|train|promote"
    r"|serve|support|build|make|launched|opened|won|are known|treat|are moving|moving)"
    r"|your (?:\w+ ){0,2}(?:programme|program|scheme|approach|mission|values|training|depot|product"
    r"|products|service|services|reputation for|ward|school|stores?|shop|clinic|department"
    r"|charity|projects?|culture of|commitment|team does|staff|customers|patients|clients|vans)"
    r"|i (?:read|saw|noticed|heard|learned|learnt|know|liked|like|love|admire|understand) (?:that"
    r"|how|about|the way)"
    r"|i (?:typically|often|always) shop|the way (?:your|you|the staff)"
    r"|(?:the|this) (?:role|job|position|post) (?:involves|includes|combines|offers|means)"
)
OWN_FIT = (
    r"i'?ve (?:worked|spent|been|done|led|built|trained|got)|i have (?:worked|spent|been|done|led"
    r"|built|trained)"
    r"|my (?:experience|background|skills?|training|degree|qualification|current (?:role|job)"
    r"|licence)"
    r"|i'?m (?:trained|qualified|good at|experienced|certified)|years? (?:of|in|as|on)"
    r"|i (?:want|would like|'d like|hope) to (?:learn|grow|develop|move|use|build|get|work|become"
    r"|specialise|stay|be part)|(?:fits?|matches|suits) (?:my|what i)|i know this"
)
STRENGTH = (
    r"my (?:greatest |biggest |main |key |real )?strengths? (?:is|are|would be)|strength is"
    r"|i'?m (?:good|great|strong|skilled|very good|really good|calm|patient|organi[sz]ed|reliable"
    r"|thorough|persistent) (?:at|with|in)?|i am (?:good|great|strong|skilled) (?:at|with)"
    r"|i (?:can|know how to)|i(?:'m| am) (?:the kind of person|someone) who|i bring"
    r"|exactly what i(?:'ve)? (?:have )?done|what i do best|i'?m (?:trained|qualified"
    r"|certified) (?:in|as)"
    r"|i hold|i have my"
)
# "Last winter when our ward lost power ... I kept the patients settled" is an example too:
# any season, and a few everyday deeds, not only the office ones.
EXAMPLE = (
    r"for example|for instance|last (?:year|month|quarter|week|term|summer|winter|spring"
    r"|autumn|christmas|easter)|when i|once"
    r"|\d[\d,.]*%?|(?:won|earned|received) (?:an?|the)|promoted|i (?:wrote|led|built|brought"
    r"|cut|reduced|increased|grew|trained|opened|handled|resolved|saved|ran|managed|delivered"
    r"|launched|set up|kept|calmed|fixed|sorted|organi[sz]ed)|years? (?:of|in|as|doing)"
)
ROLE = (
    r"(?:this|the) (?:role|job|position|post|team)|you(?:'re| are) looking for|you need"
    r"|your (?:\w+ )?(?:team|customers|clients|patients|advert|ad|job description|company|business"
    r"|school|community|residents)|the advert|the job description|here|like yours"
    r"|from (?:my|the) first (?:week|day|month)"
)
