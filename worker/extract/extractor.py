"""The extract stage: one unique article in, its events and reported running figures out."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from worker.models import Extraction
from worker.models.article import Article

from .assemble import build_event, group_mentions
from .figures import build_figure
from .lexicon import lexicon
from .matcher import fold
from .mentions import MentionFinder
from .places import gazetteer
from .sentences import MAX_CHARS, split


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
        sentences = split(article.headline, "headline", 0, lex.abbreviations, limit=3)
        sentences += split(article.body, "body", len(sentences), lex.abbreviations)
        candidates = self._candidates(lex, sentences, folded)
        countries = self._countries(lex, folded)
        mentions, figures = [], []
        for s in candidates:
            result = finder.analyse(s, texts[s.source], folded[s.source], published, countries)
            mentions.extend(result.mentions)
            if result.figure is not None:
                figures.append(build_figure(article, s, result.figure, result.figure_places,
                                            result.figure_actors, published))
        drafts = group_mentions(mentions)
        primary = next((i for i, d in enumerate(drafts) if d.status == "new"), None)
        events = [build_event(article, d, i, i == primary, published) for i, d in enumerate(drafts)]
        return Extraction(article_id=article.article_id, language=article.language, events=events,
                          reported_figures=figures)

    @staticmethod
    def _candidates(lex, sentences, folded):
        """Sentences worth a full analysis: a trigger, threat or running-count word in them."""
        keep = set()
        for source in ("headline", "body"):
            starts = [s.start for s in sentences if s.source == source]
            idx = [s for s in sentences if s.source == source]
            if not idx:
                continue
            end = idx[-1].end
            hits = [m.start for m in lex.triggers.find(folded[source], 0, end)]
            hits += [m.start for m in lex.status.find(folded[source], 0, end) if m.value == "threat"]
            hits += [m.start for m in lex.since.find(folded[source], 0, end)]
            hits += [m.start for m in lex.figure_total.find(folded[source], 0, end)]
            for h in hits:
                i = bisect_left(starts, h + 1) - 1
                if i >= 0 and idx[i].start <= h < idx[i].end:
                    keep.add(idx[i].index)
        return [s for s in sentences if s.index in keep]

    @staticmethod
    def _countries(lex, folded) -> frozenset[str]:
        """Countries the article names (for choosing between same-named cities)."""
        found = set()
        for text in folded.values():
            head = text[:20000]
            found.update(m.value for m in lex.countries.find(head))
            found.update(m.value for m in lex.demonyms.find(head))
        return frozenset(found)


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process-wide extractor (lexicons and gazetteer loaded on first use)."""
    return Extractor()


def extract_article(article: Article) -> Extraction:
    return default_extractor().extract(article)
