"""The `disclosure` check: paid, gifted, affiliate or sponsored content without a clear disclosure."""

from __future__ import annotations

import pytest

from bot.guardrails import disclosure, review
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def findings(text: str, policy: Policy) -> list:
    return disclosure.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("My go-to electrolyte mix after night shifts 💧 Use code NURSEKAT for 15% off.", "Use code NURSEKAT"),
        ("Best knee sleeve for runners, and 10% off with code RUNFAST10 at kneeco.com", "with code RUNFAST10"),
        ("Save 20% with DRMORALES at vitaminshop.com 🍊", "Save 20% with DRMORALES"),
        ("Enter SMILEMORE at checkout for $10 off your whitening kit!", "Enter SMILEMORE at checkout"),
        ("Code JENNYRN saves you 20% on scrubs.", "Code JENNYRN"),
        ("Get 10% off with our partner code FLOSSBOSS", "our partner code FLOSSBOSS"),
        ("Calf sleeves our PTs wear: amazon.com/dp/B01ABCDEF?tag=physio-20", "amazon.com/dp/B01ABCDEF?tag=physio-20"),
        ("Grab the same posture brace here: bracely.com/ref/drkim.", "bracely.com/ref/drkim"),
        ("Order through my partner link for a free case: medsupply.com/partner/jlee", "my partner link"),
        ("The BP cuff I tell everyone to buy is linked in my bio.", "linked in my bio"),
        ("Referral link in the comments 👇 for the blue-light glasses I wear", "Referral link"),
        ("As a proud ZenBrace brand ambassador, I recommend it to every runner.", "brand ambassador"),
        ("This week's tips are sponsored by VitaBoost. Try their new gummies!", "sponsored by"),
        ("I was gifted this foam roller and it changed my recovery routine.", "was gifted"),
        ("Thanks to GlowSkin for sending our team these serums to try!", "sending our team these serums to try"),
        ("Los mejores suplementos prenatales. Usa el código MAMA20 para un 20% de descuento.", "Usa el código MAMA20"),
        ("El glucómetro que uso en clase. Consígalo con mi enlace: saludshop.com/ref/ana", "con mi enlace"),
        ("Mi tensiómetro favorito está en el enlace de mi bio. ¡Cómpralo hoy!", "enlace de mi bio"),
        ("Obsessed with these scrubs 😍 use MARIA15 at checkout", "use MARIA15 at checkout"),
        ("Nuestra crema favorita para la dermatitis. Cómprala con el enlace en nuestro perfil y ahorra 15%.",
         "enlace en nuestro perfil"),
    ],
)
def test_undisclosed_ties_block_on_the_signal(text: str, excerpt: str, policy: Policy) -> None:
    found = findings(text, policy)
    assert found, text
    assert all(f.check == "disclosure" and f.severity == "block" for f in found)
    assert any(f.excerpt == excerpt for f in found), [f.excerpt for f in found]
    for f in found:
        assert text[f.start : f.end] == f.excerpt
        assert f.message and f.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "#ad Use code NURSEKAT for 15% off at hydrafuel.com",
        "Paid partnership with ZenBrace: I recommend it to every runner with knee pain.",
        "I earn a commission on purchases through this link: amzn.to/3xYzAbC",
        "Disclosure: I serve on a paid advisory board for Cardiowave. Our panel compares three monitors.",
        "#sponsored Thanks to BiteGuard for sponsoring our mouthguard night! Use code GUARD10 for 10% off.",
        "Thank you to Fenwick Rotary for sponsoring this year's free skin-check day! 🌞",
        "Our 5K is sponsored by local businesses, and we thank every one of them!",
        "#publicidad Usa el código MAMA20 para un 20% de descuento.",
        "Contenido patrocinado por Saludable. Usa el código SALUD10.",
        "Ad: Save 20% with DRMORALES at vitaminshop.com",
        "In partnership with GlowSkin (paid). Use code GLOW10 for 10% off!",
        "Colaboración pagada con SaludPlus. Usa el código SALUD10.",
    ],
)
def test_clear_disclosures_pass(text: str, policy: Policy) -> None:
    assert findings(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "Free flu shots this Saturday! Register at ourclinic.org/flu. Link in bio.",
        "Order your flu shot online and skip the line: link in our bio!",
        "Our pharmacy takes 10% off vitamins for seniors every Tuesday.",
        "Code Blue drills this week on 4 West. Thank you to our rapid response team!",
        "Enter your ZIP code at vaccines.gov to find a flu shot near you.",
        "Our community partners at the YMCA host free swim lessons. Details at ymca.org/partners",
        "As an American Heart Association volunteer ambassador, I urge you to learn CPR.",
        "Proud to be an ambassador for the Fight For Air Climb! Join our team.",
        "80% of cavities happen in the back teeth (ADA). Ask us about sealants!",
        "Gifted hands, gifted hearts: meet our surgical team.",
        "Use NSAIDS for pain only as directed by your doctor.",
        "Read our newsletter: bluestem.org/news?utm_source=facebook&utm_medium=social",
        "Save 15% on flu shots this week at Fairway Pharmacy, no code needed!",
        "I'm a paid consultant for OrthoFlex, and I think their brace suits ACL rehab.",
        "Sponsored by the Fenwick Community Foundation, our mammography van visits rural towns every month.",
        "Know your codes: use code BLUE for a cardiac arrest and CODE STEMI for a heart attack.",
    ],
)
def test_ordinary_posts_do_not_trip_it(text: str, policy: Policy) -> None:
    assert findings(text, policy) == []


def test_spanish_post_is_told_the_spanish_label(policy: Policy) -> None:
    (finding,) = findings("Usa el código SONRISA15 para un 15% de descuento en tu cepillo.", policy)
    assert "#publicidad" in finding.suggestion


def test_each_signal_is_its_own_finding(policy: Policy) -> None:
    text = "Order through our link and use KIDSVITA for 20% off: tinyvites.com/?ref=clinic"
    excerpts = [f.excerpt for f in findings(text, policy)]
    assert excerpts == ["through our link", "use KIDSVITA for 20% off", "tinyvites.com/?ref=clinic"]


def test_engine_blocks_an_undisclosed_code() -> None:
    report = review("These are the only readers I wear 👓 15% off with code CLEARVIEW15", "instagram")
    assert report.verdict == "block"
    assert [f.check for f in report.findings if f.severity == "block"] == ["disclosure"]


def test_scanner_runs_rules_of_every_anchor_that_begins_a_longer_one() -> None:
    import re

    from bot.guardrails.disclosure_scan import Rule, Scanner

    scanner = Scanner(
        [
            Rule("short", ("shop",), re.compile(r"\bshop\b", re.IGNORECASE), before=0, after=5),
            Rule("long", ("shopping",), re.compile(r"\bshopping\s+link\b"), before=0, after=10),
            Rule("overlap", ("pink",), re.compile(r"pink"), before=0, after=0),
        ],
        shared=False,
    )
    hits = scanner.scan("Shop now via my shopping link", "shop now via my shopping link")
    assert [(h.kind, h.match.group()) for h in hits] == [("short", "Shop"), ("long", "shopping link")]
    hits = scanner.scan("shopink", "shopink")  # "pink" starts inside "shop": still found
    assert [h.kind for h in hits] == ["overlap"]


def test_scanner_keeps_offsets_when_lower_casing_changes_length() -> None:
    from bot.guardrails.disclosure_scan import aligned_lower

    text = "İstanbul: use code TRAVEL10"
    lower = aligned_lower(text, text.lower())
    assert len(lower) == len(text)
    assert lower.index("code") == text.index("code")
