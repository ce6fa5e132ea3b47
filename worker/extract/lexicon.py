"""Loads the per-language lexicon data files once and compiles them into term matchers."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from .matcher import Match, TermMatcher, TextIndex, fold

LEXICON_DIR = Path(__file__).parent / "lexicons"
#: Little words ("in", "une", "two") get a trie of their own: in one trie with the event words a longer
#: term would hide them where they overlap.
LITTLE_WORDS = frozenset({"numbers", "vague_numbers", "duals", "scale_words", "qualifiers", "qualifiers_after",
                          "locatives", "reference_locatives", "roles", "persons", "leaders", "including", "toll",
                          "context", "legal"})
#: How far around an analysed sentence its little words are scanned: past the longest look-around of the analysis
#: (a qualifier 30 characters before a number, a legal word 60 after) and a term's length.
_LITTLE_REACH = 120
#: How far past a claim an event word it hides may run ("said it fired [rockets]").
_HIDDEN_REACH = 40
#: What a claim's last word may start: an event word or a weapon.
_HIDEABLE = ("triggers", "weapons")
_CONTEXT_CUES = frozenset({"hypothetical", "confirmation", "speech", "negation"})
LANGUAGES = ("de", "en", "fr", "es", "ar")

#: Prefixes Arabic glues to a word: conjunctions, prepositions and the article.
ARABIC_CLITICS = ("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "وب", "ول", "وك", "فب", "فل", "ولل", "وبال")
#: French elided words: a term may start after one even where a longer term starts with it ("l'attentat" is an
#: anaphora, "attentat suicide" a suicide bombing).
FRENCH_CLITICS = ("l'", "d'", "qu'", "s'", "n'", "c'", "jusqu'", "lorsqu'", "puisqu'")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML without the 1.1 booleans: lexicon words like "on", "off", "no", "yes" stay words."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml(name: str) -> dict[str, Any]:
    with open(LEXICON_DIR / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader) or {}


@lru_cache(maxsize=None)
def shared(name: str) -> dict[str, Any]:
    """A language-independent data file (actors.yaml, gazetteer.yaml), parsed once."""
    return _yaml(name)


def _pairs(section: Any, value: Any = True) -> list[tuple[str, Any]]:
    """Terms of a list (all mapped to `value`) or of a {term: value} mapping."""
    if isinstance(section, dict):
        return [(str(k), v) for k, v in section.items()]
    return [(str(t), value) for t in section or ()]


def _grouped(section: dict[str, Any] | None) -> list[tuple[str, Any]]:
    """{group: [terms]} -> [(term, group)]."""
    return [(str(t), group) for group, terms in (section or {}).items() for t in terms or ()]


class Lexicon:
    """Every compiled matcher the extractor needs for one language."""

    def __init__(self, lang: str):
        data = _yaml(f"{lang}.yaml")
        self.lang = lang
        self.data = data
        self.clitics = {"ar": ARABIC_CLITICS, "fr": FRENCH_CLITICS}.get(lang, ())
        self.abbreviations = frozenset(a.lower() for a in data.get("abbreviations", ()))
        cas = data.get("casualties", {})
        status = data.get("status", {})
        dates = data.get("dates", {})
        figures = data.get("figures", {})
        self.number_joiners = frozenset(data.get("number_joiners", ()))
        #: auxiliaries that make a killing verb after them passive ("was killed", "a été tué", "wurde getötet")
        self.passive_aux = frozenset(fold(str(a)) for a in data.get("passive_aux") or ())
        #: locatives of being in, not of coming from: "Boni in central Mali" is a town of Mali, "Kharkiv from
        #: Russia" none of Russia's
        self.within = frozenset(fold(str(a)) for a in data.get("within") or ())
        #: weapon words that state the act of using it ("opened fire"): an event word on its own, unlike a weapon noun
        self.weapon_acts = frozenset(fold(str(a)) for a in data.get("weapon_acts") or ())
        #: singular person nouns that count one right after a casualty word ("مقتل جندي"), folded
        self.singular_persons = frozenset(fold(str(a)) for a in data.get("singular_persons") or ())
        #: number words that are mostly articles ("a", "an"): a count only right beside a casualty word
        self.loose_articles = frozenset(fold(str(a)) for a in data.get("loose_articles") or ())
        #: what ties a country to an attack noun as its attacker ("Israel strikes", "frappes d'Israël") and the words
        #: before the place it struck ("on Lebanon"), folded
        links = data.get("country_attackers") or {}
        self.attacker_before = frozenset(fold(str(w)) for w in links.get("before") or ())
        self.attacker_after = frozenset(fold(str(w)) for w in links.get("after") or ())
        self.struck_words = frozenset(fold(str(w)) for w in links.get("struck") or ())
        #: phrases whose actor word is no actor ("attaque armée"), folded once: every sentence asks
        self.not_actors = tuple(fold(str(p)) for p in data.get("not_actors") or ())
        #: the verb comes before its subject ("هاجم مسلحون"): an actor right after an event verb does it
        self.verb_first = bool(data.get("verb_first"))
        #: attack nouns a weapon compound may hold ("Drohnenangriff"), folded
        self.attack_compounds = tuple(fold(str(p)) for p in data.get("attack_compounds") or ())
        #: "de los", "of the": what may stand between a generic noun and the named group it is, folded
        self.group_links = frozenset(fold(str(p)) for p in data.get("group_links") or ())
        #: "its forces", "ses combattants" / "قواتها": the possessive words before, or endings after, a fighters noun
        self.possessives = frozenset(fold(str(p)) for p in data.get("possessives") or ())
        self.possessive_endings = tuple(fold(str(p)) for p in data.get("possessive_endings") or ())
        categories: dict[str, list[tuple[str, Any]]] = {
            "numbers": _pairs(data.get("numbers")),
            "vague_numbers": _pairs(data.get("vague_numbers")),
            "duals": _pairs(data.get("duals")),
            "scale_words": _pairs(data.get("scale_words")),
            "qualifiers": _grouped(data.get("qualifiers")),
            "qualifiers_after": _grouped(data.get("qualifiers_after")),
            # nouns first: "blessés", "muertos", "dead" are the counted noun in "30 blessés"
            "killed": _pairs(cas.get("killed_nouns"), "noun") + _pairs(cas.get("kill_verbs"), "verb")
            + _pairs(cas.get("killed")),
            "injured": _pairs(cas.get("injured_nouns"), "noun") + _pairs(cas.get("injured")),
            "persons": _pairs(cas.get("persons")),
            "leaders": _pairs(cas.get("leaders")),
            "including": _pairs(cas.get("including")),
            "toll": _pairs(cas.get("toll")),
            "legal": _pairs(cas.get("legal")),
            "triggers": [(t, (code, strength)) for code, spec in data.get("triggers", {}).items()
                         for strength, terms in spec.items() for t in terms],
            "weapons": _grouped(data.get("weapons")),
            "combatants": _pairs(data.get("combatants")),
            "crowd": _pairs(data.get("crowd")),
            # grievances veto like the rest, but a demonstration may be about them (see event_types.vetoed)
            "veto": _pairs(data.get("veto")) + _pairs(data.get("grievances"), "grievance"),
            "not_events": _pairs(data.get("not_events")),
            "non_lethal": _pairs(data.get("non_lethal")),
            "agreeing": _pairs(data.get("agreeing")),
            "capital_words": _pairs(data.get("capital_words")),
            "causes": _pairs(data.get("causes")),
            "status": _grouped({k: v for k, v in status.items() if k not in _CONTEXT_CUES}),
            "context": _grouped({k: v for k, v in status.items() if k in _CONTEXT_CUES}),
            "roles": _grouped(data.get("roles")),
            "locatives": _pairs(data.get("locatives")),
            "reference_locatives": _pairs(data.get("reference_locatives")),
            "relative_days": _pairs(dates.get("relative_days")),
            "same_day": _pairs(dates.get("same_day")),
            "periods": [(k, tuple(v)) for k, v in (dates.get("periods") or {}).items()],
            "days_ago": _pairs(dates.get("days_ago")),
            "since": _pairs(dates.get("since")),
            "weekdays": self._weekdays(),
            "months": self._months(dates.get("months_extra"), dates.get("months_short")),
            "figure_units": _pairs(figures.get("times")),
            "figure_total": _pairs(figures.get("total")),
            "attribution": _pairs(figures.get("attribution")),
            "named_actors": self._named_actors(data.get("actor_names") or {}),
            "generic_actors": _grouped(data.get("generic_actors")),
            "demonyms": _pairs(data.get("demonyms")) + self._english_demonyms(),
            "countries": self._countries(data.get("country_names") or {}),
        }
        self._matchers = [TermMatcher((), self.clitics, {k: v for k, v in categories.items() if k not in LITTLE_WORDS}),
                          TermMatcher((), self.clitics, {k: v for k, v in categories.items() if k in LITTLE_WORDS})]
        #: first words of the event words a claim may end on ("fired" of "fired rockets"): exact, and stems of "stem*"
        firsts = {fold(t).split()[0] for cat in _HIDEABLE for t, _ in categories[cat] if fold(t).split()}
        self._act_firsts = frozenset(w for w in firsts if "*" not in w)
        self._act_stems = tuple(sorted(w.strip("*") for w in firsts if w.endswith("*") and not w.startswith("*")))

    def events(self, folded: str) -> dict[str, list[Match]]:
        """Event words (every category but the little words) in the whole text, by category."""
        return self._with_claimed_acts(folded, self._matchers[0].scan(folded))

    def _with_claimed_acts(self, folded: str, by: dict[str, list[Match]],
                           end: int | None = None) -> dict[str, list[Match]]:
        """A claim that ends on the act claimed ("said it fired", "said they attacked") hides the event word under
        it in the one-trie scan: the words from its last one are scanned again and what starts inside it is kept
        ("fired rockets"). Claims are rare, so this costs nothing on most texts."""
        claims = [m for m in by.get("status", ()) if m.value == "claim" and " " in m.term]
        stop = len(folded) if end is None else end
        for c in claims:
            last = folded.rfind(" ", c.start, c.end) + 1
            word = folded[last:c.end]
            if word not in self._act_firsts and not word.startswith(self._act_stems):
                continue  # "claimed responsibility": no event word starts with its last word
            for cat, found in self._matchers[0].scan(folded, last, min(stop, c.end + _HIDDEN_REACH)).items():
                hidden = [m for m in found if m.start < c.end and cat != "status"]
                if hidden:
                    by[cat] = sorted(by.get(cat, []) + hidden, key=lambda m: (m.start, -m.end))
        return by

    def index(self, folded: str, end: int | None = None, events: dict[str, list[Match]] | None = None) -> TextIndex:
        """Every lexicon term in folded[:end] by category; `events` is this text's `events()` if already scanned."""
        ix = self.event_index(folded, end, events)
        ix.add(self._matchers[1].scan(folded, 0, end))
        return ix

    def hurts(self, casualty: Match, between: str) -> bool:
        """Whether a casualty word says the noun `between` words before it was hurt: any but an active killing verb
        ("a suicide bomber killed seven"), which a passive auxiliary makes passive ("a été tué", "was killed")."""
        return casualty.value != "verb" or bool(self.passive_aux & set(between.split()))

    def event_index(self, folded: str, end: int | None = None,
                    events: dict[str, list[Match]] | None = None) -> TextIndex:
        """The event words of folded[:end] only: enough to choose the sentences worth reading, whose little words
        `add_little_words` then adds."""
        stop = len(folded) if end is None else end
        if events is None:
            by = self._with_claimed_acts(folded, self._matchers[0].scan(folded, 0, end), end)
        elif stop >= len(folded):  # the usual case: the sentences reach the end of the text
            by = dict(events)
        else:
            by = {cat: kept for cat, found in events.items() if (kept := [m for m in found if m.end <= stop])}
        return TextIndex(folded, by, self)

    def add_little_words(self, ix: TextIndex, spans: list[tuple[int, int]]) -> None:
        """The little words (numbers, qualifiers, locatives...) within `_LITTLE_REACH` of these spans, which are
        sorted and disjoint. The analysis of a sentence looks at most a few dozen characters past it; scanning
        only there saves most of a news story whose violent words are a game's."""
        folded = ix.folded
        by: dict[str, list[Match]] = {}
        for start, end in _windows(folded, spans, len(ix.folded)):
            for cat, found in self._matchers[1].scan(folded, start, end).items():
                by.setdefault(cat, []).extend(found)
        ix.add(by)

    def _english_demonyms(self) -> list[tuple[str, str]]:
        """In English the gazetteer's demonyms ("Cameroonian", "Myanmar": "Myanmar military") are the adjectives."""
        if self.lang != "en":
            return []
        countries = shared("gazetteer.yaml").get("countries") or {}
        return [(str(info["demonym"]).lower(), code) for code, info in countries.items() if info.get("demonym")]

    def _weekdays(self) -> list[tuple[str, int]]:
        days = Locale.parse(self.lang).days
        out = [(name, idx) for ctx in ("format", "stand-alone") for idx, name in days[ctx]["wide"].items()]
        out += [(t, idx) for t, idx in _pairs(self.data.get("dates", {}).get("weekdays_extra"))]
        if self.lang in ("en", "de"):  # "Thursday's attack", "Donnerstags"
            out += [(f"{name}*", idx) for name, idx in out]
        return out

    def _months(self, extra: dict | None, short: dict | None) -> list[tuple[str, tuple[int, bool]]]:
        """(name, (month, short)); a short form ("Oct.") is a date only with its day number."""
        months = Locale.parse(self.lang).months
        out = [(name, (idx, False)) for ctx in ("format", "stand-alone") for idx, name in months[ctx]["wide"].items()]
        out += [(str(k), (int(v), False)) for k, v in (extra or {}).items()]
        return out + [(str(k), (int(v), True)) for k, v in (short or {}).items()]

    def _named_actors(self, local: dict[str, list[str]]) -> list[tuple[str, str]]:
        named = shared("actors.yaml")["named"]
        out = [(form, aid) for aid, spec in named.items() for form in spec.get("forms", ())]
        out += [(form, aid) for aid, forms in local.items() if aid in named for form in forms]
        if self.lang == "ar":  # "للدعم السريع": لـ before the article drops its alif, leaving "دعم السريع"
            out += [(form[2:], aid) for form, aid in out if form.startswith("ال") and " " in form]
        return out

    def _countries(self, extra: dict[str, list[str]]) -> list[tuple[str, str]]:
        names = Locale.parse(self.lang).territories
        out = [(part, code) for code, name in names.items()
               if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES for part in _name_parts(name)]
        if self.lang == "de":  # the genitive: "im Norden Malis", "Nigerias Armee", "Burkina Fasos"
            out += [(f"{part}s", code) for part, code in list(out) if _takes_genitive_s(part)]
        return out + [(form, code) for code, forms in extra.items() for form in forms]


