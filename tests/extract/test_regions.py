"""First-level regions ("in Nigeria's Zamfara state", "dans la province du Nord-Kivu", "في ولاية غرب دارفور") are
places of admin1 precision, not their country; a city that names a region stays the city unless a region word
says otherwise ("in Kaduna" is the city, "in Kaduna state" the state)."""

import pytest

REGIONS = [
    ("en", "Gunmen killed 12 villagers in Zamfara state on Monday.", "Zamfara", "NG"),
    ("en", "Boko Haram fighters killed nine farmers in Borno on Sunday.", "Borno", "NG"),
    ("fr", "Des hommes armés ont tué 15 personnes lundi dans l'État de Kaduna.", "Kaduna", "NG"),
    ("de", "Bewaffnete haben am Montag im Bundesstaat Niger zwölf Dorfbewohner getötet.", "Niger", "NG"),
    ("ar", "قتل مسلحون 12 قرويا في ولاية زامفارا يوم الاثنين.", "Zamfara", "NG"),
    ("en", "Militants killed 12 soldiers in Mali's Mopti region on Monday.", "Mopti", "ML"),
    ("en", "Jihadists killed 20 civilians in Niger's Tillaberi region on Monday.", "Tillaberi", "NE"),
    ("fr", "Des jihadistes ont tué 20 civils lundi dans la région du Centre-Nord.", "Centre-Nord", "BF"),
    ("fr", "Des séparatistes ont tué sept soldats lundi dans le Nord-Ouest du Cameroun.", "Nord-Ouest", "CM"),
    ("en", "Boko Haram fighters killed seven soldiers in Cameroon's Far North region on Monday.", "Extreme-Nord",
     "CM"),
    ("fr", "Des hommes armés ont tué 12 villageois dans la province du Nord-Kivu lundi.", "Nord-Kivu", "CD"),
    ("ar", "قتل مسلحون 12 شخصا في جنوب كيفو يوم الاثنين.", "Sud-Kivu", "CD"),
    ("es", "Milicianos mataron a 14 civiles el lunes en la provincia de Ituri.", "Ituri", "CD"),
    ("en", "Insurgents beheaded five villagers in Cabo Delgado on Monday.", "Cabo Delgado", "MZ"),
    ("en", "Al-Shabaab fighters killed eight soldiers in Lower Shabelle on Monday.", "Lower Shabelle", "SO"),
    ("de", "Bei Kämpfen in der Region Amhara wurden am Montag 30 Menschen getötet.", "Amhara", "ET"),
    ("es", "Combates en Tigré dejaron 30 muertos el lunes.", "Tigray", "ET"),
    ("ar", "قتل مسلحون 12 قرويا في ولاية غرب دارفور يوم الاثنين.", "West Darfur", "SD"),
    ("fr", "Des bombardements ont tué 40 civils lundi au Kordofan-Sud.", "South Kordofan", "SD"),
    ("ar", "قتل مسلحون 12 شخصا في ولاية الجزيرة يوم الاثنين.", "Al Jazirah", "SD"),
    ("de", "Bewaffnete haben am Montag in der Provinz Khyber Pakhtunkhwa zwölf Polizisten getötet.",
     "Khyber Pakhtunkhwa", "PK"),
    ("en", "Militants killed four soldiers in North Waziristan on Monday.", "North Waziristan", "PK"),
    ("fr", "Un attentat a tué sept soldats lundi au Baloutchistan.", "Balochistan", "PK"),
    ("en", "A bomb killed seven guards in Iran's Sistan-Baluchestan province on Monday.", "Sistan and Baluchestan",
     "IR"),
    ("ar", "قتل مسلحون 5 جنود في محافظة نينوى يوم الاثنين.", "Nineveh", "IQ"),
    ("en", "Houthi shelling killed three soldiers in Marib governorate on Monday.", "Marib", "YE"),
    ("es", "Hombres armados mataron a 12 campesinos en el departamento del Cauca el lunes.", "Cauca", "CO"),
    ("es", "Enfrentamientos entre guerrillas dejaron 9 muertos en el Catatumbo el lunes.", "Catatumbo", "CO"),
    ("es", "Un enfrentamiento armado dejó 6 muertos el lunes en Sinaloa.", "Sinaloa", "MX"),
    ("en", "Gunmen killed six people in Chihuahua state on Monday.", "Chihuahua", "MX"),
    ("en", "A junta air strike killed 9 people in Myanmar's Sagaing region on Monday.", "Sagaing", "MM"),
    ("de", "Ein Luftangriff der Junta tötete am Montag neun Menschen im Rakhine-Staat.", "Rakhine", "MM"),
    ("fr", "Des gangs ont tué 9 personnes lundi dans l'Artibonite.", "Artibonite", "HT"),
    ("en", "Militants killed three people in Manipur on Monday.", "Manipur", "IN"),
    ("de", "Ein israelischer Luftangriff tötete am Montag vier Menschen in der Bekaa-Ebene.", "Bekaa", "LB"),
    ("ar", "قتل ثلاثة مدنيين في قصف روسي على منطقة خاركيف يوم الاثنين.", "Kharkiv", "UA"),
    ("en", "A Ukrainian drone strike killed two people in Russia's Belgorod region on Monday.", "Belgorod", "RU"),
]


