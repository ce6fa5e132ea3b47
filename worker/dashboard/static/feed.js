// The alert feed: newest first, live upserts by (alert_id, revision), each alert expandable to its incident.
import { el, dateTime, shortDate, qualified, getJSON } from "./dom.js";
import { SEVERITY } from "./palette.js";

const alerts = new Map();
const open = new Set();

export function upsertAlert(alert) {
  const held = alerts.get(alert.alert_id);
  if (held && held.revision >= alert.revision) return;
  alerts.set(alert.alert_id, alert);
  render(alert.alert_id);
}

function render(changedId) {
  const list = document.getElementById("alerts");
  const ordered = [...alerts.values()].sort((a, b) =>
    (b.triggered_at.localeCompare(a.triggered_at)) || b.alert_id.localeCompare(a.alert_id));
  const existing = new Map([...list.children].map((node) => [node.dataset.alertId, node]));
  ordered.forEach((alert, index) => {
    let node = existing.get(alert.alert_id);
    if (!node || alert.alert_id === changedId) {
      const fresh = item(alert);
      if (node) node.replaceWith(fresh); else fresh.classList.add("arrived");
      node = fresh;
    }
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] || null);
  });
  document.getElementById("alerts-empty").hidden = alerts.size > 0;
}

function item(alert) {
  const severity = SEVERITY[alert.severity] || SEVERITY.info;
  const figures = alert.key_figures || {};
  const detailId = `detail-${alert.alert_id}`;
  const expanded = open.has(alert.alert_id);
  const meta = [
    alert.location && alert.location.name,
    figures.sub_event_type,
    figures.event_date && shortDate(figures.event_date, true),
    figures.fatalities !== undefined && figures.fatalities !== null
      && `${qualified(figures.fatalities, figures.fatalities_qualifier)} killed`,
    `${alert.sources.length} source${alert.sources.length === 1 ? "" : "s"}`,
  ].filter(Boolean);
  const node = el("li", { class: `alert sev-${alert.severity}${alert.retracted ? " retracted" : ""}`,
    "data-alert-id": alert.alert_id, style: { "--sev": severity.colour } },
    el("button", { class: "alert-head", "aria-expanded": String(expanded), "aria-controls": detailId,
      onclick: () => toggle(alert.alert_id) },
      el("span", { class: "badge", text: severity.label }),
      el("span", { class: "alert-title", text: alert.title }),
      el("span", { class: "alert-meta" }, meta.join(" · ")),
      el("span", { class: "alert-rev" }, alert.retracted ? "RETRACTED · " : "", `rev ${alert.revision}`,
        " · ", dateTime(alert.triggered_at))),
    el("div", { class: "alert-detail", id: detailId, hidden: !expanded }));
  if (expanded) loadDetail(alert.alert_id, node.querySelector(".alert-detail"));
  return node;
}

function toggle(alertId) {
  const node = document.querySelector(`[data-alert-id="${alertId}"]`);
  const button = node.querySelector(".alert-head"), detail = node.querySelector(".alert-detail");
  const show = !open.has(alertId);
  if (show) open.add(alertId); else open.delete(alertId);
  button.setAttribute("aria-expanded", String(show));
  detail.hidden = !show;
  if (show) loadDetail(alertId, detail);
}

async function loadDetail(alertId, container) {
  container.replaceChildren(el("p", { class: "hint", text: "loading…" }));
  try {
    container.replaceChildren(...detail(await getJSON(`/api/alerts/${encodeURIComponent(alertId)}`)));
  } catch (error) {
    container.replaceChildren(el("p", { class: "error", text: `could not load: ${error.message}` }));
  }
}

function detail(alert) {
  const incident = alert.incident;
  const parts = [el("p", { class: "summary", text: alert.summary })];
  if (incident) parts.push(fields(incident));
  const sources = incident ? incident.sources.map((s) => ({ outlet: s.source, language: s.language, url: s.url,
    when: s.published_at })) : alert.sources.map((s) => ({ outlet: s.outlet, language: s.language, url: s.url }));
  parts.push(el("h4", { text: `Sources (${sources.length})` }), el("ul", { class: "sources" }, sources.map((s) =>
    el("li", {}, el("span", { class: "lang", text: s.language.toUpperCase(), title: "language" }), " ",
      s.url ? el("a", { href: s.url, target: "_blank", rel: "noopener noreferrer", text: s.outlet }) : s.outlet,
      s.when ? el("span", { class: "hint", text: ` · ${dateTime(s.when)}` }) : null))));
  const evidence = incident
    ? [{ field: "statement", text: incident.summary }, ...incident.evidence].filter((e) => e.text)
    : alert.evidence.map((text) => ({ field: "", text }));
  parts.push(el("h4", { text: "Evidence" }), el("ul", { class: "evidence" }, evidence.map((e) =>
    el("li", {}, e.field ? el("span", { class: "field", text: e.field.replace(/_/g, " ") }) : null, el("q", { text: e.text })))));
  parts.push(el("h4", { text: "Revisions" }), el("ol", { class: "revisions" }, [...alert.revisions].reverse().map((r) =>
    el("li", {}, `rev ${r.revision} · ${(SEVERITY[r.severity] || SEVERITY.info).label} · ${r.title}`,
      r.retracted ? " · retracted" : "", el("span", { class: "hint", text: ` · ${dateTime(r.triggered_at)}` })))));
  return parts;
}

function fields(incident) {
  const location = incident.location || {};
  const actors = (role) => incident.actors.filter((a) => a.role === role).map((a) => a.name).join(", ");
  const rows = [
    ["Type", `${incident.event_type} — ${incident.sub_event_type}`],
    ["Date", incident.event_date ? shortDate(incident.event_date, true) : "unknown"],
    ["Place", [location.name, location.admin1, location.country_code || location.sea_area].filter(Boolean).join(", ")],
    ["Fatalities", incident.fatalities ? qualified(incident.fatalities.value, incident.fatalities.qualifier) : "unknown"],
    ["Injuries", incident.injuries ? qualified(incident.injuries.value, incident.injuries.qualifier) : "unknown"],
    ["Attackers", actors("attacker") || actors("claimant") || "unknown"],
    ["Targets", actors("target") || actors("victim") || "unknown"],
    ["Weapons", incident.weapons.join(", ") || "–"],
    ["Leader killed", incident.leader_killed ? "yes" : "no"],
    ["Incident", `${incident.incident_id} · rev ${incident.revision} · ${incident.status}`],
  ];
  return el("dl", { class: "fields" }, rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
}
