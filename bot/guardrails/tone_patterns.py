"""The patterns of the `tone` check: insults, profanity, sarcasm and mockery, personal political attacks.

English and Spanish. Words with an innocent clinical or everyday sense ("lazy eye", "counting sheep",
"hospital clowns", "entitled to a copy") are matched only in the forms that insult.
"""

from __future__ import annotations

import re

from bot.guardrails.disclosure_scan import Rule, Scanner

_I = re.IGNORECASE

INSULT = re.compile(
    r"\b(?:idiot(?:s|ic)?|stupid(?:ity)?(?!\s+questions?)|dumb(?:ass)?(?!\s+questions?)|morons?|moronic|imbeciles?|brainless|brain-?dead|brainwashed|"
    r"sheeple|anti-?vaxx?ers|cowards?|cowardly|spineless|pathetic|losers?|crybab(?:y|ies)|snowflakes?|ignorant|ignoramus(?:es)?|"
    r"(?<!april\s)fools|foolish|whin(?:y|ers?)|drama\s+queens?|hypochondriacs?|drug[- ]seekers?|pill[- ]seekers?|"
    r"crazies|lunatics?|psychos?(?!-)|nut\s?jobs?|freaks|disgrace(?:ful)?|shameful|liars?|incompetent(?!\s+cervix)|heartless|"
    r"greedy|"
    r"corrupt|clueless|halfwits?)\b"
    r"|\b(?:should|ought\s+to)\s+be\s+(?:ashamed|embarrassed)\b|\bshame\s+on\b|\bget\s+a\s+life\b|\bshut\s+up\b"
    r"|\bgrow\s+up,?\s+(?:already|people|folks)\b"
    r"|\bwake\s+up,?\s+(?:sheep|people|folks|america)\b|\b(?:you|like|bunch\s+of|these|those|dumb)\s+sheep\b"
    r"|\b(?:you|bunch\s+of|these|those|what\s+a|such\s+a|total|complete)\s+(?:clowns?|fools?|freaks?)\b"
    r"|\b(?:a|such\s+a|total|typical|those|these|another)\s+karen\b|\bkarens\b|,\s*(?-i:Karen)\b(?=\s*[.!?]|$)"
    r"|\b(?:so|such|these|those)\s+entitled\b|\bentitled\s+(?:brats?|people|patients|parents|karens?)\b"
    r"|\bfrequent\s+fl[yi]ers?\b(?!\s+(?:miles|program|points|card|club))"
    r"|\b(?:you(?:'re|’re|\s+are)?|so|too|just|plain|bunch\s+of|these|those)\s+lazy\b"
    r"|\blazy\s+(?:patients?|people|parents|bums?)\b"
    r"|\b(?:real|total|such\s+a|quite\s+a)\s+piece\s+of\s+work\b|\b(?:a|such\s+a|total|another|clearly\s+a|just\s+a)\s+"
    r"trolls?\b|\btrolls\b|\bget\s+(?:your|a)\s+(?:act\s+together|grip)\b"
    # Spanish
    r"|\b(?:idiotas?|est[uú]pid[oa]s?|tont[oa]s|imb[eé]ciles?|ignorantes|borreg[oa]s|cobardes?|payasos|"
    r"mentiros[oa]s|sinverg[uü]enzas?|corrupt[oa]s|flojos|hipocondr[ií]ac[oa]s|estupidez|estupideces)\b"
    r"|\bqu[eé]\s+verg[uü]enza\b|\bdeber[ií]an?\s+(?:darles?\s+)?(?:verg[uü]enza|avergonzarse)\b|\bdespierten,?\s+borregos\b",
    _I,
)
INSULT_ANCHORS = (
    "idiot", "stupid", "dumb", "moron", "imbecil", "brain", "sheep", "coward", "spineless", "pathetic", "loser",
    "crybab", "snowflake", "ignora", "fool", "whin", "drama queen", "hypochondr", "seeker", "crazies", "lunatic",
    "psycho", "nut job", "nutjob", "freak", "disgrace", "shame", "liar", "incompetent", "heartless", "greedy",
    "corrupt", "clueless", "halfwit", "ashamed", "embarrassed", "get a life", "shut up", "grow up", "clown",
    "entitled", "frequent fl", "lazy", "karen", "antivax", "anti-vax", "idiota", "estúpid", "estupid", "tont",
    "imbécil", "borreg", "cobarde", "payaso", "mentiros", "sinverg", "verg", "flojos", "hipocondr", "piece of work",
    "troll", "act together", "get a grip",
)

