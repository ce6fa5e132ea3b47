"""Short wire-style articles written for these rules (not taken from any evaluation set): ships attacked off a
port, towns followed by their country, framed towns whose name starts with an article, months of last year."""

from datetime import date, datetime, timezone

import pytest

PUBLISHED = datetime(2024, 7, 24, 8, 0, tzinfo=timezone.utc)  # a Wednesday


def first_event(extractor, article, lang, body, published=PUBLISHED):
    events = extractor.extract(article(body, lang, published=published)).events
    assert events, body
    return events[0]


@pytest.mark.parametrize("lang,body,sea", [
    ("en", "A merchant ship was hit by a missile off Yemen's port of Hodeidah on Tuesday, the UKMTO agency said.",
     "Red Sea"),
    ("en", "A missile fired by the rebels struck a tanker off Aden on Tuesday, starting a fire on board.",
     "Gulf of Aden"),
    ("fr", "Les Houthis ont attaqué mardi un navire marchand au large de Hodeïda, dans l'ouest du Yémen, a indiqué "
           "l'agence UKMTO.", "Red Sea"),
    ("fr", "Un missile a frappé mardi un pétrolier au large d'Aden, a indiqué l'agence UKMTO.", "Gulf of Aden"),
    ("es", "Un buque mercante fue alcanzado el martes por un misil frente a las costas de Hodeida, en Yemen, informó "
           "la agencia UKMTO.", "Red Sea"),
    ("de", "Ein Frachtschiff ist am Dienstag vor der Küste von Hodeida im Jemen von einer Rakete getroffen worden, "
           "teilte die Behörde UKMTO mit.", "Red Sea"),
    ("ar", "أصيبت سفينة تجارية بصاروخ يوم الثلاثاء قبالة سواحل الحديدة غربي اليمن، وفق ما أعلنت هيئة عمليات التجارة "
           "البحرية البريطانية.", "Red Sea"),
    ("en", "A merchant vessel was struck by a missile in the Red Sea about 90 nautical miles northwest of Yemen's port "
           "of Hodeidah on Tuesday, the UKMTO agency said.", "Red Sea"),
    # the port is a bearing beside the sea named after a locative
    ("fr", "Un cargo a été visé mardi par deux drones dans le golfe d'Aden, à environ 120 milles nautiques à l'est du "
           "port yéménite d'Aden, a indiqué l'agence UKMTO.", "Gulf of Aden"),
    ("es", "Un carguero fue alcanzado el martes por dos drones en el golfo de Adén, a unas 120 millas náuticas al este "
           "del puerto yemení de Adén, informó la agencia UKMTO.", "Gulf of Aden"),
])
def test_a_ship_attacked_off_a_port_is_at_sea(extractor, article, lang, body, sea):
    ev = first_event(extractor, article, lang, body)
    assert (ev.location.name, ev.location.precision, ev.location.country_code) == (sea, "sea", None)
    assert ev.event_date == date(2024, 7, 23)


@pytest.mark.parametrize("lang,body", [
    ("en", "Israeli forces cut off Gaza City on Tuesday, killing 12 people in air strikes, medics said."),
    ("en", "Gunmen killed three people off the main road near Kandahar on Tuesday, police said."),
])
def test_off_without_a_ship_stays_on_land(extractor, article, lang, body):
    assert first_event(extractor, article, lang, body).location.precision != "sea"


@pytest.mark.parametrize("lang,body,country", [
    ("es", "Al menos cinco soldados murieron el martes en un ataque con explosivos en Tibú, Colombia, informó el "
           "Ejército.", "CO"),
    ("en", "Five soldiers were killed on Tuesday in a bomb attack in Tibú, Colombia, the army said.", "CO"),
    ("fr", "Cinq soldats ont été tués mardi dans une attaque à l'explosif à Tibú, Colombie, selon l'armée.", "CO"),
])
def test_a_town_the_gazetteer_lacks_takes_the_country_after_its_comma(extractor, article, lang, body, country):
    ev = first_event(extractor, article, lang, body)
    assert (ev.location.name, ev.location.country_code, ev.location.precision) == ("Tibú", country, "city")


@pytest.mark.parametrize("lang,body", [
    ("en", "A rocket struck a building in Tripoli, Lebanon, on Tuesday, killing two people, police said."),
    ("de", "Bei einem Raketenangriff in Tripoli, Libanon, sind am Dienstag zwei Menschen getötet worden."),
    ("fr", "Deux personnes ont été tuées mardi dans une frappe à Tripoli, Liban, selon la police."),
])
def test_a_known_town_resolves_in_the_country_after_its_comma(extractor, article, lang, body):
    ev = first_event(extractor, article, lang, body)
    assert (ev.location.name, ev.location.country_code) == ("Tripoli", "LB")


def test_a_framed_town_may_start_with_a_short_article(extractor, article):
    body = ("Trece policías murieron el martes en una emboscada en la localidad de El Papayo, en el municipio de "
            "Coyuca de Benítez, en el estado mexicano de Guerrero, informaron las autoridades.")
    ev = first_event(extractor, article, "es", body)
    assert (ev.location.name, ev.location.country_code) == ("El Papayo", "MX")


@pytest.mark.parametrize("lang,body", [
    ("ar", "وفي أغسطس/آب من العام الماضي، قُتل 55 شخصا في اشتباكات بين مجموعتين مسلحتين في طرابلس الليبية."),
    ("en", "In August last year, 55 people were killed in clashes between two armed groups in Tripoli, Libya."),
    ("de", "Im August vergangenen Jahres wurden bei Gefechten zwischen zwei Milizen in Tripolis 55 Menschen getötet."),
    ("fr", "En août de l'année dernière, 55 personnes avaient été tuées dans des affrontements entre deux milices à "
           "Tripoli."),
    ("es", "En agosto del año pasado, 55 personas murieron en enfrentamientos entre dos milicias en Trípoli."),
])
def test_a_clash_in_august_of_last_year(extractor, article, lang, body):
    ev = first_event(extractor, article, lang, body, datetime(2024, 12, 4, 9, 0, tzinfo=timezone.utc))
    assert ev.event_date == date(2023, 8, 1)
    assert ev.location.country_code == "LY"
