"""Build step (not run by the worker): turns a TopoJSON world into the dashboard's pre-projected basemap.

    python -m worker.dashboard.basemap countries-110m.json > worker/dashboard/static/world.json

Input: the npm package world-atlas (Natural Earth 110m, public domain; package ISC). Output: one SVG path per
country in an equirectangular projection, x = lon + 180, y = 90 - lat, in a 360 x 180 box (0.1 degree grid).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from arc indexes; ~i is arc i reversed; consecutive arcs share their joining point."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def ring_path(points: list[tuple[float, float]]) -> str:
    projected = []
    for lon, lat in points:
        point = (round(lon + 180, 1), round(90 - lat, 1))
        if not projected or projected[-1] != point:
            projected.append(point)
    if len(projected) < 3:
        return ""
    return "M" + "L".join(f"{x:g} {y:g}" for x, y in projected) + "Z"


def country_paths(topology: dict, layer: str = "countries") -> list[dict]:
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"][layer]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], [])
        path = "".join(ring_path(ring_points(ring, arcs)) for polygon in polygons for ring in polygon)
        if path:
            countries.append({"name": geometry.get("properties", {}).get("name", ""), "d": path})
    return countries


def main(argv: list[str]) -> None:
    topology = json.loads(Path(argv[1]).read_text())
    basemap = {"source": "Natural Earth 1:110m countries (public domain) via the npm package world-atlas 2.0.2 (ISC)",
               "projection": "equirectangular: x = lon + 180, y = 90 - lat", "width": 360, "height": 180,
               "countries": country_paths(topology)}
    json.dump(basemap, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv)
