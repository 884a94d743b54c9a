"""The `consent` check by class of story cue: care events, quotes and testimonials, conditions, results shown,
patients addressed or named by the phi check, clinical case notes; each with posts that must not trip it."""

from __future__ import annotations

import pytest

from bot.guardrails import consent
from bot.guardrails.context import ReviewContext
from bot.policy import Policy


def findings(text: str, policy: Policy) -> list:
    return consent.check(ReviewContext(text=text, platform=None, policy=policy))


@pytest.mark.parametrize(
    "text",
    [
        # the person is named earlier in the event's sentence, however far back
        "Ibrahim heard from two surgeons that he would never pitch again after his elbow reconstruction. He threw a "
        "no-hitter on Saturday.",
        # care received, said in the passive, and states only a patient is in
        "A retired welder was airlifted to us last month; this week he was transferred to rehab and is walking.",
        "Our little guy was stung by a wasp at day camp and spent two nights with us. He's fine now!",
        # outcomes
        "After two corneal grafts, Mr. Haddad got his eyesight back and read us the morning paper 📰",
        "Three years seizure-free! Our patient Nadia marked the day with a picnic.",
        "Hamid left our ICU on his own two feet this morning 👏",
        # births, living donors, stays in a unit
        "Tess delivered healthy triplets on Tuesday night, and everyone is resting 💕",
        "The Okonjo family welcomed their second daughter in our birth center at dawn.",
        "Rafael donated part of his liver to his sister in March. Both are home and doing great.",
        "After 51 days in our PICU, baby Amaru is going home with his moms!",
        "Lorena's last day of radiation was today, and the whole unit lined the hall 🎉",
        "¡Don Chema salió del hospital hoy después de su cirugía de cadera! 💐",
        "Este niño superó una leucemia y hoy regresó a la escuela 🎒",
    ],
)
def test_care_events_of_every_class_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Amara Osei was treated to a surprise lunch by her team after 10 years with us 🎉",
        "Patients who were transferred to our ICU last year stayed an average of 4 days (2024 quality report).",
        "If you are stung by a bee and your lips swell, call 911.",
        "Thinking about donating a kidney? Living donors can lead full, healthy lives. Join our info night.",
        "Our NICU nurses spent 12 weeks training on the new ventilators this year.",
        "Pain-free mornings start with gentle stretching. Try these five moves.",
        "Nurse Ibrahim Farouk was told he'd be perfect for charge nurse after his first year. Today he leads 3 West.",
    ],
)
def test_care_words_without_a_patient_do_not_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "Four stars from Benedikt: 'The wait was long, but my new hip is worth it.' 🦴",
        "Yusuf's review made our week: «I walked in scared and walked out with my confidence back.»",
        "Gracias, Remedios, por tus palabras: 'Me trataron con un cariño que nunca olvidaré.'",
        "A card arrived from the daughter of one of our hospice patients: \"You made Mom's last week peaceful.\"",
        "Words from our patient Ilse after her shoulder repair: ‘I can finally lift my grandson.’",
    ],
)
def test_quotes_introduced_as_a_patients_words_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "Our new review policy: 'We answer every message within one business day.'",
        "Words to live by from Dr. Anand, our chief of medicine: 'I never skip my flu shot.'",
        "Leave us a review! Tell us what you think of our new 'walk-in Wednesdays'.",
        "Mary's note to her team: 'I'm so proud of how we handled the storm.' — Mary Chen, RN, nurse manager",
    ],
)
def test_quotes_from_staff_or_without_a_patient_are_not_testimonials(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


def test_a_patient_noun_is_found_behind_a_person_word(policy: Policy) -> None:
    assert findings("Nuestra pequeña guerrera cumplió 5 años y lo festejamos en el piso 🎈", policy)
    assert findings("A dad holding his newborn for the first time is the best feeling. Join our prenatal class!",
                    policy) == []


def test_introducing_a_new_staff_member_is_a_staff_post(policy: Policy) -> None:
    assert findings("Meet our new occupational therapist, Priya! She helps patients walk again after strokes.",
                    policy) == []


@pytest.mark.parametrize(
    "statement",
    ["Ingrid shared her own story with us so other families know they are not alone.",
     "Thank you for telling your story, Ingrid.", "Ingrid compartió su historia para ayudar a otras familias."],
)
def test_someone_sharing_their_own_story_is_permission(statement: str, policy: Policy) -> None:
    story = "After her stroke, Ingrid relearned to write. This week she signed her first birthday card in years."
    assert findings(story, policy)
    assert findings(f"{statement} {story}", policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "Two years ago Kwame had a stroke at his desk. On Friday he gave the keynote at our survivors' dinner.",
        "A grateful mom wrote to thank our trauma team for saving her daughter's life last spring 💛",
        "Six weeks post-op and Benedetta is back in the pool! 🏊",
        "The first baby of 2031 made his entrance at 12:07am in our birth center! 👶",
        "«Volví a respirar sin miedo» — Don Esteban, paciente de neumología",
        "Proud of our client Kofi, who quit smoking after 25 years with our coaching 🚭",
        "With her surgeon's blessing, Marta is back on the tennis court after her ACL repair 🎾",
    ],
)
def test_illness_had_lives_saved_times_after_care_and_births_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "CPR saves lives. Learn how to save someone's life in one evening at our free class.",
        "Most people are back to their usual activities six weeks after knee surgery.",
        "Quit smoking this year with our free coaching program. Call 555-0100.",
        "Welcome, baby boomers! Our Medicare 101 seminar is Tuesday at 6pm.",
    ],
)
def test_general_talk_of_the_same_events_is_no_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "Thinking of Rosalind Pemberton in Room 12 today as she starts her third week on our oncology floor.",
        "Sending love to Bartholomew Quist on 4 West, who is in good spirits after a long week of chemo. 💙",
    ],
)
def test_a_patient_the_phi_check_names_in_a_care_post_is_a_story(text: str, policy: Policy) -> None:
    (finding,) = findings(text, policy)
    assert finding.excerpt in text and " " in finding.excerpt


