// Pipeline health: throughput per stage, consumer lag per topic, dead letters by reason (polled from /api/health).
import { el, number, getJSON } from "./dom.js";

export async function refreshHealth() {
  const health = await getJSON("/api/health");
  const stages = el("table", { class: "stages" },
    el("caption", { text: "Throughput on this worker" }),
    el("thead", {}, el("tr", {}, ["stage", "messages", "per s", "mean ms", "errors"].map((h) =>
      el("th", { scope: "col", text: h })))),
    el("tbody", {}, health.stages.map((s) => el("tr", {},
      el("th", { scope: "row", text: s.stage }), el("td", { text: number(s.total) }),
      el("td", { text: s.per_second.toFixed(1) }), el("td", { text: s.mean_ms.toFixed(2) }),
      el("td", { class: s.outcomes.error ? "bad" : "", text: number(s.outcomes.error || 0) })))));
  const lag = Object.entries(health.consumer_lag);
  const reasons = Object.entries(health.dead_letters.by_reason);
  document.getElementById("health").replaceChildren(
    stages,
    bars("Consumer lag (messages)", lag.map(([topic, value]) => [topic.replace(/^wirewatch\./, ""), value]),
      "all caught up"),
    bars("Dead letters by reason", reasons, "none"),
    el("p", { class: "hint", text: `view: ${health.view.alerts} alerts · ${health.view.incidents} incidents · `
      + `${health.view.tallies} tallies · feed ${health.feed.caught_up ? "live" : "catching up"}, `
      + `${number(health.feed.records)} records read` }));
  counts(health.view);
}

function bars(title, rows, none) {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  return el("div", { class: "bars-block" }, el("h3", { text: title }),
    rows.length && rows.some(([, v]) => v) ? el("ul", { class: "hbars" }, rows.map(([label, value]) =>
      el("li", {}, el("span", { class: "hbar-label", text: label }),
        el("span", { class: "hbar", style: { "--w": `${(value / max * 100).toFixed(1)}%` } }),
        el("span", { class: "hbar-value", text: number(value) }))))
      : el("p", { class: "hint", text: none }));
}

function counts(view) {
  document.getElementById("counts").replaceChildren(...[["alerts", view.alerts], ["incidents", view.incidents],
    ["tallies", view.tallies], ["dead letters", view.dead_letters]].flatMap(([label, value]) =>
    [el("dt", { text: label }), el("dd", { text: number(value) })]));
}
