// Tally cards: current value and a chart of the observed count with the reported figures marked on it.
import { el, svg, shortDate, number, dayNumber } from "./dom.js";

const tallies = new Map();
const W = 300, H = 140, PAD = { left: 34, right: 12, top: 12, bottom: 22 };
const MEASURE_WORD = { incidents: "incidents", fatalities: "killed", injuries: "injured" };

export function upsertTally(tally) {
  const held = tallies.get(tally.tally_id);
  if (held && held.revision >= tally.revision) return;
  tallies.set(tally.tally_id, tally);
  const container = document.getElementById("tallies");
  const ordered = [...tallies.values()].sort((a, b) => (b.reported.length > 0) - (a.reported.length > 0)
    || b.values[b.measure] - a.values[a.measure] || a.tally_id.localeCompare(b.tally_id));
  const existing = new Map([...container.children].map((node) => [node.dataset.tallyId, node]));
  ordered.forEach((t, index) => {
    let node = existing.get(t.tally_id);
    if (!node || t.tally_id === tally.tally_id) {
      const fresh = card(t);
      if (node) node.replaceWith(fresh);
      node = fresh;
    }
    if (container.children[index] !== node) container.insertBefore(node, container.children[index] || null);
  });
  document.getElementById("tallies-empty").hidden = tallies.size > 0;
}

function card(tally) {
  const measure = tally.measure;
  const latest = tally.series.reported[tally.series.reported.length - 1];
  const quiet = !tally.values[measure] && !latest && tally.series.points.every((p) => !p.value);
  const others = Object.entries(tally.values).filter(([k, v]) => k !== measure && v)
    .map(([k, v]) => `${number(v)} ${MEASURE_WORD[k] || k}`);
  return el("article", { class: `tally-card${quiet ? " quiet" : ""}`, "data-tally-id": tally.tally_id },
    el("h3", { text: tally.title }),
    el("p", { class: "tally-value" }, el("strong", { text: number(tally.values[measure]) }), " ",
      MEASURE_WORD[measure] || measure, tally.window.kind === "calendar" ? ` on ${shortDate(tally.as_of)}` : "",
      others.length ? el("span", { class: "hint", text: ` · ${others.join(" · ")}` }) : null),
    latest ? el("p", { class: "tally-reported" }, "reported: ", el("strong", { text: reportLabel(latest) })) : null,
    quiet ? el("p", { class: "hint", text: "nothing counted yet" }) : chart(tally),
    el("p", { class: "hint", text: `${windowText(tally.window)} · as of ${shortDate(tally.as_of, true)} · rev ${tally.revision}` }));
}

const reportLabel = (r) => `${r.attribution || r.source}: ${number(r.value)} as of ${shortDate(r.date)}`;

function windowText(window) {
  if (window.kind === "since") return `since ${shortDate(window.since, true)}`;
  if (window.kind === "rolling") return `last ${window.days} days`;
  return `per ${window.bucket || "day"}, last ${window.days} days`;
}

function chart(tally) {
  const { points, reported, kind } = tally.series;
  const all = [...points, ...reported];
  if (!all.length) return el("p", { class: "hint chart-empty", text: "no data points yet" });
  const days = all.map((p) => dayNumber(p.date));
  const [d0, d1] = [Math.min(...days), Math.max(...days, Math.min(...days) + 1)];
  const top = niceMax(Math.max(1, ...all.map((p) => p.value)));
  const x = (date) => PAD.left + (dayNumber(date) - d0) / (d1 - d0) * (W - PAD.left - PAD.right);
  const y = (value) => H - PAD.bottom - value / top * (H - PAD.top - PAD.bottom);
  const observed = kind === "buckets"
    ? svg("g", { class: "bars" }, points.map((p) => svg("rect", { x: x(p.date) - 2, y: y(p.value), width: 4,
      height: H - PAD.bottom - y(p.value) }, svg("title", { text: `${shortDate(p.date)}: ${number(p.value)}` }))))
    : svg("g", { class: "observed" },
      svg("polyline", { points: steps(points, x, y) }),
      points.filter((p, i) => !i || p.value !== points[i - 1].value).map((p) => svg("circle", { cx: x(p.date), cy: y(p.value), r: 2.5 },
        svg("title", { text: `observed ${number(p.value)} on ${shortDate(p.date)}` }))));
  const markers = svg("g", { class: "reported" }, reported.map((r) => {
    const cx = x(r.date), cy = y(r.value), anchor = cx > W * 0.6 ? "end" : "start";
    return svg("g", { class: "reported-marker" },
      svg("path", { d: `M${cx} ${cy - 5}L${cx + 5} ${cy}L${cx} ${cy + 5}L${cx - 5} ${cy}Z` }),
      svg("text", { x: cx + (anchor === "end" ? -8 : 8), y: cy + 4, "text-anchor": anchor, text: reportLabel(r) }),
      svg("title", { text: r.text || reportLabel(r) }));
  }));
  const summary = `${tally.title}: observed ${number(tally.values[tally.measure])}`
    + (reported.length ? `; reported ${reported.map(reportLabel).join("; ")}` : "");
  return svg("svg", { class: "tally-chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": summary },
    axes(d0, d1, top, x, y), observed, markers);
}

/** Step line: a running count holds its value until the next point. */
function steps(points, x, y) {
  return points.map((p, i) => (i ? `${x(p.date)},${y(points[i - 1].value)} ` : "") + `${x(p.date)},${y(p.value)}`)
    .join(" ");
}

function axes(d0, d1, top, x, y) {
  const iso = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
  const ticks = [d0, (d0 + d1) / 2, d1].map((d) => iso(Math.round(d)));
  return svg("g", { class: "axes" },
    svg("line", { x1: PAD.left, y1: H - PAD.bottom, x2: W - PAD.right, y2: H - PAD.bottom }),
    [0, top / 2, top].map((v) => [
      svg("line", { class: "grid", x1: PAD.left, y1: y(v), x2: W - PAD.right, y2: y(v) }),
      svg("text", { x: PAD.left - 4, y: y(v) + 3, "text-anchor": "end", text: number(v) })]),
    ticks.map((t, i) => svg("text", { x: x(t), y: H - 6, "text-anchor": ["start", "middle", "end"][i],
      text: shortDate(t) })));
}

function niceMax(value) {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value);
  return step * magnitude;
}
