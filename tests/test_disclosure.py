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
        ("I was gifted this foam roller and it changed my recovery routine.", "was gifted"),
        ("Thanks to GlowSkin for sending our team these serums to try!", "sending our team these serums to try"),
        # a code that belongs to someone, a referral path in a link
        ("Dr. Shah's go-to sunscreen for kids 🌞 Grab SunKid with his code DRSHAH at sunkid.example!",
         "his code DRSHAH"),
        ("Our favorite ankle brace: tap for $8 off at bracely.example/r/stridept", "bracely.example/r/stridept"),
        # a role with a company whose product the post promotes
        ("As a Dentiva key opinion leader, I tell every patient: Dentiva aligners are simply the best.",
         "Dentiva key opinion leader"),
        ("I sit on the VitaCore Medical Advisory Board, and VitaCore D3 is the only vitamin D I recommend.",
         "sit on the VitaCore Medical Advisory Board"),
        ("Had a blast speaking at the Orthavex dinner last week. Orthavex's knee system is the best on the market.",
         "speaking at the Orthavex dinner"),
        ("As a member of the Lumina Speakers Bureau, I can say Lumina's inhaler is the easiest my patients have used.",
         "Lumina Speakers Bureau"),
        ("I've worked closely with the team at Sonivo on their new aids: the best hearing aid on the market.",
         "worked closely with the team at Sonivo"),
        ("Nuestra embajadora @mamafit dice que este extractor es el mejor del mercado. ¡Pídelo hoy!",
         "Nuestra embajadora"),
        ("Proud to be a Thermia Clinical Educator! Thermia's cooling cap is the only one I recommend.",
         "Thermia Clinical Educator"),
        ("Loved presenting at the Medivance lunch program! Medivance's patch is hands down the best for migraines.",
         "presenting at the Medivance lunch"),
        ("Como asesora de Nutrimax, les recomiendo su fórmula a todas las mamás.", "asesora de Nutrimax"),
        ("I use the DermaGlow LED mask on every acne patient. Link in bio for 20% off! ✨", "Link in bio"),
        # a vendor paying for travel or a meal, beside an endorsement
        ("Thanks to the Osteon rep for bringing lunch for our OR team! Their screws are the best on the market 🦴",
         "Osteon rep for bringing lunch"),
        ("Thank you to the Cardiora team for treating our cath lab to dinner! Their stent is the safest on the market.",
         "Cardiora team for treating our"),
        ("Huge thanks to Valvex Co. for flying our team to Lisbon to train on their valve. Simply the best available.",
         "Valvex Co. for flying our"),
        # industry funding behind a promotion
        ("Tonight's lecture comes courtesy of Pharmavia. Ask if Pharmavia's new pill is right for you!",
         "courtesy of Pharmavia"),
        # a free product, or a reward for a review
        ("Nuestra influencer recibió el sérum gratis y dice que es el mejor del mundo. ✨", "recibió el sérum gratis"),
        ("Leave us a 5-star review and we'll send you a free whitening pen! ⭐", "Leave us a 5-star review"),
        ("Free whitening kit for anyone who tags us in a 5-star review! ⭐", "Free whitening kit"),
        ("Huge thanks to BioStride for the free running shoes! My plantar fasciitis patients love them too 👟",
         "BioStride for the free"),
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
    assert any(excerpt in f.excerpt for f in found), [f.excerpt for f in found]
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
        "This week's tips are sponsored by VitaBoost. Try their new gummies!",
        "Affiliate link: I earn a small commission if you buy this thermometer through amzn.to/3abcDEF",
        "I receive consulting fees from OrthoLine; with that said, here's how to choose a knee brace.",
        "Disclosure: I'm a paid speaker for Cardiomed. Here's what the new statin guidelines say.",
        "Patrocinado por Farmacia Luz: charla gratuita sobre diabetes el jueves.",
        # funding, gifts and sponsors said openly
        "This series is supported by an unrestricted educational grant from Pharmavia. Ask about Pharmavia's pill!",
        "The demo units were provided free of charge by Sonique. Best hearing aid I've tried; code SON10 saves 10%.",
        "Thank you to our title sponsor, Crestline Pharmacy! Their pharmacists recommend the new Crestline vitamins.",
        "I have no financial relationship with Calmora; it's simply the magnesium I recommend. Get it at calmora.com",
        "Con el apoyo de Laboratorios Vida: charla gratuita sobre su nueva vacuna. ¡Es la mejor del mercado!",
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
        # the organisation's own products and services
        "Get 10% off flu shots at our pharmacy this week with code FLU10.",
        "Ask us about our new BrightSmile whitening kit! Use code SMILE10 for 10% off at the front desk.",
        "Nuestro nuevo Kit Sonrisa ya está aquí. Use el código SONRISA10 para un 10% de descuento en recepción.",
        "Book a hearing consult with Bellwether Hearing & Audiology: openings this month!",
        "Get 20% off your first massage at our wellness center with code RELAX20!",
        "Thank you to Pfizer for the educational grant behind our lecture series. Our speakers choose their topics.",
        # hospitality, boards and partners with no product promoted
        "Thank you to the Rotary Club for treating our night-shift nurses to pizza during Nurses Week! 🍕",
        "Huge thanks to Lakeside Bakery for sending our ER team cookies this morning 🍪",
        "I serve on our hospital's Patient and Family Advisory Council. Join us!",
        "We partnered with the YMCA to offer free swim lessons for kids this summer.",
        "Our diabetes class is funded by a grant from the State Department of Health. Sign up at the front desk.",
        "We received 40 free car seats from Safe Kids Worldwide to give to new parents! Ask your nurse.",
        "Leave us a review on Google: it helps other families find us. Thank you! 💙",
        "Dr. Ames will speak at the State Nursing Association dinner on Friday about safe staffing.",
        "Velvet Serum erases fine lines in just 7 days ✨ Link in bio to shop.",
        "Thanks to Sunrise Rotary for bringing lunch to our nurses during Nurses Week! 🥪",
        "Thank you to Walgreens for the free flu shots at our health fair! Get yours Saturday, 9 to noon.",
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


