"""Names that are neither a patient's nor a staff member's: pets, community members named by their role, and
capitalised words that are part of an organisation's name.

- a pet: "Meet Biscuit 🐶", "Biscuit, our therapy dog", "He's a certified facility dog" in the next sentence;
- a community member by role: "Mr. Okonkwo, the band teacher at ...", "crossing guard Mrs. Lee", "Ms. Ruiz and
  her fourth graders" (roles from data/phi_roles.txt), unless the post speaks of their care next to them;
- the author of a cited study: "a study by R. Okafor and colleagues", "Lindqvist et al.";
- an organisation: "Centro de Salud Vida", "Clínica Esperanza" (a Spanish organisation word before the name).
"""

from __future__ import annotations

import re

from bot.guardrails.phi_care import CARE, PERSONAL_CARE
from bot.guardrails.phi_lexicon import ICASE, PET_AFTER, PET_BEFORE
from bot.guardrails.phi_name_candidates import Candidate
from bot.guardrails.phi_name_slots import previous_word
from bot.guardrails.phi_text import TextIndex, words
from bot.guardrails.phi_unique import roles

_PET_WORDS = (
    r"(?:dog|cat|pup|puppy|kitten|pet|mascot|horse|pony|bunny|rabbit|parrot|pooch|retriever|labrador|lab|doodle|"
    r"poodle|shepherd|terrier|spaniel|beagle|collie|corgi|dachshund|husky|greyhound|perro|perrita|perrito|gato|"
    r"gatito|mascota)"
)
_PET_VOCABULARY = frozenset(
    words("dog dogs cat cats pup pups puppy kitten pet pets mascot horse pony bunny rabbit parrot pooch retriever "
          "labrador lab doodle poodle shepherd terrier spaniel beagle collie corgi dachshund husky greyhound perro "
          "perrita perrito gato gatito mascota")
)
_PET_EMOJI = re.compile(r"\s*[(\-–—,!:]?\s*[🐶🐕🐩🦮🐾🐱🐈🐴🐎🐰🐇🦜]")
# "He's a certified therapy dog", "Biscuit is our facility pup", "Es nuestra perrita de terapia".
_PET_PREDICATE = re.compile(
    r"\b(?:he|she|it|this|él|ella|es)(?:['’]s|\s+is|\s+was)?\s+(?:a|an|our|the|one\s+of\s+our|un|una|nuestr[oa])\s+"
    r"(?:[\w-]+\s+){0,3}?" + _PET_WORDS + r"\b",
    ICASE,
)
_PET_REACH = 240  # characters after a name searched for "she's our therapy dog" (a long run-on sentence stays cheap)
# After a name: ", the band teacher", ", our longtime crossing guard", ", un maestro de".
_ROLE_APPOSITION = re.compile(
    r",\s+(?:the|our|a|an|his|her|their|el|la|un|una|nuestr[oa])\s+(?P<words>(?:[\w'’-]+\s+){0,3}[\w'’-]+)"
)
# After a name: the group a community member leads ("and his fifth graders", "y sus alumnos").
_LEADS_A_GROUP = re.compile(
    r"\s+(?:and|&|y)\s+(?:his|her|their|sus?)\s+(?:[\w-]+\s+){0,2}?(?:students|class|classes|graders|scouts|troop|"
    r"team|players|choir|band|congregation|members|volunteers|crew|club|alumnos|estudiantes|equipo|coro)\b",
    ICASE,
)
# The author of a cited study or book: "a 2023 study by R. Okafor and colleagues", "Lindqvist et al. (2021)".
_AUTHOR_BEFORE = re.compile(
    r"\b(?:(?:study|studies|trial|review|paper|report|book|article|research|analysis|survey)\s+(?:\w+\s+){0,2}?by|"
    r"according\s+to|authors?|co-?authors?|researchers?|investigators?|written\s+by|edited\s+by|"
    r"(?:estudio|investigaci[óo]n|libro)\s+de)\s+$",
    ICASE,
)
_AUTHOR_AFTER = re.compile(r"\s*(?:et\s+al\b|and\s+(?:colleagues|co-?authors|team)\b|,?\s*\(?(?:19|20)\d{2}\))")
_SPANISH_ORG_WORDS = frozenset(
    words("centro clínica clinica hospital farmacia fundación fundacion instituto consultorio sanatorio policlínica "
          "policlinica salud asociación asociacion programa proyecto")
)
_CAPITALISED_RUN = re.compile(r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*\s+(?:(?:de|del|la|las|los|y)\s+)?){1,4}$")


def is_pet(ix: TextIndex, cand: Candidate) -> bool:
    """A pet named by a word or an emoji next to it, or said to be one in its sentence or the next."""
    text = ix.text
    if _PET_EMOJI.match(text, cand.end):
        return True
    if not _PET_VOCABULARY & ix.vocabulary:
        return False  # a cheap test first: no word for a pet anywhere in the post
    if PET_BEFORE.search(text, max(0, cand.start - 30), cand.start) or PET_AFTER.match(text, cand.end):
        return True
    begin, end = ix.sentence(cand.start, after=1)
    end = min(end, cand.end + _PET_REACH)
    return bool(_PET_PREDICATE.search(text, cand.end, end)) and not ix.has(PERSONAL_CARE, begin, end)


def is_community_member(ix: TextIndex, cand: Candidate) -> bool:
    """A teacher, coach or other community member named by their role, with no care next to them."""
    text = ix.text
    known_roles = roles()
    apposition = _ROLE_APPOSITION.match(text, cand.end)
    by_role = bool(apposition and known_roles.intersection(apposition.group("words").lower().split()))
    by_role = by_role or previous_word(ix, cand.start) in known_roles or bool(_LEADS_A_GROUP.match(text, cand.end))
    if not by_role:
        return False
    window = ix.sentence(cand.start, after=1)
    return not (ix.has(CARE, *window) or ix.has(PERSONAL_CARE, *window))


def is_author(ix: TextIndex, cand: Candidate) -> bool:
    """The author of a study, report or book cited in the post."""
    text = ix.text
    return bool(_AUTHOR_BEFORE.search(text, max(0, cand.start - 40), cand.start) or _AUTHOR_AFTER.match(text, cand.end))


def in_an_organisation_name(ix: TextIndex, cand: Candidate) -> bool:
    """'Vida' in 'Centro de Salud Vida': an organisation word among the capitalised words right before the name."""
    text = ix.text
    if cand.start < 2 or not text[cand.start - 2].isalpha():
        return False  # a cheap test first: a word ends right before the name
    run = _CAPITALISED_RUN.search(ix.text, max(0, cand.start - 60), cand.start)
    return bool(run) and any(word.lower() in _SPANISH_ORG_WORDS for word in run.group().split())
