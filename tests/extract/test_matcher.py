from hypothesis import example, given, settings, strategies as st

from worker.extract.matcher import Match, TermMatcher, TextIndex, _Plan, fold


def spans(matcher, text):
    f = fold(text)
    return [(text[m.start:m.end], m.value) for m in matcher.find(f)]


def test_fold_keeps_offsets_and_normalizes():
    text = "Al-Nujaba’a İstanbul أربيل ١٢"
    f = fold(text)
    assert len(f) == len(text)
    assert f.startswith("al nujaba'a istanbul اربيل 12")


def test_whole_word_prefix_and_suffix_modes():
    m = TermMatcher([("tor", "goal"), ("angriff*", "attack"), ("*drohne*", "drone")])
    assert spans(m, "Der Motor lief") == []
    assert spans(m, "ein Tor fiel") == [("Tor", "goal")]
    assert spans(m, "Angriffe und Drohnenangriff") == [("Angriffe", "attack"), ("Drohnenangriff", "drone")]


def test_longest_term_wins_and_hyphen_equals_space():
    m = TermMatcher([("drone", "w"), ("drone strike", "t"), ("al-Nujaba", "n")])
    assert spans(m, "a drone strike on al Nujaba") == [("drone strike", "t"), ("drone", "w"), ("al Nujaba", "n")]


def test_inner_wildcards():
    m = TermMatcher([("machte* * verantwortlich", "blame"), ("fired * rockets", "fire")])
    assert spans(m, "Sie machten die USA verantwortlich") == [("machten die USA verantwortlich", "blame")]
    assert spans(m, "they fired two rockets") == [("fired two rockets", "fire")]
    assert spans(m, "fired a b c d e rockets") == []


def test_arabic_clitics():
    m = TermMatcher([("بغداد", "BGW")], clitics=("و", "ب", "وب"))
    assert spans(m, "وبغداد") == [("بغداد", "BGW")]
    assert spans(m, "سبغداد") == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab *-'", max_size=300))
def test_hostile_input_terminates(text):
    m = TermMatcher([("a* * b", 1), ("*ab*", 2), ("a a a", 3)])
    for found in m.find(fold(text)):
        assert 0 <= found.start <= found.end <= len(text)


def test_a_repeated_word_gives_the_same_matches_each_time():
    """The second occurrence of a core reuses what the first one worked out."""
    m = TermMatcher([("air strike", "t"), ("air", "w"), ("strike*", "s"), ("*angriff", "a"), ("l'attaque", "f"),
                     ("attaque", "g")])
    text = "air strike. Luftangriff, l'attaque; air strikes"
    once = spans(m, text)
    assert spans(m, text + " " + text) == once + [(x, v) for x, v in once]
    assert once == [("air strike", "t"), ("air", "w"), ("strike", "s"), ("Luftangriff", "a"), ("l'attaque", "f"),
                    ("attaque", "g"), ("air", "w"), ("strikes", "s")]


@given(st.lists(st.sampled_from(["air", "strike", "strikes", "airstrike", "Luftangriff", "l'attaque", ",", "x"]),
                max_size=12))
@settings(max_examples=60, deadline=None)
def test_matches_do_not_depend_on_what_was_scanned_before(words):
    text = " ".join(words)
    fresh = TermMatcher([("air strike", "t"), ("air", "w"), ("strike*", "s"), ("*angriff", "a"), ("attaque", "g")])
    warm = TermMatcher([("air strike", "t"), ("air", "w"), ("strike*", "s"), ("*angriff", "a"), ("attaque", "g")])
    spans(warm, "air strike airstrike strikes Luftangriff l'attaque")
    assert spans(warm, text) == spans(fresh, text)


class _InText(TermMatcher):
    """Validates every match and every term after a clitic in the text itself: what the per-core plans must give."""

    def _plan(self, core):
        return _Plan(super()._plan(core).simple, None, None,
                     tuple((k, None) for k in self._clitic_lengths.get(core[0], ())))


_CLITIC_TERMS = [("بغداد", "city"), ("قوات", "forces"), ("القوات", "forces"), ("ال", "article"), ("قتل*", "killed"),
                 ("*هجوم", "attack"), ("هجوم مسلح", "armed"), ("لبنان", "country"), ("بال", "bal"), ("وقف", "halt"),
                 ("قوات خاصه", "special forces")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["و", "ب", "ال", "وال", "بال", "لل", "ل", "ف", "ك", "بغداد", "قوات", "هجوم", "مسلح",
                                 "قتلى", "لبنان", "وقف", "خاصه", "س", " ", " ", "."]), max_size=40),
       st.integers(0, 20))
@example(["ال", "قوات", " ", "خاصه"], 0)  # the term after the article runs past the matched core
def test_planned_matches_equal_matches_validated_in_the_text(parts, start):
    text = "".join(parts)
    planned = TermMatcher(_CLITIC_TERMS, clitics=("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل"))
    in_text = _InText(_CLITIC_TERMS, clitics=("و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل"))
    assert list(planned.scan(text, start).items()) == list(in_text.scan(text, start).items())
    assert list(planned.scan(text).items()) == list(in_text.scan(text).items())  # plans now cached


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8)), max_size=12), st.integers(0, 50), st.integers(0, 50))
def test_text_index_lookups_are_the_matches_inside_the_span(spans, start, end):
    matches = sorted((Match(s, s + n, "t", i) for i, (s, n) in enumerate(spans)), key=lambda m: (m.start, -m.end))
    ix = TextIndex("x" * 50, {"c": matches})
    inside = [m for m in matches if start <= m.start and m.end <= end]
    assert ix.find("c", start, end) == inside
    assert ix.first("c", start, end) == (inside[0] if inside else None)
    assert ix.find("other", start, end) == [] and ix.first("other", start, end) is None
