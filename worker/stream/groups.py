"""Who is in a consumer group: members, their hosts and assigned partitions (DescribeGroups)."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from ..settings import Settings
from .clients import admin
from .connect import started


@dataclass(frozen=True)
class Member:
    member_id: str
    client_id: str
    client_host: str
    partitions: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class GroupState:
    group: str
    state: str
    members: list[Member]


def decode_assignment(raw: bytes) -> dict[str, list[int]]:
    """Topic -> partitions from a consumer-protocol assignment (faust uses the same envelope); {} if unreadable."""
    if not raw:
        return {}
    try:
        assignment = ConsumerProtocolMemberAssignment.decode(raw)
    except Exception:  # noqa: BLE001 - another client's private format: show no partitions rather than fail
        return {}
    return {topic: sorted(partitions) for topic, partitions in assignment.assignment}


def parse_group(described: dict) -> GroupState:
    """One entry of a DescribeGroups response (as `to_object()` gives it)."""
    members = [Member(member_id=m["member_id"], client_id=m.get("client_id", ""),
                      client_host=m.get("client_host", ""), partitions=decode_assignment(m.get("member_assignment")))
               for m in described.get("members", [])]
    return GroupState(group=described["group"], state=described.get("state") or "Unknown", members=members)


async def describe_group(settings: Settings, bootstrap: str, group: str) -> GroupState:
    async with started(admin(settings, bootstrap)) as client:
        responses = await client.describe_consumer_groups([group])
    for response in responses:
        for described in response.to_object()["groups"]:
            if described["group"] == group:
                return parse_group(described)
    return GroupState(group=group, state="Dead", members=[])