CITIES = [
    ("en", "Gunmen killed 12 people in Kaduna on Monday.", "Kaduna", "NG"),
    ("en", "Militants killed 12 soldiers in Gao on Monday.", "Gao", "ML"),
    ("fr", "Des jihadistes ont tué dix soldats lundi à Mopti.", "Mopti", "ML"),
    ("en", "A car bomb killed four people in Aleppo on Monday.", "Aleppo", "SY"),
    ("es", "Hombres armados mataron a seis personas el lunes en Chihuahua.", "Chihuahua", "MX"),
    ("en", "A suicide bomber killed seven people in Khartoum on Monday.", "Khartoum", "SD"),
    ("es", "Un ataque dejó 9 muertos en Culiacán, Sinaloa, el lunes.", "Culiacán", "MX"),
    ("en", "Gunmen killed 12 villagers in Maiduguri, Borno state, on Monday.", "Maiduguri", "NG"),
    ("fr", "Des rebelles du M23 ont tué 12 civils à Rutshuru, dans le Nord-Kivu, lundi.", "Rutshuru", "CD"),
    ("ar", "قتل 12 شخصا في قصف على الفاشر عاصمة ولاية شمال دارفور يوم الاثنين.", "El Fasher", "SD"),
    ("en", "Sinaloa Cartel gunmen killed six people in Tijuana on Monday.", "Tijuana", "MX"),
    ("en", "Tigray forces killed 12 civilians in Kobo, in the Amhara region, on Monday.", "Kobo", "ET"),
    ("ar", "وقالت قناة الجزيرة إن غارة قتلت أربعة أشخاص في خان يونس يوم الاثنين.", "Khan Younis", "PS"),
]


@pytest.mark.parametrize("lang, body, name, country, precision",
                         [(*r, "admin1") for r in REGIONS] + [(*c, "city") for c in CITIES])
def test_a_region_is_the_place_and_a_city_stays_the_city_beside_one(extract, lang, body, name, country, precision):
    [event] = extract(body, lang).events
    assert (event.location.name, event.location.country_code, event.location.precision) == (name, country, precision)


@pytest.mark.parametrize("lang, body", [
    ("en", "Jihadists killed 20 people in the Sahel region on Monday."),
    ("en", "Fighters from the far north of the country killed 20 people on Monday."),
])
def test_a_common_word_is_no_region(extract, lang, body):
    [event] = extract(body, lang).events
    assert event.location is None or event.location.country_code not in ("BF", "CM")