PROFANITY = re.compile(
    r"\b(?:fuck\w*|motherfuck\w*|shit\w*|bullshit|damn(?:it|ed)?|goddamn\w*|asshole\w*|jackass|bitch\w*|bastards?|"
    r"crap(?:py)?|pissed|piss|wtf|stfu|omfg|screw\s+you)\b"
    r"|\b(?:the|what\s+the|go\s+to|hell\s+no|like)\s+hell\b|\bhell\s+no\b"
    r"|\b(?:load\s+of|that['’]s|such|total|pure|complete)\s+(?-i:BS)\b|\bbull\s?crap\b"
    r"|(?-i:\b(?:annoying|tired|exhausted|done|busy|cold|hot|crazy|slow|wild|stressed|sick|extra|petty)\s+af\b)"
    r"|\bf[*#@$%!]{2,}[a-z]*|\bf[*#]ck\w*|\bsh[*#@$%!]t\w*|\bs[*#@$%!]{2,}t\b|\$#!t"
    r"|\b(?:mierda|carajo|joder|jodid[oa]s?|pendej[oa]s?|puta|puto|coño|ching\w+|cabr[oó]n(?:es)?|culero)\b"
    r"|🖕",
    _I,
)
PROFANITY_ANCHORS = (
    "fuck", "shit", "damn", "asshole", "jackass", "bitch", "bastard", "crap", "piss", "wtf", "stfu", "omfg",
    "screw you", "hell", "f*", "f#", "f@", "f$", "f%", "f!", "sh*", "sh#", "sh!", "sh@", "sh$", "sh%", "s*", "s#",
    "$#", "mierda", "carajo", " bs", "bull", " af",
    "joder", "jodid", "pendej", "puta", "puto", "coño", "ching", "cabr", "culero", "🖕",
)

# Sarcasm or mockery aimed at a person: a reviewer, a patient, the public.
SARCASM = re.compile(
    r"\bjust\s+sayin[g']?\b|\b(?:maybe|perhaps)\s+if\s+you(?:'d|’d|\s+had|\s+would|\s+did|\s+actually|\s+just|"
    r"\s+listened|\s+followed|\s+read)\b|\bmaybe\s+next\s+time,?\s+(?:you(?:['’]ll)?\s+(?:read|listen|remember|check|follow|"
    r"show\s+up|won['’]t)|try\s+(?:reading|listening|showing))\b"
    r"|\bforgive\s+(?:us|me)\s+for\s+(?!bragging|gushing|boasting|showing)\w+ing\b"
    r"|\bimagine\s+(?:thinking|believing|being\s+(?:so|this))\b|\bapparently,?\s+(?:some\s+people|you|somebody|someone)\b"
    r"|\b(?:clearly|obviously),?\s+you\s+(?:didn't|did\s+not|don't|never|have\s+no)\b|\bthanks\s+for\s+nothing\b"
    r"|\bgood\s+luck\s+with\s+that\b|\bbless\s+(?:your|his|her|their)\s+(?:heart|hearts)\b|\bfun\s+game\s*:"
    r"|\bact(?:s|ing)?\s+(?:all\s+)?(?:shocked|surprised)\b|\bok(?:ay)?,?\s+boomer\b|\bdo\s+you\s+even\b"
    r"|\blearn\s+to\s+read\b"
    r"|\b(?:google|youtube|tiktok|internet|facebook)[- ]?(?:certified|degree|doctor|md|university|expert)\b"
    r"|\bdr\.?\s+google\b|\boh\s+joy\b|\boh\s+sure,?\s+(?:because|that|you)\b|\byeah,?\s+right\b|\bmust\s+be\s+nice\b"
    r"|\b(?:lol|lmao|rofl|haha+)\s+(?:at\s+)?(?:the|this|that|these|those|all\s+the)\s+(?:\w+\s+)?(?:patients?|guy|"
    r"lady|ladies|woman|man|mom|dad|people|reviewers?|parents?)\b|\blaughing\s+at\b"
    r"|\btry\s+reading\b|\b(?:nobody|no\s+one)\s+cares\b|\bcry\s+me\s+a\s+river\b|\bboo[- ]?hoo\b"
    r"|\bget\s+over\s+(?:it|yourself)\b|\bcool\s+story\b|\bby\s+all\s+means,?\s+(?:keep|continue|go\s+ahead)\b"
    r"|\b(?:the|these|those|our|you)\s+geniuses\b|\b(?:can't|can’t|cannot|can\s+not)\s+(?:follow|read|understand)\s+"
    r"(?:simple|basic|a\s+simple)\b|\bread\s+a\s+book\b|\bgoogl(?:e|ing)\s+less\b|\bnext\s+time,?\s+maybe\b"
    r"|(?:^|(?<=[.!?]\s))(?:shocking|shocker|surprise,\s+surprise|colou?r\s+me\s+shocked|go\s+figure)[.!]"
    r"|\b(?:were|was)\s+you\s+even\s+listening\b|,\s*(?:genius|einstein|sherlock|smart\s+guy)\b"
    r"|\bsi\s+(?:usted\s+)?hubiera\b|\bpor\s+si\s+no\s+lo\s+sab[ií]as?\b|\bn[oó]tese\s+el\s+sarcasmo\b"
    r"|\bno\s+molest(?:e|en)\b|\bc[oó]mase\s+su\b",
    _I | re.MULTILINE,
)
SARCASM_ANCHORS = (
    "just sayin", "maybe if", "maybe next", "perhaps if", "forgive", "imagine", "apparently",
    "clearly", "obviously", "thanks for nothing", "good luck with that", "bless", "fun game", "shocked", "surprised",
    "boomer", "do you even", "learn to read", "even listening", "genius", "einstein", "sherlock", "smart guy",
    "hubiera", "por si no", "google", "youtube", "tiktok", "internet", "facebook", "dr google", "dr. google",
    "oh sure", "oh joy", "yeah", "must be nice", "lol", "lmao", "rofl", "haha", "laughing at", "try reading",
    "nobody cares", "no one cares", "cry me", "boo", "get over", "cool story", "by all means", "geniuses",
    "follow simple", "follow basic", "read simple", "understand simple", "read a book", "google less",
    "googling less", "next time", "shock", "surprise, surprise", "color me", "colour me", "go figure",
    "sarcasmo", "molest", "cómase", "comase",
)

