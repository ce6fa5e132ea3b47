from worker.extract.sentences import MAX_SENTENCES, split


def texts(text, **kw):
    return [s.text for s in split(text, "body", **kw)]


def test_splits_on_sentence_ends_keeps_offsets():
    text = "Ein Angriff am 3. Januar traf Bagdad. Dr. Ali sagte: \"Vier Tote.\" Später mehr!"
    sents = split(text, "body", abbreviations=frozenset({"dr"}))
    assert [s.text for s in sents] == ["Ein Angriff am 3. Januar traf Bagdad.", "Dr. Ali sagte: \"Vier Tote.\"",
                                       "Später mehr!"]
    for s in sents:
        assert text[s.start:s.end] == s.text


def test_arabic_and_question_marks():
    assert len(texts("قتل أربعة. هل هذا صحيح؟ نعم")) == 3


def test_lowercase_continuation_is_not_a_boundary():
    assert texts("The U.S. military said so. It was late.") == ["The U.S. military said so.", "It was late."]


def test_caps_on_huge_input():
    sents = split("Word. " * 100_000, "body")
    assert len(sents) == MAX_SENTENCES
    long = split("x" * 5000, "body")
    assert all(len(s.text) <= 700 for s in long)


def test_clauses():
    s = split("Im Osten, bei dem Angriff; danach", "body")[0]
    assert [s.text[a - s.start:b - s.start] for a, b in s.clauses()] == ["Im Osten", "bei dem Angriff", "danach"]
