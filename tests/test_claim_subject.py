"""Claims are about care: absolutes about staff, logistics or fun are not claims; operational figures need no source;
superlatives, study results and off-label promotion in new wordings are."""

from __future__ import annotations

import pytest

from bot.guardrails import claim
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def claim_kinds(text: str, policy: Policy) -> list[str]:
    return [f.kind or "" for f in claim.check(ReviewContext(text=text, platform=None, policy=policy))]


@pytest.mark.parametrize(
    "text",
    [
        # absolutes about people, logistics, events and food
        "Shout-out to Priya at the front desk, an absolute miracle worker with prior authorizations!",
        "Our night pharmacist Omar is a miracle worker, thank you!",
        "The east garage reopened and badge entry is finally painless.",
        "Checking in for your visit is now painless with our new app.",
        "Guaranteed fun at the Family Health Fair, with face painting and games.",
        "Our cafeteria's new lentil soup is a miracle in a bowl.",
        # the organisation's operations and workforce
        "First-year nurse turnover was 31% in 2021; this year it's 12%. Proud of this team!",
        "Average wait in our walk-in clinic dropped 25% after we added evening hours.",
        "Volunteers logged 3,900 hours this year, up 18% from last year.",
        "We raised $64,000 at the gala, 30% more than last year!",
        "Our staff vacancy rate is down to 5%.",
        "Our call center now answers 92% of calls within a minute.",
        # honest or sourced
        "The flu vaccine is safe for almost everyone 6 months and older.",
        "Flu shots are completely safe for most people, and they're free this week.",
        "Nearly half of adults have high blood pressure (CDC).",
        "Our volunteers are the best around.",
        "Best coffee around is in our lobby café!",
    ],
)
def test_absolutes_and_figures_that_are_not_about_care_are_not_claims(text: str, policy: Policy) -> None:
    assert claim_kinds(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our new knee injection is a miracle worker for arthritis pain.",
        "Painless laser hair removal, book today!",
        "Our readmissions dropped 40% this year.",
        "Patients in our weight program lose 22% of their body weight.",
        "Turnover is down and infection rates fell 30% on our units.",
        "We're the only hospital in the state offering robotic valve repair.",
        "Our ER is the fastest around.",
        "The gold standard in cancer care.",
        "Trusted by more families than any other practice in the valley.",
        "Your #1 choice for sports medicine.",
        "Leading the nation in transplant outcomes.",
        "Nobody treats sports injuries better than our team.",
        "A new study found that daily flossing cuts heart attack risk in half.",
        "Nearly half of adults have high blood pressure, and most don't know it.",
        "Every 40 seconds, someone has a heart attack.",
        "Recovery time is cut in half with our minimally invasive approach.",
        "Proven results: patients feel better in just 3 days.",
        "Ozempic works great for weight loss even without diabetes, ask us!",
        "Our compounded semaglutide is just as good as Wegovy.",
        "Our chemical peel is completely safe for all skin types.",
        "Results you can see after one session, or your money back.",
        "Safe for kids, pregnant women and everyone else.",
        "Stop joint pain without pills or surgery.",
    ],
)
def test_claims_about_care_in_new_wordings(text: str, policy: Policy) -> None:
    assert claim_kinds(text, policy)


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Your #1 choice for sports medicine.", "Your #1 choice for"),
        ("Love it, or your money back.", "or your money back"),
        ("Nearly half of adults have high blood pressure.", "Nearly half of adults"),
    ],
)
def test_excerpts_keep_the_words_before_an_uncommon_anchor(text: str, excerpt: str, policy: Policy) -> None:
    findings = claim.check(ReviewContext(text=text, platform=None, policy=policy))
    assert [f.excerpt for f in findings] == [excerpt]
