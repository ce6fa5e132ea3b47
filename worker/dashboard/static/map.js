// Incident map: the shipped offline basemap (equirectangular, x = lon + 180, y = 90 - lat) with incident points
// sized by fatalities and coloured by sub-event type, fitted to the incidents in the chosen time range.
import { el, svg, shortDate, qualified, dayNumber, getJSON } from "./dom.js";
import { typeColour } from "./palette.js";

const incidents = new Map();
let basemap = null;
const ASPECT = 2;

export async function initMap() {
  document.getElementById("map-range").addEventListener("change", render);
  basemap = await getJSON("/static/world.json");
  render();
}

export function upsertIncident(incident) {
  const held = incidents.get(incident.incident_id);
  if (held && held.revision >= incident.revision) return;
  if (incident.status === "active") incidents.set(incident.incident_id, incident);
  else incidents.delete(incident.incident_id);
  render();
}

function visible() {
  const all = [...incidents.values()];
  const days = Number(document.getElementById("map-range").value);
  const latest = Math.max(...all.map((i) => dayNumber(i.date)));
  const shown = days ? all.filter((i) => dayNumber(i.date) > latest - days) : all;
  return { all, shown, latest };
}

function render() {
  if (!basemap) return;
  const map = document.getElementById("map");
  const { all, shown, latest } = visible();
  const placed = shown.filter((i) => i.lat !== null && i.lon !== null)
    .sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  const box = fit(placed);
  map.setAttribute("viewBox", box.join(" "));
  const unit = box[2] / 300;
  map.replaceChildren(
    svg("rect", { class: "sea", x: -360, y: -180, width: 1080, height: 540 }),
    svg("g", { class: "countries" }, basemap.countries.map((c) =>
      svg("path", { d: c.d, "vector-effect": "non-scaling-stroke" }, svg("title", { text: c.name })))),
    svg("g", { class: "points" }, placed.map((incident) => point(incident, unit))));
  caption(all.length, shown.length, placed.length, latest);
  legend(shown);
}

/** viewBox [x, y, w, h] around the points with a margin, at least 30 degrees wide; the world without points. */
function fit(points) {
  if (!points.length) return [0, 0, 360, 180];
  const xs = points.map((i) => i.lon + 180), ys = points.map((i) => 90 - i.lat);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.min(360, Math.max(30, (x1 - x0) * 1.5, (y1 - y0) * 1.5 * ASPECT));
  const height = width / ASPECT;
  return [(x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - height / 2, width, height].map((v) => +v.toFixed(2));
}

function point(incident, unit) {
  const radius = unit * Math.min(10, 2.5 + 1.5 * Math.sqrt(incident.fatalities || 0));
  const label = describe(incident);
  return svg("circle", { class: "incident", cx: incident.lon + 180, cy: 90 - incident.lat, r: radius.toFixed(3),
    fill: typeColour(incident.sub_event_type), "data-incident-id": incident.incident_id, tabindex: 0,
    role: "button", "aria-label": label, "vector-effect": "non-scaling-stroke",
    onclick: () => info(incident), onkeydown: (e) => (e.key === "Enter" || e.key === " ") && info(incident) },
  svg("title", { text: label }));
}

function describe(incident) {
  const killed = incident.fatalities === null ? "fatalities unknown"
    : `${qualified(incident.fatalities, incident.fatalities_qualifier)} killed`;
  return `${shortDate(incident.date, true)} · ${incident.place || incident.sea_area || "unknown place"} · `
    + `${incident.sub_event_type} · ${killed} · ${incident.sources} source${incident.sources === 1 ? "" : "s"}`;
}

function info(incident) {
  document.getElementById("map-info").replaceChildren(el("strong", { text: describe(incident) }), el("br"),
    incident.summary);
}

function caption(total, shown, placed, latest) {
  const unplaced = shown - placed;
  const until = Number.isFinite(latest) ? ` · time range ends at the latest incident, ${
    shortDate(new Date(latest * 86400000).toISOString(), true)}` : "";
  document.getElementById("map-caption").textContent = `${placed} incident${placed === 1 ? "" : "s"} on the map`
    + (shown < total ? ` (${total - shown} outside the time range)` : "")
    + (unplaced ? `, ${unplaced} without coordinates` : "") + " · point size: fatalities" + until;
}

function legend(shown) {
  const types = [...new Set(shown.map((i) => i.sub_event_type))].sort();
  document.getElementById("map-legend").replaceChildren(...types.map((type) =>
    el("li", {}, el("span", { class: "swatch", style: { background: typeColour(type) } }), type)));
}
