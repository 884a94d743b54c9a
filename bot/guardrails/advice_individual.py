"""Care told to one person in public, in any wording: a care directive, a named condition, a reassurance.

advice.py runs these only on a reply to one person (an @handle, "Hi Dana", "Marco, ..."). Three classes:
- a care directive: an imperative care verb on something health-related ("wrap it and keep walking on it",
  "drink cranberry juice and take AZO", "put her by the window");
- a diagnosis: a condition named as theirs ("that burning is a UTI for sure", "sounds like a pulled hamstring");
- a reassurance or skipped care: "isn't a big deal", "will clear up on its own", "you don't need stitches",
  "don't bother calling", "skip the bilirubin check".
A hedge that sends them to a clinician ("please call us", "see your doctor") clears the post (advice.py).
"""

from __future__ import annotations

from bot.guardrails.advice_lexicon import MEDICAL_WORD, MEDICINE
from bot.guardrails.claim_text import Dual

_W = r"[\w'’-]+"
# Home care and over-the-counter things a reply might tell someone to use.
_CARE_THING = (
    r"(?:ice|heat|a\s+heating\s+pad|a\s+warm\s+compress|a\s+cold\s+compress|compress(?:es)?|humidifier|vaporizer"
    r"|cranberry\s+juice|juice|honey|fluids|water|electrolytes|gatorade|pedialyte|salt\s+water|saline|neti\s+pot"
    r"|ointment|cream|lotion|vaseline|aloe|bandage|band-?aid|splint|brace|sling|wrap|tape|crutches|azo|tylenol"
    r"|advil|motrin|aleve|benadryl|zyrtec|claritin|excedrin|pepto|imodium|tums|miralax|melatonin|epsom\s+salts?"
    r"|hielo|compresas?|agua|líquidos|suero|pomada|crema|vendaje|venda|manzanilla|té)"
)
_CARE_VERB = (
    r"(?:take|use|try|give|put|apply|drink|rest|ice|wrap|stretch|massage|soak|elevate|avoid|run|grab|pop|start"
    r"|keep\s+(?:using|taking|walking|doing|putting|giving|applying)|walk\s+it\s+off|sleep\s+it\s+off|tough\s+it\s+out"
    r"|push\s+through|stay\s+off|cut\s+out|switch\s+to|butterfly|bandage|tape|splint|squeeze|pop|drain|lance"
    r"|tome|tómese|toma|use|usa|dele|dale|póngale|póngase|ponle|aplique|aplíquese|beba|bebe|descanse|descansa"
    r"|evite|evita|frote|frota|dé|dé\s+le)"
)
# An imperative care verb opening a clause, on a thing, a medicine, a body part or "it".
CARE_DIRECTIVE = Dual(
    rf"(?:^|[.!?,;:]\s*|\b(?:and|then|just|simply|y|luego|solo)\s+)(?P<verb>{_CARE_VERB})\b(?!\s+(?:us|me)\b)"
    rf"(?:\s+{_W}){{0,4}}?\s+(?:{_CARE_THING}|{MEDICINE}|{MEDICAL_WORD}|it|them|her|him|on\s+it)\b"
)
_CONDITION = (
    rf"(?:{MEDICAL_WORD}|croup|uti|jaundice|shin\s+splints|pulled\s+\w+|torn\s+\w+|sprained\s+\w+|meniscus|tendon\w*"
    r"|ligament|acl|strep|mono|thrush|colic|reflux|eczema|hives|cyst|wart|stye|sinus\s+infection|ear\s+infection"
    r"|infección\s+urinaria|varicela|gastritis|alergia|migraña|esguince|torcedura|infección)"
)
DIAGNOSIS = Dual(
    rf"\b(?:that(?:'s|\s+is)|it(?:'s|\s+is)|this\s+is)\s+(?:definitely|clearly|obviously|classic|textbook|almost\s+certainly"
    rf"|most\s+likely|probably)\s+(?:an?\s+)?(?:{_W}\s+)?{_CONDITION}\b"
    rf"|\b(?:that(?:'s|\s+is)|it(?:'s|\s+is)|this\s+is|sounds\s+like|looks\s+like|is|are|es|son|tiene|tienes)\s+"
    rf"(?:(?:definitely|clearly|obviously|probably|likely|just|only|classic|textbook|typical|almost\s+certainly"
    rf"|most\s+likely|seguramente|claramente|solo|sólo)\s+)*(?:an?\s+|una?\s+)?(?:{_W}\s+)?{_CONDITION}\b"
    r"(?=[^.!?\n]{0,30}\b(?:for\s+sure|no\s+doubt|definitely|seguro|sin\s+duda)\b|[^!?\n]{0,60}\b(?:take|use|try|give"
    r"|put|apply|drink|rest|ice|wrap|skip|start|stop|grab|keep|continue|finish|no\s+need|don'?t\s+need|tome|dele|use"
    r"|no\s+hace\s+falta)\b)"
)
REASSURANCE = Dual(
    r"\b(?:isn'?t|is\s+not|'s\s+not|are\s+not|aren'?t)\s+(?:a\s+)?(?:big\s+deal|broken|serious|dangerous|infected)\b"
    r"|\b(?:will|should|'ll)\s+(?:clear\s+up|go\s+away|heal|resolve|settle\s+down|get\s+better)\s+(?:on\s+(?:its|their)"
    r"\s+own|by\s+(?:itself|themselves)|without\s+treatment)"
    r"|\b(?:it'?s|that'?s|is|are)\s+(?:totally\s+|perfectly\s+|completely\s+)?normal\s+(?:for|to|after)\s+(?:your|a|the"
    r"|her|his)\b"
)
SKIP_CARE = Dual(
    r"\b(?:you\s+)?(?:don'?t|do\s+not|won'?t)\s+(?:really\s+)?need\s+(?:stitches|a\s+cast|an?\s+x-?ray|a\s+visit"
    r"|an\s+appointment|to\s+(?:come\s+in|be\s+seen|see\s+(?:a|the|your)\s+\w+|go\s+(?:in|to)\s+\w+|call)|the\s+er"
    r"|urgent\s+care|antibiotics|a\s+doctor|a\s+specialist|a\s+checkup|a\s+check-up|to\s+get\s+it\s+checked)\b"
    r"|\bdon'?t\s+bother\s+(?:calling|coming|going|with\s+(?:the|a|an)\b)"
    r"|\bskip\s+(?:the|your|her|his|that)\s+(?:\w+\s+)?(?:check|checkup|check-up|visit|appointment|test|scan|er"
    r"|doctor|follow-?up|labs?|ultrasound|x-?ray)\b"
)
# "It's safe to take Tylenol while nursing", "you can go back to running next week", "you should stop the iron":
# permission or instruction about their own care.
_ACT = (
    r"(?:take|use|give|keep|stop|skip|quit|mix|combine|double|eat|drink|fly|exercise|run|lift|drive|swim|go\s+back"
    r"|return|start|continue|try|put|apply|switch|breastfeed|nurse|pump|travel|work\s+out|tomar|usar|dar|dejar|seguir"
    r"|comer|beber|volar|hacer\s+ejercicio|amamantar|manejar)"
)
PERMISSION = Dual(
    rf"\b(?:it'?s|it\s+is|that'?s|you'?re|you\s+are|es|está)\s+(?:totally\s+|perfectly\s+|completely\s+|100%\s+)?"
    rf"(?:safe|fine|ok|okay|good|alright|seguro|bien)\s+(?:for\s+(?:you|her|him|them)\s+)?(?:to|para|que)\s+{_ACT}\b"
    rf"|\byou\s+(?:can|could|should|may)\s+(?:safely\s+|definitely\s+|totally\s+|absolutely\s+|just\s+|still\s+)?"
    rf"{_ACT}\b(?!\s+(?:us|our|by|in\s+to|the\s+(?:clinic|office)))"
    rf"|\b(?:puede|puedes)\s+(?:seguir\s+)?{_ACT}\b"
)
# Said to the public about a symptom: "Fever under 103? No need to see a doctor." Care to skip that a symptom may need.
PUBLIC_SKIP_CARE = Dual(
    r"\b(?:(?:there'?s\s+)?no\s+need\s+to|(?:you\s+)?(?:don'?t|do\s+not|won'?t)\s+(?:really\s+)?need\s+to|don'?t\s+bother"
    r"(?:\s+to)?)\s+(?:see|call|visit|go\s+to|come\s+in|be\s+seen|get\s+(?:it\s+)?checked)\b(?:\s+(?:a|an|the|your)\s+"
    r"(?:\w+\s+)?(?:doctor|er|emergency\s+room|urgent\s+care|pediatrician|specialist|clinician|dentist|dermatologist))?"
    r"|\bskip\s+(?:the\s+)?(?:er|emergency\s+room|urgent\s+care|doctor)\b"
    r"|\bno\s+(?:hace\s+falta|necesita\w*|es\s+necesario)\s+(?:ir\s+al\s+(?:médico|doctor|pediatra)|ir\s+a\s+urgencias"
    r"|llevarl[oa]\s+al\s+(?:médico|pediatra|doctor))\b"
)
SYMPTOM = Dual(
    rf"\b(?:{MEDICAL_WORD}|fever|fiebre|cough|tos|rash|vomit\w*|diarrh\w*|bleeding|sangrado|swelling|hinchazón|wheez\w*"
    r"|chest\s+pain|dizz\w*|faint\w*|bite|mordida|mordedura|burn|quemadura|cut|lump|bump|sprain|symptoms?|síntomas?)\b"
)
# "Rest up and call us if it gets worse": care that comes with a referral is the general kind.
REFERRAL = Dual(
    r"\b(?:call|message|dm|text|contact|see|visit)\s+(?:us|our|your\s+(?:doctor|provider|pediatrician|clinician|dentist"
    r"|pharmacist)|a\s+(?:doctor|provider|clinician))\b|\b(?:come\s+(?:in|see\s+us)|book\s+(?:a|an)\s+(?:visit|appointment)"
    r"|give\s+us\s+a\s+call|llám\w+|llame|venga|visítenos|consulte)\b"
)