def test_a_negated_label_is_no_disclosure(policy: Policy) -> None:
    assert findings("Not sponsored, just love: use code GLOW15 for 15% off at glowlab.example", policy)
    assert findings("No ads here 😉 The gummies our staff swear by: gummyco.example/shop?aff=clinic", policy)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        # thanks to a company or a handle for what it sent, said beside liking it
        ("Big thank you @calmcanvasco for the goodies! Their lavender balm is my night-shift go-to 💜",
         "@calmcanvasco for the goodies"),
        ("Gracias a @dulcesueno por enviarme sus almohadas 😍 ¡Me encantan!", "@dulcesueno por enviarme"),
        ("Shoutout to Hydrava for sending our office a case of their electrolyte packs. Patients, ask us about them!",
         "Hydrava for sending"),
        # a company sending something the post sells
        ("The company sent me two pairs of these clogs and now every nurse on my unit wants them. Grab a pair at "
         "clogwell.com", "company sent me"),
        ("Me mandaron estos hilos dentales para probar y ya los recomiendo. ¡Cómprenlos en su tienda!",
         "Me mandaron"),
        # offers to the author's own audience, codes named with a shop
        ("Discount for my followers: 15% off the compression socks I live in, code SOCKRN", "for my followers"),
        ("Mis seguidoras tienen 10% de descuento en la crema que uso a diario 💕", "Mis seguidoras tienen"),
        ("You need these shoes 😍 Use NURSEDEV at stridelite.com", "Use NURSEDEV at stridelite.com"),
        # a role with a company, and shop links said in other ways
        ("As a speaker for Lumacor, I can tell you their inhaler is the best on the market.", "speaker for Lumacor"),
        ("Proud member of the speakers bureau for Ferrovia Pharma: their iron pill is a game changer.",
         "speakers bureau for Ferrovia Pharma"),
        ("My favorite otoscope ever! Shop it through my Amazon link 👇", "my Amazon link"),
        # a clinician's endorsement with a place to buy, and no word on a tie
        ("The only magnesium I recommend to my migraine patients: Calmora. Get it at calmora.com",
         "the only magnesium"),
        ("Mi protector solar favorito para niños. Cómprelo en solecito.mx", "Mi protector solar favorito"),
    ],
)
def test_gifts_audience_offers_roles_and_shop_endorsements_block(text: str, excerpt: str, policy: Policy) -> None:
    found = findings(text, policy)
    assert found, text
    assert any(excerpt.lower() in f.excerpt.lower() for f in found), [f.excerpt for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you @oakcountyhealth for the free space for our flu clinic this weekend!",
        "Our patient Mia sent us this photo from her graduation and we love it 💙",
        "The American Academy of Pediatrics recommends a car seat check. Book yours at ourclinic.org/carseat",
        "We recommend our own pharmacy's SPF 30. Get it at the front desk.",
        "Studies funded by the NIH show that walking lowers blood pressure (NIH, 2023).",
        "Thanks to our volunteers for the goodies in the break room! 🍪",
        "Thank you to all my followers for 10k! 🎉 Our next live Q&A on diabetes is Monday at 7pm.",
    ],
)
def test_thanks_gifts_and_recommendations_without_a_tie_pass(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("found the comfiest clogs for 12s 👟 use code dana20 for 20% off!!", "code dana20"),
        ("Usa mi cupón saludana en boticaverde.mx y ahorra 10% 💊", "mi cupón saludana"),
        ("Me la regalaron los de @pielsana y ahora es mi crema favorita. ¡Consíganla en su web!", "Me la regalaron"),
        ("I've consulted for Neurex for years, and their new pill is the most effective option out there.",
         "consulted for Neurex"),
        ("partnered with @chillcup on this one 💧 keeps my water cold all shift, link in bio", "@chillcup"),
        ("Collab alert 🚨 me and @dermadew made a cleanser for sensitive skin! shop now at dermadew.co", "@dermadew"),
    ],
)
def test_informal_codes_gifts_and_partnerships_block(text: str, excerpt: str, policy: Policy) -> None:
    found = findings(text, policy)
    assert found, text
    assert any(excerpt.lower() in f.excerpt.lower() for f in found), [f.excerpt for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Use code stroke when calling the stroke alert line from the field.",
        "Collab alert: we teamed up with the public library for free blood pressure checks on Saturdays!",
        "#ad partnered with @chillcup on this one 💧 keeps my water cold all shift, link in bio",
        "Mi código postal cambió: la clínica ahora está en la calle Olmo 12.",
    ],
)
def test_informal_posts_without_a_tie_or_with_a_label_pass(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]