# Sarcasm at reviewers and complainers: thanks for a one-star review, "forgive us if we don't", "maybe try reading".
REVIEWER_SARCASM = re.compile(
    r"\b(?:thanks|thank\s+you)(?:\s+so\s+much)?\s+for\s+(?:the|your|that)\s+(?:[\w-]+\s+){0,2}?(?:1|one)[- ]star\b"
    r"|\b(?:insightful|helpful|brilliant|thoughtful|fascinating|lovely|riveting)\s+(?:[\w-]+\s+)?(?:1|one)[- ]star\b"
    r"|\bbold\s+(?:move|take|choice)\b(?=[^.!?\n]{0,60}\b(?:you|your|from|when|blaming)\b)|\breading\s+is\s+fundamental\b"
    r"|\b(?:forgive|excuse|pardon)\s+(?:us|me)\s+if\s+(?:we|I)\s+(?:don't|don’t|do\s+not|can't|can’t)\b"
    r"|\b(?:we['’]ll|we\s+will|I['’]ll)\s+get\s+right\s+on\s+(?:it|that|moving|\w+ing)\b"
    r"|\bmaybe\s+(?:the|a|some)\s+[\w-]+\s+will\s+do\s+you\s+(?:some\s+)?good\b"
    r"|\bmaybe\s+(?:try|bring|read|consider|plan|learn|show\s+up)\b[^.!?\n]{0,80}\?"
    r"|\bif\s+you(?:['’]d|\s+had|\s+would\s+have)\s+(?:actually\s+|just\s+|bothered\s+to\s+|even\s+)?(?:read|listened|"
    r"looked|checked|followed|paid\s+attention|shown\s+up|showed\s+up|taken|done)\b"
    r"|\bpro\s+tip,?\s+(?:sir|ma['’]?am|buddy|pal|bro|folks|people)\b|\btook\s+you\s+out\b"
    r"|\b(?:truly\s+a\s+|real\s+|what\s+a\s+)?(?:genius|galaxy[- ]brain|big[- ]brain|smooth)\s+move\b"
    r"|\bthe\s+audacity\b|\bcry\s+(?:harder|more|about\s+it)\b|\b(?:real|very|so)\s+classy\b",
    _I,
)
REVIEWER_SARCASM_ANCHORS = (
    "thanks", "thank you", "insightful", "helpful", "brilliant", "thoughtful", "fascinating", "lovely", "riveting",
    "bold move", "bold take", "bold choice", "fundamental", "forgive", "excuse", "pardon", "get right on", "maybe",
    "if you", "pro tip", "took you out", "move", "audacity", "cry ", "classy",
)

