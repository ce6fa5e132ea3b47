from datetime import date

from worker.extract.dates import find_dates
from worker.extract.lexicon import lexicon
from worker.extract.matcher import fold
from worker.extract.status import find_cues, mention_status


def status(lang, text, trigger, casualties=False, ref=date(2024, 1, 4)):
    f = fold(text)
    ix = lexicon(lang).index(f)
    cues = find_cues(ix, 0, len(f))
    return mention_status(cues, find_dates(ix, text, 0, len(f), ref), f.index(trigger), casualties)


def test_background_by_period_and_month():
    assert status("de", "Im vergangenen Monat hatten die USA nach einem Drohnenangriff Vergeltungsschläge geflogen",
                  "drohnenangriff") == "background"
    assert status("en", "In November, US jets bombed militia positions", "bombed") == "background"


def test_new_by_recent_day():
    assert status("en", "A drone struck Baghdad on Thursday", "struck") == "new"


def test_threat_and_claim():
    assert status("fr", "Les miliciens ont menacé de riposter à cette attaque", "attaque") == "threat"
    assert status("es", "Los hutíes aseguraron haber atacado un buque", "atacado") == "claimed"
    assert status("en", "The group claimed responsibility for the attack, police said", "attack") == "new"


def test_hypothetical_without_casualties():
    assert status("en", "Israel could launch an offensive on Rafah", "offensive") == "hypothetical"
