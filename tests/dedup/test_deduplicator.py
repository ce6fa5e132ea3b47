from hypothesis import given, settings
from hypothesis import strategies as st

from worker.dedup import Deduplicator

from .factory import STORY, article, story


def check_all(dedup, *articles):
    return [dedup.check(a).dedup for a in articles]


def test_first_article_is_unique():
    verdict = Deduplicator({}).check(article("a", story())).dedup
    assert (verdict.status, verdict.method, verdict.of) == ("unique", "first_seen", None)


def test_exact_copy_from_another_outlet_is_a_duplicate():
    first, copy = check_all(Deduplicator({}), article("a", story()), article("b", story(), source="Other"))
    assert (copy.status, copy.of, copy.method) == ("duplicate", "a", "exact_hash")


def test_near_identical_copy_is_a_duplicate_by_minhash():
    noisy = story() + "\n\nThis article was syndicated from a partner outlet."
    _, copy = check_all(Deduplicator({}), article("a", story()), article("b", noisy, source="Other"))
    assert (copy.status, copy.of, copy.method) == ("duplicate", "a", "minhash")
    assert copy.similarity >= 0.9


def test_update_with_changed_figure_is_a_version():
    update = story(STORY + ["A hospital official later said a fifth man died of his wounds overnight in the capital."])
    update = update.replace("four people", "five people")
    _, later = check_all(Deduplicator({}), article("a", story()),
                         article("b", update, headline="UPDATE 1-Drone strike kills 5 at militia base", days=0.1))
    assert (later.status, later.of, later.method) == ("version", "a", "minhash")


def test_rewrite_with_dropped_paragraphs_is_a_version():
    rewrite = story([STORY[1], STORY[0], STORY[5], STORY[2]])
    _, later = check_all(Deduplicator({}), article("a", story()), article("b", rewrite, source="Other"))
    assert later.status == "version" and later.of == "a"


def test_same_story_id_links_a_rewritten_take():
    first = article("a", STORY[0], source="Wire", story_id="S1")
    second = article("b", "Completely rewritten copy about the same event with new wording throughout.",
                     source="Wire", story_id="S1", headline="Something else")
    _, later = check_all(Deduplicator({}), first, second)
    assert (later.status, later.of, later.method) == ("version", "a", "story_id")


def test_flash_then_full_story_is_a_version_by_headline():
    flash = article("a", STORY[0], headline="FLASH: Drone strike kills 3 at militia base in Baghdad")
    full = article("b", story(), headline="UPDATE 1-Drone strike kills 4 at militia base in Baghdad", days=0.05)
    _, later = check_all(Deduplicator({}), flash, full)
    assert (later.status, later.of, later.method) == ("version", "a", "headline")


def test_similar_headline_from_another_story_is_unique():
    a = article("a", story(), headline="Drone strike kills 3 in Baghdad")
    b = article("b", "Rockets struck an air base in western Anbar province, a security source said, with no "
                     "casualties reported. The base hosts foreign troops.", headline="Drone strike kills 3 in Anbar")
    assert check_all(Deduplicator({}), a, b)[1].status == "unique"


def test_other_languages_never_meet():
    state = {}
    dedup = Deduplicator(state)
    dedup.check(article("a", story()))
    assert dedup.check(article("b", story(), language="de")).dedup.status == "unique"


def test_redelivery_returns_the_stored_verdict_and_changes_nothing():
    state = {}
    dedup = Deduplicator(state)
    check_all(dedup, article("a", story()), article("b", story()))
    before = dict(state)
    assert dedup.check(article("b", story())).dedup == dedup.check(article("b", story())).dedup
    assert dedup.check(article("b", story())).dedup.of == "a"
    assert dedup.check(article("a", story())).dedup.status == "unique"
    assert state == before


def test_fingerprints_expire_after_the_horizon():
    state = {}
    dedup = Deduplicator(state, horizon_days=7)
    dedup.check(article("a", story()))
    dedup.check(article("x", "Unrelated filler text about markets and interest rates today.", days=9))
    assert not any(key.startswith("en|a|a") for key in state)
    assert dedup.check(article("b", story(), days=9)).dedup.status == "unique"


def test_within_the_horizon_copies_are_still_found():
    dedup = Deduplicator({}, horizon_days=7)
    dedup.check(article("a", story()))
    assert dedup.check(article("b", story(), days=6)).dedup.status == "duplicate"


def test_late_article_is_bucketed_inside_the_horizon_and_evicted_later():
    state = {}
    dedup = Deduplicator(state, horizon_days=3)
    dedup.check(article("now", "Filler one about the weather in spring.", days=10))
    dedup.check(article("late", story(), days=0))
    assert "en|a|late" in state
    dedup.check(article("later", "Filler two about a football match on Sunday.", days=20))
    assert "en|a|late" not in state


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 60)), min_size=1, max_size=60))
def test_state_stays_bounded_and_redelivery_is_stable(plan):
    state = {}
    dedup = Deduplicator(state, horizon_days=2)
    buckets, watermark = {}, None
    for n, (variant, day) in enumerate(plan):
        body = story(STORY[variant:] + [f"Paragraph {variant} of story {variant}."])
        item = article(f"id{n % 17}", body, days=day)
        stored = f"en|a|{item.article_id}" in state
        verdict = dedup.check(item).dedup
        assert dedup.check(item).dedup == verdict
        if not stored:
            watermark = max(day, watermark if watermark is not None else day)
            buckets[item.article_id] = max(day, watermark - 2 + 1)
    alive = {k.removeprefix("en|a|") for k in state}
    assert all(k.startswith("en|a|") for k in state)
    assert alive <= {i for i, bucket in buckets.items() if bucket >= watermark - 2}
    assert set(dedup._store("en").day_of) == alive
