"""Whether a capitalised word is an everyday or a health-care word rather than a name ("Clinical", "Sprout",
"Cancer"), for words the given-name list does not know."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from bot.guardrails.phi_care import CARE, DRUG_SUFFIXES, MEDICAL_SUFFIXES
from bot.guardrails.phi_lexicon import PUBLIC_PREFIX
from bot.guardrails.phi_text import fold, words

# Health-care and organisation words that open or close the names of clinics, programmes and products.
_HEALTH_WORDS = frozenset(
    words("clinical cardiac cardiology surgical surgery spine spinal chiropractic allergy asthma recovery rehab detox "
          "wellness health healthcare medical medicine dental dentistry pediatric pediatrics orthopedic orthopedics "
          "hearing vision eye skin derma dermatology sleep heart lung kidney cancer oncology diabetes nutrition "
          "pharmacy lab labs imaging radiology therapy therapies physical behavioral mental care urgent family "
          "women children kids senior seniors ambassador ambassadors representative specialist specialists "
          "coordinator navigator survey study symposium summit forum sessions session foundation fund excellence "
          "award awards total platinum gold silver premier elite plus pro calle avenida camino salud centro clinica "
          "farmacia fundacion cuidado cuidados vida familia patient patients advocate relations experience services "
          "service team staff nurse nurses doctor manager director officer")
)
_TITLE = re.compile(PUBLIC_PREFIX.pattern.replace(r"\.?\s*$", "").replace(r"\b(?:", "(?:", 1))
# Endings of adjectives and abstract nouns that given names do not have.
_WORD_ENDINGS = (
    "ical", "ial", "nal", "ral", "ific", "ics", "iac", "ology", "ogy", "tion", "sion", "ment", "ness", "ence", "ance",
    "ity", "ive", "ous", "ism", "ship", "ary", "ory", "less", "ful", "able", "ible", "ium",
)


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The everyday English words that the readability library ships (Dale-Chall's list; its Spanish list is a
    frequency list that holds surnames, so it is not used)."""
    resource = resources.files("textstat") / "resources" / "en" / "easy_words.txt"
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip())


@lru_cache(maxsize=4096)
def is_common_word(token: str, given: bool = False) -> bool:
    """Whether a capitalised token is an everyday or a health-care word rather than a name: in the everyday word
    list (with a plural or verb ending taken off), a care, body, role, title or organisation word, or, for a
    given name, ending like an adjective or an abstract noun ("Clinical", "Cardiology", "Replacement")."""
    word = fold(token)
    easy = _easy_words()
    stems = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith(("es", "ed")) else word,
             word[:-3] if word.endswith("ing") else word}
    if stems & easy or word in _HEALTH_WORDS or word in CARE.exact or _TITLE.fullmatch(token):
        return True
    if word.endswith(MEDICAL_SUFFIXES + DRUG_SUFFIXES):
        return True  # "Tonsillectomy", "Metformin"
    return given and word.endswith(_WORD_ENDINGS)
