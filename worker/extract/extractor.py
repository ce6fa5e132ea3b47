"""The extract stage: one unique article in, its events and reported running figures out."""

from __future__ import annotations

from functools import lru_cache

from worker.models import Extraction
from worker.models.article import Article

from .assemble import build_event, group_mentions
from .event_types import DEMONSTRATIONS, off_topic
from .figures import build_figure
from .lexicon import lexicon
from .matcher import Match, TextIndex, fold
from .mentions import MentionFinder, carry_same_days
from .name_frames import dateline_end
from .places import gazetteer
from .sentences import MAX_CHARS, Sentence, split


class Extractor:
    """Stateless apart from the lexicons and gazetteer, which are loaded once and shared."""

    def __init__(self) -> None:
        self._finders: dict[str, MentionFinder] = {}

    def finder(self, lang: str) -> MentionFinder:
        found = self._finders.get(lang)
        if found is None:
            found = self._finders[lang] = MentionFinder(lexicon(lang), gazetteer())
        return found

    def warm_up(self, languages=("de", "en", "fr", "es", "ar")) -> "Extractor":
        for lang in languages:
            self.finder(lang)
        return self

    def extract(self, article: Article) -> Extraction:
        finder = self.finder(article.language)
        lex = finder.lex
        published = article.published_at.date()
        texts = {"headline": article.headline, "body": article.body}
        folded = {k: fold(v[:MAX_CHARS]) for k, v in texts.items()}
        events = {k: lex.events(f) for k, f in folded.items()}
        if not any(_worth_reading(found) for found in events.values()):  # most news: the scan is all it costs
            return Extraction(article_id=article.article_id, language=article.language)
        sentences = split(article.headline, "headline", 0, lex.abbreviations, limit=3)
        sentences += split(article.body, "body", len(sentences), lex.abbreviations)
        index = {k: lex.event_index(f, max((s.end for s in sentences if s.source == k), default=0), events[k])
                 for k, f in folded.items()}
        index["body"].places_from = dateline_end(article.body)
        named = frozenset(m.value for found in events.values() for m in found.get("weapons", ()))
        for ix in index.values():
            ix.article_weapons = named
        sport_or_markets = off_topic([events["headline"], events["body"]], (article.headline, article.body))
        candidates = candidate_sentences(sentences, index, sport_or_markets)
        for source, ix in index.items():
            lex.add_little_words(ix, [(s.start, s.end) for s in candidates if s.source == source])
        countries = article_countries(index)
        mentions, figures = [], []
        for s in candidates:
            result = finder.analyse(s, texts[s.source], index[s.source], published, countries)
            mentions.extend(result.mentions)
            if result.figure is not None:
                figures.append(build_figure(article, s, result.figure, result.figure_places,
                                            result.figure_actors, published))
        carry_same_days(mentions)
        drafts = group_mentions(mentions, sport_or_markets)
        primary = next((i for i, d in enumerate(drafts) if d.status == "new"), None)
        built = [build_event(article, d, i, i == primary, published) for i, d in enumerate(drafts)]
        return Extraction(article_id=article.article_id, language=article.language, events=built,
                          reported_figures=_distinct(figures))



def _distinct(figures: list) -> list:
    """One figure per metric, value and start date: the body's statement ("at least 55") over the headline's."""
    by: dict = {}
    for f in figures:
        key = (f.metric, f.value, f.since)
        if key not in by or by[key].evidence[0].source == "headline":
            by[key] = f
    return list(by.values())


#: A sentence is worth a full analysis with one of these words in it (or a threat).
_CANDIDATE = ("triggers", "since", "injured", "killed", "figure_total")


def _worth_reading(events: dict[str, list[Match]]) -> bool:
    """Whether a text has any word that can start a candidate sentence."""
    return any(events.get(cat) for cat in _CANDIDATE) or any(m.value == "threat" for m in events.get("status", ()))


#: Status cues worth a sentence of their own: a threat, who is blamed ("The group blamed US forces."), or a
#: reference back that may date the event ("The device went off on Monday morning.").
_ON_THEIR_OWN = ("threat", "blame", "anaphora")


def candidate_sentences(sentences: list[Sentence], index: dict[str, TextIndex],
                        off_topic: bool = False) -> list[Sentence]:
    """Sentences worth a full analysis: a trigger, casualty, threat, blame or running-count word in them. In a
    match report or market story only what `group_mentions` keeps there can come out: a toll, a running count
    or a demonstration (most of its violent words are the game's)."""
    keep = []
    for s in sentences:
        ix = index[s.source]
        if off_topic and not _counts_off_topic(ix, s.start, s.end):
            continue
        if (any(ix.first(cat, s.start, s.end) for cat in _CANDIDATE)
                or any(m.value in _ON_THEIR_OWN for m in ix.find("status", s.start, s.end))):
            keep.append(s)
    return keep


#: Casualty and running-count words: the sentences of an off-topic article that may yield a toll or a figure.
_COUNTING = ("killed", "injured", "since", "figure_total")


def _counts_off_topic(ix: TextIndex, start: int, end: int) -> bool:
    return (any(ix.first(cat, start, end) for cat in _COUNTING) or ix.first("non_lethal", start, end) is not None
            or any(m.value[0] in DEMONSTRATIONS for m in ix.find("triggers", start, end)))


def article_countries(index: dict[str, TextIndex]) -> frozenset[str]:
    """Countries the article names (for choosing between same-named cities)."""
    found: set[str] = set()
    for ix in index.values():
        found.update(m.value for m in ix.find("countries"))
        found.update(m.value for m in ix.find("demonyms"))
    return frozenset(found)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide extractor, every language loaded up front in a fixed order: language files add exonyms to
    the shared gazetteer, so loading them as articles arrive would make results depend on arrival order."""
    return Extractor().warm_up()


def extract_article(article: Article) -> Extraction:
    return default_extractor().extract(article)