@pytest.mark.parametrize(
    "text",
    [
        "Hi Terrence, your refill is ready for pickup at our pharmacy.",
        "Reminder for Philippa Ostrowski: your MRI moved to 9am Thursday. Bring your insurance card!",
        "Shout-out to Kevin in Patient Transport for going above and beyond this week!",
    ],
)
def test_replies_notices_and_staff_named_by_the_phi_check_are_no_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. B has come to us for years, and today she got her first pair of hearing aids 🦻",
        "Ten days in, and Mr. Ferreira is off his oxygen! 🫁",
        "A longtime customer finally got her blood pressure under control with our pharmacist's help 🎉",
        "A man in his 60s told us he'd dodged the dentist for decades. He left with a brand-new smile.",
        "Milestone: Odalys took 12 steps on her own in therapy today 👣",
        "He came in barely able to lift a spoon. Eight weeks of occupational therapy later, he's painting again.",
        "A patient recently thanked our night nurses for sitting with her through a long night on 5 West.",
        "Down 38 lbs! So proud of this hardworking guy in our diabetes program 💪",
        "Caught on camera: our oldest patient this year dancing with her physical therapist 💃",
        "Doña Amparo llegó con una fractura de muñeca y hoy ya escribe sus cartas otra vez ✍️",
        "¡Cumpleaños 97 de Don Aurelio en nuestro piso de geriatría, con mariachi y pastel! 🎂",
        "Our bravest 6-year-old told the whole waiting room he was a superhero after his flu shot 🦸",
        "The Easter Bunny hopped by to see the kids on our pediatric floor today 🐰📸",
        "A patient on our dialysis unit crocheted this blanket for the nurses during her treatments 🧶",
        "Pics from our NICU reunion! Look how big these little ones have gotten 😍",
        "Halloween on 3 West 🎃 Our littlest patients paraded their costumes. Check out these superheroes!",
        "Welcome home, Ollie! 🏠💙 #NICUgrad",
        "Tiny fighter, huge heart 💙 Born at 26 weeks, now 5 lbs and breathing on his own.",
        "Day 60 post-BMT and our patient Kiara is back to painting 🎨",
        "@miles.on.wheels rolled across the finish line 5 months after his spinal fusion! 🏁",
        "It was an honor to care for you, Mr. Quist. Enjoy every sunrise at home 🌅",
        "Spotted: Mrs. Adeyemi knitting in the infusion lounge, like every Thursday 🧶",
        "A thank-you from the Lindqvist family to our hospice nurses, who made their mom's last days peaceful 💛",
        "As one patient put it after his hip surgery: I can finally sleep through the night.",
    ],
)
def test_outcomes_thanks_and_people_in_care_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "Our pharmacists help customers get their blood pressure under control every day. Ask us how!",
        "Say hello to Captain Fins 🐠 Our new waiting-room aquarium is in, and the kids are all smiles.",
        "One patient at a time: that's how our care coordinators work.",
        "Swipe up to order the same blood pressure cuff our nurses use with patients!",
        "Kids' health fair this Saturday! Free bike helmets and face painting 📸",
        "Check out this video on using an asthma spacer with your child.",
        "Welcome home to our new neighbors at the Oak St clinic! 🏠 Open house Saturday. #NICU",
        "Fighter jets over the stadium this Saturday! Bring ear protection for little ones. #Hearing",
        "It is an honor to care for our community. Thank you for trusting us 💙",
        "Make the most of the last days of summer: sunscreen, water and shade! ☀️",
        "I'm a paid consultant for Osteon, and their new implant is the only one I use.",
        "Patients ask how long recovery takes. Six weeks of physical therapy later, most people are back to work.",
    ],
)
def test_general_outcomes_and_mascots_are_no_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "Transformation Thursday ✨ Nine months of Invisalign and this grin is wedding-ready!",
        "Results after two rounds of laser resurfacing 😍 Her sun damage is barely visible now. #glowup",
        "Mira esta transformación 😍 Un año de brackets y una sonrisa nueva.",
        "Before & after: eight months of braces, and that confidence shows in this smile 😁",
        "Our hospice team helped Mr. Okonkwo see his grandson's graduation from his bed last week.",
        # a patient addressed about their own care, to celebrate them
        "Happy 50 days post-transplant, Imogen! 🎉 Your 7 West nurses can't stop smiling.",
        "Congratulations on your final radiation session, Tobias! It was an honor caring for you 💙",
        "You fought so hard, little one. Go home and grow strong 💛 Love, your NICU team",
    ],
)
def test_results_shown_and_patients_addressed_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "Thread lifts: no downtime and results that last. Book a consult to see if it's right for you.",
        "Book your consult today! Results vary from person to person.",
        "Transformation Tuesday: our lobby got a makeover! Come see the new waiting area 🛋️",
        "Lab results now post to the portal within 24 hours. Log in to see yours.",
        "Happy birthday, Ingrid! 🎂 Your fellow nurses on 4 North are so lucky to work beside you.",
        "Hi Tobias, your appointment is confirmed for Monday at 9am. Reply C to confirm.",
        "Congrats, Dr. Ibarra! Your 500th surgery is a milestone for our whole team 🎉",
    ],
)
def test_results_in_general_and_staff_addressed_are_no_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "Interesting case: 58 y/o F presented with sudden vision loss. Giant cell arteritis; steroids saved her sight.",
        "Had a pt today who lit up when she saw her new hearing aids in the mirror 🦻",
        "Proud of my pt who finally hit her blood pressure goal after a year of work together 🎉",
        "Real patient, real results ✨ two sessions of our chemical peel.",
        "From a recent Google review: 'The hygienist was so gentle that I forgot to be nervous.'",
        "Our patients say it best: 'I finally feel like someone listened to me.'",
        "\"They found my tumor early and I'm here because of it.\" - Google review ⭐⭐⭐⭐⭐",
    ],
)
def test_case_notes_shorthand_and_reviews_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "Case of the week for students: a 58-year-old with sudden vision loss. What's your differential?",
        "Our PT team is hiring! Outpatient clinic, weekends off.",
        "Our patients say our new parking garage is a big improvement! 🚗",
        "Our review policy: 'We answer every message within one business day.'",
        "Real talk: 1 in 3 adults has high blood pressure (CDC).",
    ],
)
def test_teaching_cases_and_general_sayings_are_no_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "A lesson from a 14-year-old with cystic fibrosis on our pulmonary unit: she ran her own treatment schedule.",
        "What I learned from Mr. B, a retired welder with heart failure: ask what matters, then write it down.",
        "Yesterday a woman in her 80s with advanced dementia sang every verse of a hymn with our music therapist.",
        "Our youngest hospice patient this year was 11. She wanted a pink room and a puppy visit.",
        "That's the story of our patient Maribel, who is back teaching third grade this fall.",
    ],
)
def test_one_person_with_a_condition_or_a_patient_called_by_name_is_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "A 70-year-old with diabetes should have a yearly eye exam. Book yours today.",
        "Patients with asthma can join our free breathing class on Tuesdays.",
        "Clase gratuita: Viviendo bien con diabetes. Jueves 6 p.m. en nuestra clínica.",
        "Please email our Patient Experience team with any questions about your visit.",
    ],
)
def test_conditions_in_general_and_patient_teams_are_no_story(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]


@pytest.mark.parametrize(
    "text",
    [
        "I was sure I'd never run again after my hip surgery. Last month I ran a 10K. Thanks, Dr. Osei! — Marguerite",
        "After my heart attack the rehab nurses got me moving again. I owe them my summer. - A grateful grandpa",
        "In her own words: Odalys on life after a double lung transplant 💚",
    ],
)
def test_unquoted_testimonials_signed_by_a_patient_make_a_story(text: str, policy: Policy) -> None:
    assert findings(text, policy), text


@pytest.mark.parametrize(
    "text",
    [
        "I had the flu last winter and it flattened me for a week. Get your shot! — Dr. Amina Yusuf",
        "My patients always ask how to sleep better after surgery. Here are my top tips. — Nurse Joy",
    ],
)
def test_a_clinicians_own_signed_post_is_no_testimonial(text: str, policy: Policy) -> None:
    assert findings(text, policy) == [], [f.excerpt for f in findings(text, policy)]
