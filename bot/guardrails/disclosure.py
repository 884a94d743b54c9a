"""The `disclosure` check: paid, gifted, affiliate or sponsored content without a clear disclosure.

A post is flagged when it carries a sign of a financial tie and nowhere says so plainly. Ties, as classes:
a promo code, a referral or affiliate link, "my link" or a profile link with a purchase; a role with a
company (ambassador, key opinion leader, advisory board, speaker, consultant, partner), a vendor paying for
travel or a meal, or industry funding, when the post also promotes that company's product (see
bot/guardrails/disclosure_ties.py); a product received free, or a reward for a review. Disclosures: #ad,
#sponsored, "Paid partnership", "Disclosure: ...", "I earn a commission", "affiliate link", "sponsored by
<brand>", open thanks to a sponsor, #publicidad, "patrocinado"; a negated one ("not sponsored") does not
count. The organisation's own product with its own code is not sponsorship. One finding per signal.
"""

from __future__ import annotations

import re

from bot.guardrails import disclosure_patterns as pat
from bot.guardrails import disclosure_ties as ties
from bot.guardrails.context import ReviewContext
from bot.guardrails.disclosure_scan import Hit, merge_spans
from bot.guardrails.findings import Finding

MAX_FINDINGS = 5
_PURCHASE_WINDOW = 120  # characters either side of a "my link" phrase to look for a purchase
_URL_TRAILING = ".,;:!?)]}\"'”’"

