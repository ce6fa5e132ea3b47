"""WriteBack: a step's writes land once, at flush, and not at all when discarded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from worker.state import WriteBack


class CountingDict(dict):
    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.writes = 0

    def __setitem__(self, key, value) -> None:
        self.writes += 1
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self.writes += 1
        super().__delitem__(key)


def test_rewrites_of_one_key_reach_the_state_once():
    state = CountingDict({"wm": 1})
    held = WriteBack(state)
    for value in range(2, 10):
        held["wm"] = value
    assert held["wm"] == 9 and state["wm"] == 1
    held.flush()
    assert state == {"wm": 9} and state.writes == 1


def test_discard_leaves_the_state_untouched():
    state = CountingDict({"a": 1})
    held = WriteBack(state)
    held["b"] = 2
    del held["a"]
    assert "a" not in held and held.get("a") is None and sorted(held) == ["b"]
    held.discard()
    assert state == {"a": 1} and state.writes == 0 and dict(held) == {"a": 1}


operations = st.lists(st.tuples(st.sampled_from(["set", "del"]), st.sampled_from("abcd"), st.integers(0, 3)))


@given(start=st.dictionaries(st.sampled_from("abcd"), st.integers(0, 3)), ops=operations)
def test_behaves_like_the_mapping_it_holds(start, ops):
    expected, state = dict(start), dict(start)
    held = WriteBack(state)
    for op, key, value in ops:
        if op == "set":
            expected[key] = held[key] = value
        elif key in expected:
            del expected[key]
            del held[key]
        assert dict(held) == expected and len(held) == len(expected)
        assert all(held.get(k) == expected.get(k) and (k in held) == (k in expected) for k in "abcd")
    held.flush()
    assert state == expected


def test_keys_reach_the_state_in_the_order_of_their_last_write():
    class Recording(dict):
        order: list = []

        def __setitem__(self, key, value) -> None:
            self.order.append(key)
            super().__setitem__(key, value)

    state = Recording()
    held = WriteBack(state)
    held["applied"], held["total-a"], held["applied"], held["total-b"], held["applied"] = 1, 1, 2, 1, 3
    held.flush()
    assert state.order == ["total-a", "total-b", "applied"]