# Scare quotes around a word that doubts or mocks a person: our "favorite" patient, your 'emergency'.
SCARE_QUOTES = re.compile(
    r"(?:(?<=\s)|^)[\"“'‘](?:favou?rite|experts?|research|emergency|emergencies|pain|sick|allergic|allergy|doctor|"
    r"stud(?:y|ies)|science|patient|symptoms?|injury|illness|sick\s+day)[\"”'’]",
    _I | re.MULTILINE,
)

# Attacks on politicians or voters (insults in political posts are also caught as insults).
POLITICAL = re.compile(
    r"\bblood\s+on\s+(?:his|her|their|your)\s+hands\b|\bline\s+(?:his|her|their)\s+(?:own\s+)?pockets\b"
    r"|\bbought\s+and\s+paid\s+for\b|\bin\s+the\s+pockets?\s+of\b|\b(?:libtards?|demonrats?|repugs?|rethuglicans?|"
    r"commies|fascists?|traitors?)\b",
    _I,
)
# Callousness pinned on someone: a political attack when the post is about politics (else left alone).
CALLOUS = re.compile(
    r"\b(?:doesn't|doesn’t|don't|don’t|does\s+not|do\s+not|couldn't|couldn’t)\s+(?:even\s+)?care\s+"
    r"(?:if|whether|about)\b|\b(?:rather|sooner)\s+(?:fund|pay\s+for|protect|give\s+tax\s+breaks)\b",
    _I,
)
# Words that make an insult in the same post a political attack.
POLITICAL_CONTEXT = re.compile(
    r"\b(?:senators?|sen\.|congress\w*|governor|mayor|president|politicians?|lawmakers?|legislat\w+|vot(?:e|ed|ers?|ing)|"
    r"commissioners?|council\w*|statehouse|officials?|budget|"
    r"ballot|democrats?|republicans?|liberals?|conservatives?|gop|administration|campaign|election|senado\w*|"
    r"gobernador\w*|alcalde\w*|presidente|pol[ií]tic[oa]s?|votaron|votantes?|elecciones)\b",
    _I,
)
POLITICAL_ANCHORS = (
    "blood on", "pockets", "bought and paid", "pocket of", "libtard", "demonrat", "repug", "rethug", "commies",
    "fascist", "traitor",
)

TONE = Scanner(
    [
        Rule("insult", INSULT_ANCHORS, INSULT, before=25, after=30),
        Rule("profanity", PROFANITY_ANCHORS, PROFANITY, before=12, after=20),
        Rule("sarcasm", SARCASM_ANCHORS, SARCASM, before=10, after=40),
        Rule("sarcasm", REVIEWER_SARCASM_ANCHORS, REVIEWER_SARCASM, before=30, after=100),
        Rule("sarcasm", ('"', "“", "‘", " '", "\n'"), SCARE_QUOTES, before=1, after=20),
        Rule("political", POLITICAL_ANCHORS, POLITICAL, before=20, after=110),
        Rule("callous", ("care if", "care whether", "care about", "rather ", "sooner "), CALLOUS, before=25, after=30),
    ]
)

