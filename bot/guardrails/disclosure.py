"""The `disclosure` check: paid, gifted, affiliate or sponsored content without a clear disclosure.

A post is flagged when it carries a sign of a financial tie (a promo code, a referral or affiliate
link, "my partner link", a brand-ambassador role, "sponsored by", a gifted product) and nowhere says so
plainly (#ad, #sponsored, "Paid partnership", "Disclosure: ...", "I earn a commission", open thanks to a
sponsor, #publicidad, "patrocinado"). One finding per signal, on the words that carry it.
"""

from __future__ import annotations

from bot.guardrails import disclosure_patterns as pat
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import merge_spans
from bot.guardrails.findings import Finding

MAX_FINDINGS = 5
_PURCHASE_WINDOW = 120  # characters either side of a "my link" phrase to look for a purchase
_URL_TRAILING = ".,;:!?)]}\"'”’"

_MESSAGES: dict[str, str] = {
    "code": "A discount code points to a paid, gifted or affiliate relationship, and the post does not disclose it.",
    "link": "A referral, affiliate or partner link earns money from sales, and the post does not say so.",
    "ambassador": "An ambassador or partner role is a financial tie; endorsing the product needs a clear disclosure.",
    "sponsor": "The post names a sponsor but is not clearly labeled as sponsored content.",
    "gifted": "A product received for free is a material connection, and the post does not disclose it.",
}
_SUGGESTIONS_EN: dict[str, str] = {
    "code": "Add #ad at the start (or 'Paid partnership with <brand>'), or remove the code.",
    "link": "Add #ad at the start and say you earn a commission, e.g. 'I earn a commission on purchases through "
    "this link', or use a plain link.",
    "ambassador": "State the tie up front, e.g. '#ad I'm a paid ambassador for <brand>'.",
    "sponsor": "Add #ad or #sponsored at the start, or thank the sponsor openly: 'Thanks to <brand> for sponsoring'.",
    "gifted": "Add #gifted or #ad at the start, e.g. '#gifted <brand> sent us these to try'.",
}
# Spanish posts get the same advice, with the labels a Spanish-speaking audience reads.
_SUGGESTIONS_ES: dict[str, str] = {
    "code": "Add #publicidad (or 'Colaboración pagada con <marca>') at the start, or remove the code.",
    "link": "Add #publicidad at the start and say you earn a commission, e.g. 'Recibo una comisión por las compras "
    "con este enlace', or use a plain link.",
    "ambassador": "State the tie up front, e.g. '#publicidad Soy embajadora pagada de <marca>'.",
    "sponsor": "Add #publicidad at the start, or say it plainly: 'Patrocinado por <marca>'.",
    "gifted": "Add #publicidad at the start and say the product was a gift, e.g. '<marca> nos regaló este producto'.",
}


def _signals(ctx: ReviewContext) -> list[tuple[int, int, str]]:
    """(start, end, kind) for every sign of a financial tie."""
    text = ctx.text
    found: list[tuple[int, int, str]] = []
    roles: list[tuple[int, int, str]] = []
    for hit in pat.SIGNALS.scan(text, ctx.lower, ctx.extra):
        start, end = hit.span
        if hit.kind == "url":
            if not pat.AFFILIATE_URL_MARK.search(hit.match.group()):
                continue
            while end > start and text[end - 1] in _URL_TRAILING:
                end -= 1
            found.append((start, end, "link"))
        elif hit.kind == "personal_link":
            if pat.PURCHASE.search(text, max(0, start - _PURCHASE_WINDOW), end + _PURCHASE_WINDOW):
                found.append((start, end, "link"))
        elif hit.kind == "our_link":
            if pat.DISCOUNT.search(text, max(0, start - _PURCHASE_WINDOW), end + _PURCHASE_WINDOW):
                found.append((start, end, "link"))
        elif hit.kind == "ambassador":
            roles.append((start, end, "ambassador"))
        elif hit.kind == "brand_role":
            found.append((start, end, "ambassador"))
        else:
            found.append((start, end, hit.kind))
    # A volunteer "ambassador" for a charity is no financial tie: only count roles in a post that sells or endorses.
    if roles and (found or pat.PURCHASE.search(text) or pat.ENDORSING.search(text)):
        found.extend(roles)
    return found


def _disclosed(ctx: ReviewContext) -> bool:
    return bool(pat.DISCLOSED_LABEL.search(ctx.text) or pat.DISCLOSURES.scan(ctx.text, ctx.lower))


def check(ctx: ReviewContext) -> list[Finding]:
    spans = _signals(ctx)
    if not spans or _disclosed(ctx):
        return []
    suggestions = _SUGGESTIONS_ES if ctx.language == "es" else _SUGGESTIONS_EN
    return [
        Finding(
            check="disclosure",
            severity="block",
            start=start,
            end=end,
            excerpt=ctx.text[start:end],
            message=_MESSAGES[kind],
            suggestion=suggestions[kind],
            kind=kind,
        )
        for start, end, kind in merge_spans(spans)[:MAX_FINDINGS]
    ]
