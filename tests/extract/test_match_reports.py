"""Match reports lend weapons and massacres to players: a score marks them, and only a toll makes violence there."""

from datetime import datetime, timezone

import pytest

from worker.extract.event_types import _SCORE

PUBLISHED = datetime(2026, 10, 5, 20, tzinfo=timezone.utc)


def events(extract, lang: str, headline: str, body: str):
    extraction = extract(body, lang, headline, PUBLISHED)
    return extraction.events


REPORTS = [
    ("es", "El Betis fusila al Celta en el Villamarín",
     "SEVILLA, 5 oct (EFE).- El Betis fusiló al Celta (4-0) este domingo en el estadio Benito Villamarín y escaló "
     "al cuarto puesto de LaLiga. El conjunto verdiblanco bombardeó el área rival desde el pitido inicial y cada "
     "contraataque era un cañonazo. \"Nos han matado en las transiciones, esto es una guerra larga\", admitió el "
     "técnico visitante. El delantero firmó un doblete y el arma más letal del equipo volvió a ser la banda "
     "izquierda."),
    ("en", "Cricket-Starc blitz blows away England as Australia storm to victory",
     "PERTH, Nov 27 (Reuters) - Mitchell Starc tore through England's batting with a devastating spell of fast "
     "bowling on Thursday as Australia crushed the tourists by an innings and 84 runs to lead the series 1-0. "
     "Starc, who took 6-31, fired a barrage of short balls that left the top order shell-shocked before yorkers "
     "destroyed the tail. \"He was like a sniper out there, picking us off one by one,\" the England captain said."),
    ("fr", "Le PSG mitraille Lens au Parc des Princes",
     "PARIS, 5 oct (AFP) - Le Paris SG a mitraillé Lens (5-1) dimanche au Parc des Princes et reprend la tête de "
     "la Ligue 1. Les attaquants parisiens ont bombardé le but adverse dès le coup d'envoi, et l'avant-centre a "
     "signé un doublé. \"Ils nous ont massacrés\", a reconnu l'entraîneur lensois, dont l'équipe a fini à dix "
     "après un carton rouge."),
    ("de", "Bayern schießt Dortmund ab",
     "MÜNCHEN, 5. Oktober (dpa) - Der FC Bayern hat Borussia Dortmund am Sonntag mit 4:0 abgeschossen. Die "
     "Münchner bombardierten das Tor der Gäste von Beginn an, der Stürmer traf per Doppelpack. \"Das war ein "
     "Massaker\", sagte der Dortmunder Trainer nach dem Schlusspfiff im ausverkauften Stadion."),
]


@pytest.mark.parametrize("lang, headline, body", REPORTS)
def test_a_match_report_is_no_event(extract, lang, headline, body):
    assert events(extract, lang, headline, body) == []


def test_violence_with_a_toll_at_a_match_stays_an_event(extract):
    body = ("MOGADISHU, Oct 5 (Reuters) - A bomb exploded near the stadium during a football match on Sunday, "
            "killing five spectators, police said. The home side had led 2-1 at half-time in the league game.")
    found = events(extract, "en", "Bomb kills five at Mogadishu football match", body)
    assert [e.fatalities.value for e in found if e.status == "new"] == [5]


@pytest.mark.parametrize("text, scores", [
    ("won (5-0) on Sunday", ["5-0"]), ("drew 1-1", ["1-1"]), ("beat them 2:1", ["2:1"]), ("took 6-31", ["6-31"]),
    ("at 14:30 local time", []), ("the 2023-24 season", []), ("on 12-10-2024", []), ("from 2020-2022", []),
])
def test_what_counts_as_a_score(text, scores):
    assert _SCORE.findall(text) == scores