#: CLDR territory codes that name no country: the United Nations, the European Union, the eurozone, Outlying
#: Oceania, pseudo-locales and the unknown region ("according to the United Nations" places nothing).
_NOT_COUNTRIES = frozenset({"UN", "EU", "EZ", "QO", "XA", "XB", "ZZ"})


def _takes_genitive_s(name: str) -> bool:
    """A German country name takes -s in the genitive unless it ends in a hissing sound or is led by an adjective or
    a feminine noun ("der Vereinigten Staaten", "der Zentralafrikanischen Republik", "der Republik Moldau")."""
    first = name.split(" ", 1)[0]
    return name[-1:] not in "sxzß" and not (" " in name and (first.endswith(("e", "es")) or first in _FEMININE_LEADS))


_FEMININE_LEADS = frozenset({"Republik", "Sonderverwaltungsregion"})


def _name_parts(name: str) -> list[str]:
    """A CLDR name with its other name in brackets is two names: "Myanmar (Birmanie)", "Myanmar (Birmania)"."""
    outer, _, inner = name.partition(" (")
    return [outer, inner.rstrip(")")] if inner else [name]


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language (English for languages without one)."""
    return Lexicon(lang if lang in LANGUAGES else "en")


def _windows(folded: str, spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The spans widened by `_LITTLE_REACH` to the next non-letter (no word is cut in two), merged."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        a, b = max(0, start - _LITTLE_REACH), min(length, end + _LITTLE_REACH)
        while a > 0 and folded[a - 1].isalnum():
            a -= 1
        while b < length and folded[b].isalnum():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
