"""The basemap build step and the shipped basemap."""

from __future__ import annotations

import json
from importlib import resources

from worker.dashboard.basemap import country_paths


def test_topojson_arcs_decode_to_projected_paths():
    topology = {
        "transform": {"scale": [1, 1], "translate": [-10, 0]},
        "arcs": [[[0, 0], [10, 0], [0, 10]], [[10, 10], [-10, -10]]],  # delta-encoded
        "objects": {"countries": {"geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "properties": {"name": "Square-ish"}},
            {"type": "Polygon", "arcs": [[~1, ~0]], "properties": {"name": "Reversed"}},
        ]}},
    }
    paths = country_paths(topology)
    assert paths[0] == {"name": "Square-ish", "d": "M170 90L180 90L180 80L170 90Z"}
    assert paths[1]["d"] == "M170 90L180 80L180 90L170 90Z"


def test_shipped_basemap_is_small_and_covers_the_region():
    basemap = json.loads((resources.files("worker.dashboard") / "static" / "world.json").read_text())
    names = {c["name"] for c in basemap["countries"]}
    assert {"Iraq", "Syria", "Yemen", "Jordan", "Israel", "Lebanon"} <= names
    assert (resources.files("worker.dashboard") / "static" / "world.LICENSE.txt").is_file()
    assert len(json.dumps(basemap)) < 200_000