# Eye-roll, facepalm, clown: mockery when the post points at people.
MOCKING_EMOJI = re.compile("🙄|🤦|😒|🤡|💅")
PEOPLE = re.compile(
    r"\b(?:you|your|you're|patients?|people|anyone|everyone|folks|some\s+of\s+you|they|he|she|his|him|her|sir|"
    r"ma'?am|guy|gentleman|lady|man|woman|dude|reviewer|caller|usted|ustedes|pacientes?|gente|señora?|caballero)\b",
    _I,
)
# Laughter: mockery when aimed at someone singled out (below), not at a staff party or a kind review.
LAUGHTER = re.compile(
    "😂|🤣|💀"
    r"|\b(?:lol|lmao|lmfao|rofl|haha\w*)\b|\b(?:is|are|was|were|all|everyone['’]s|been)\s+laughing\b|\bwe\s+see\s+you\b",
    _I,
)
# Smirks, sass and retorts: mockery when aimed at someone singled out, or at a reviewer or a complaint.
SASS = re.compile(
    "🙃|💅|🙄|🤦|😒|🤡|🥴"
    r"|\byou['’]re\s+welcome\b(?!\s+to\b)"
    r"|\b(?:it['’]s|this\s+is|esto\s+es|es)\s+(?:a|an|un|una)\s+[\w-]+,?\s+(?:[\w']+,?\s+)?(?:not|no)\s+(?:a|an|un|una)\s+[\w-]+"
    r"|\b(?:this|esto|it|the\s+(?:ER|ED|emergency\s+room|hospital|clinic)|urgencias)\s+(?:is\s+not|isn['’]t|no\s+es)\s+"
    r"(?:a|an|un|una)\s+(?:[\w-]+\s+)?(?:hotel|restaurant|restaurante|spa|diner|buffet|resort|drive-?thru|salon|"
    r"sal[oó]n|pharmacy|daycare|hangout|spa)\b",
    _I,
)
# Someone singled out: "the guy in bed 7", "the gentleman insisting", "patients who show up with", "to the reviewer
# who".
SINGLED_OUT = re.compile(
    r"\b(?:the|this|that|al|el|la)\s+(?:[\w-]+\s+)?(?:guy|gentleman|lady|dude|gal|caller|reviewer|customer|señor|señora|"
    r"caballero|muchacho)\b"
    r"|\b(?:[\w-]+)\s+(?:in|from|de\s+la|del)\s+(?i:room|bed|bay|chair|apt|habitaci[oó]n|cama|cuarto)\s+\d+"
    r"|\b(?:patients|people|folks|clients|parents|those|anyone|everyone)\s+(?:who|that|que)\s+(?!(?:use|get|have|are|can)\b)"
    r"|\bthe\s+(?:patient|client|customer|person|mom|dad|man|woman|parent|reviewer|caller)\s+who\b"
    r"|\bto\s+(?:the|all\s+the|everyone)\s+(?:[\w-]+\s+)?(?:reviewers?|person|people|patients?|callers?|parents?)\s+who\b",
    _I,
)
# A reviewer or a complaint: sass aimed there is sarcasm at a reviewer.
COMPLAINT = re.compile(
    r"\b(?:1|one)[- ]star\b|\b(?:review|reviewer|complain\w*|yell\w*|whoever|quej\w+|rese[ñn]a)\b", _I
)
# Cheap substring tests that must pass before the patterns above and below are tried on a post.
LAUGHTER_HINTS = ("😂", "🤣", "💀", "lol", "lmao", "lmfao", "rofl", "haha", "laughing", "we see you")
SASS_HINTS = ("🙃", "💅", "🙄", "🤦", "😒", "🤡", "🥴", "not a", "not an", "no es", "no un", "isn't a", "isn’t a",
              "welcome")
VOCATIVE_HINTS = ("buddy", "pal", "sweet", "honey", "hon", "bro", "dude", "champ", "chief", "genius", "einstein",
                  "sherlock", "princess", "sir", "ma'am", "ma’am", "maam", "mij", "cariño", "carino")
POLITICAL_INSULT_HINTS = ("clown", "puppet", "crook", "cronies", "stooge", "donor buddies", "vote ", "a joke")
# Pet names and mock titles used to talk down to someone: "Buddy, ...", "..., sweetie 💅", "pro tip sir".
VOCATIVE = re.compile(
    r"(?:^|[,.!?:;]\s*|\b(?:tip|hey|oh)\s+)(?:buddy|pal|sweetie|sweetheart|honey|hon|bro|dude|champ|chief|genius|einstein|"
    r"sherlock|princess|sir|ma['’]?am|mija|mijo|cari[ñn]o)(?=\s*(?:[,.!?:;]|$|[^\w\s]))",
    _I | re.MULTILINE,
)
# Insults that are only insults in politics ("the clown" is a friend on the children's ward).
POLITICAL_INSULT = re.compile(
    r"\b(?:the|this|that|a|these|those|corrupt|total)\s+(?:clowns?|puppets?|crooks?|cronies|stooges?)\b"
    r"|\bdonor\s+buddies\b|\bvote\s+(?:the|these|this|that)\s+[\w-]+\s+out\b|\bis\s+a\s+joke\b",
    _I,
)
# An all-capitals phrase that shouts back a word just written in lower case: "for a hangnail. A HANGNAIL."
CAPS_RUN = re.compile(r"\b[A-Z][A-Z' ]{3,}[A-Z]\b")
ECHO_WINDOW = 80
