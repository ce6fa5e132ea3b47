"""Reading DescribeGroups answers: members, hosts and the partitions in their assignment."""

from __future__ import annotations

from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from worker.stream.groups import decode_assignment, parse_group


def test_members_with_their_partitions():
    assignment = ConsumerProtocolMemberAssignment(0, [("raw", [2, 0]), ("valid", [1])], b"{}").encode()
    group = parse_group({"group": "ww", "state": "Stable", "members": [
        {"member_id": "m-1", "client_id": "faust-1", "client_host": "/10.0.0.7", "member_assignment": assignment}]})
    assert group.state == "Stable"
    [member] = group.members
    assert (member.member_id, member.client_host) == ("m-1", "/10.0.0.7")
    assert member.partitions == {"raw": [0, 2], "valid": [1]}


def test_unreadable_or_empty_assignment_shows_no_partitions():
    assert decode_assignment(b"") == {}
    assert decode_assignment(b"\x00garbage") == {}


def test_empty_group():
    assert parse_group({"group": "ww", "state": "Empty", "members": []}).members == []