_MESSAGES: dict[str, str] = {
    "code": "A discount code points to a paid, gifted or affiliate relationship, and the post does not disclose it.",
    "link": "A referral, affiliate or partner link earns money from sales, and the post does not say so.",
    "ambassador": "An ambassador or partner role is a financial tie; endorsing the product needs a clear disclosure.",
    "gifted": "A product received for free, or a reward for a review, is a material connection, and the post does "
    "not disclose it.",
    "hospitality": "A company paying for travel or a meal is a financial tie; endorsing its product needs a clear "
    "disclosure.",
    "funding": "Industry funding is a financial tie; promoting the funder's product needs a clear disclosure.",
    "endorsement": "A clinician endorsing a product with a place to buy it reads as a paid endorsement, and the post "
    "does not say whether there is a financial tie.",
}
_SUGGESTIONS_EN: dict[str, str] = {
    "code": "Add #ad at the start (or 'Paid partnership with <brand>'), or remove the code.",
    "link": "Add #ad at the start and say you earn a commission, e.g. 'I earn a commission on purchases through "
    "this link', or use a plain link.",
    "ambassador": "State the tie up front, e.g. '#ad I'm a paid ambassador for <brand>'.",
    "gifted": "Add #gifted or #ad at the start, e.g. '#gifted <brand> sent us these to try'.",
    "hospitality": "Say who paid, up front, e.g. 'Disclosure: <brand> paid for our travel and dinner'.",
    "funding": "Say it up front, e.g. 'Disclosure: this program is funded by <brand>', or label the post #sponsored.",
    "endorsement": "Say whether you have a tie, e.g. '#ad' or 'I have no financial relationship with <brand>', "
    "or drop the shop link.",
}
# Spanish posts get the same advice, with the labels a Spanish-speaking audience reads.
_SUGGESTIONS_ES: dict[str, str] = {
    "code": "Add #publicidad (or 'Colaboración pagada con <marca>') at the start, or remove the code.",
    "link": "Add #publicidad at the start and say you earn a commission, e.g. 'Recibo una comisión por las compras "
    "con este enlace', or use a plain link.",
    "ambassador": "State the tie up front, e.g. '#publicidad Soy embajadora pagada de <marca>'.",
    "gifted": "Add #publicidad at the start and say the product was a gift, e.g. '<marca> nos regaló este producto'.",
    "hospitality": "Say who paid, up front, e.g. 'Divulgación: <marca> pagó nuestro viaje y la cena'.",
    "funding": "Say it up front, e.g. 'Divulgación: este programa está financiado por <marca>', or add #publicidad.",
    "endorsement": "Say whether you have a tie, e.g. '#publicidad' or 'No tengo relación comercial con <marca>', "
    "or drop the shop link.",
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
        elif hit.kind == "bio_link":
            near = pat.DISCOUNT.search(text, max(0, start - _PURCHASE_WINDOW), end + _PURCHASE_WINDOW)
            if near and ties.ENDORSING.search(text):
                found.append((start, end, "link"))
        elif hit.kind == "follower_offer":
            if pat.DISCOUNT.search(text, max(0, start - _PURCHASE_WINDOW), end + _PURCHASE_WINDOW):
                found.append((start, end, "code"))
        elif hit.kind == "sent":
            # a company (a handle, "the company") sending something the post praises, or anyone's gift it sells
            company = hit.match.group().startswith("@") or hit.match.group().lower().startswith("the ")
            praised = ties.ENDORSING.search(text) or ties.ENJOYING.search(text)
            if pat.PURCHASE.search(text) or (company and praised):
                found.append((start, end, "gifted"))
        elif hit.kind == "our_link":
            if pat.DISCOUNT.search(text, max(0, start - _PURCHASE_WINDOW), end + _PURCHASE_WINDOW):
                found.append((start, end, "link"))
        elif hit.kind == "ambassador":
            roles.append((start, end, "ambassador"))
        elif hit.kind == "brand_role":
            found.append((start, end, "ambassador"))
        else:
            found.append((start, end, hit.kind))
    company_ties = ties.TIES.scan(text, ctx.lower, ctx.extra)
    if roles or company_ties:
        promotes = bool(found) or _promotes(text)
        # A volunteer "ambassador" for a charity is no tie: only count roles in a post that sells or endorses.
        if promotes:
            found.extend(roles)
        found.extend(_company_ties(ctx, company_ties, promotes))
    if found and all(kind == "code" for _, _, kind in found) and _own_product(text):
        return []
    if not found:
        found.extend(_endorsed_with_a_shop(ctx))
    return found


def _endorsed_with_a_shop(ctx: ReviewContext) -> list[tuple[int, int, str]]:
    """A product endorsed in the author's own voice with a place to buy it that is not the organisation's own:
    a paid endorsement unless the post says otherwise."""
    text = ctx.text
    if not any(word in ctx.lower for word in _PATH_HINTS):
        return []
    path = ties.PURCHASE_PATH.search(text)
    if path is None:
        return []
    endorsement = ties.own_endorsement(text)
    if endorsement is None or pat.OWN_OFFER.search(text):
        return []
    url = next((u for u in pat.URL.finditer(text) if not _own_domain(ctx, u.group())), None)
    if url is None and not _SHOP_NAMED.search(text, path.end(), path.end() + 40):
        return []
    return [(endorsement.start(), endorsement.end(), "endorsement")]


_PATH_HINTS = ("buy", "order", "shop", "grab", "get ", "pick up", "find ", "available", "cart", "cómpr", "compr",
               "consíg", "consig", "venta", "disponible")
_SHOP_NAMED = re.compile(r"\b(?:amazon|target|walmart|costco|cvs|walgreens|ulta|sephora|(?-i:[A-Z][\w&-]+))", re.I)


def _own_domain(ctx: ReviewContext, url: str) -> bool:
    host = url.lower().split("//")[-1].split("/")[0].removeprefix("www.")
    return any(host == d.lower().removeprefix("www.") or host.endswith("." + d.lower()) for d in
               ctx.policy.organisation.domains)


def _promotes(text: str) -> bool:
    return bool(
        pat.PURCHASE.search(text)
        or ties.ENDORSING.search(text)
        or ties.PURCHASE_PATH.search(text)
        or pat.BIO_LINK.search(text)
    )


def _company_ties(ctx: ReviewContext, hits: list[Hit], promotes: bool) -> list[tuple[int, int, str]]:
    """Roles, paid hospitality and funding from a company that the post promotes; gifts and paid reviews."""
    text = ctx.text
    found: list[tuple[int, int, str]] = []
    for hit in hits:
        start, end = hit.span
        if hit.kind == "gifted":
            found.append((start, end, "gifted"))
            continue
        groups = hit.match.groupdict()
        brand = groups.get("brand") or groups.get("brand2") or groups.get("brand3")
        if brand and (ties.NOT_COMMERCIAL.search(brand) or _is_own_name(ctx, brand)):
            continue
        if _promoted(text, hit.kind, brand, (start, end), promotes):
            kind = {"role": "ambassador", "free_product": "gifted"}.get(hit.kind, hit.kind)
            found.append((start, end, kind))
    return found


def _promoted(text: str, kind: str, brand: str | None, span: tuple[int, int], promotes: bool) -> bool:
    """Whether the post promotes the company behind a tie. A role counts beside any sale or endorsement; a
    thank-you for a meal, a trip, funding or a free product only beside an endorsement ("the safest kits on the
    market") or talk of the company's products: thanking a sponsor openly is otherwise a disclosure itself."""
    endorsed = ties.ENDORSING.search(text) is not None
    if kind == "free_product":
        return endorsed or ties.ENJOYING.search(text) is not None
    if kind == "role" and promotes:
        return True
    return endorsed or ties.brand_named_again(text, brand, *span)


def _is_own_name(ctx: ReviewContext, brand: str) -> bool:
    """The organisation itself (policy.organisation.names) is no outside company."""
    head = brand.split()[0].lower()
    return any(head in name.lower() for name in ctx.policy.organisation.names)


def _own_product(text: str) -> bool:
    """A code for the organisation's own product or service ("our new Smile Kit", "at our pharmacy"), with no
    third party's link and no one's personal code."""
    return (
        pat.OWN_OFFER.search(text) is not None
        and pat.URL.search(text) is None
        and pat.PERSONAL_CODE.search(text) is None
    )


def _disclosed(ctx: ReviewContext) -> bool:
    if pat.DISCLOSED_LABEL.search(ctx.text):
        return True
    for hit in pat.DISCLOSURES.scan(ctx.text, ctx.lower):
        if not pat.NEGATED.search(ctx.text, max(0, hit.match.start() - 20), hit.match.start()):
            return True
    return False


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
