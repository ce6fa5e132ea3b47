// Entry point: subscribe to live changes first, then load the current state (upserts keep the newest revision).
import { getJSON } from "./dom.js";
import { upsertAlert } from "./feed.js";
import { initMap, upsertIncident } from "./map.js";
import { upsertTally } from "./tallies.js";
import { refreshHealth } from "./health.js";

const HEALTH_SECONDS = 5;

function connect() {
  const live = document.getElementById("live");
  const source = new EventSource("/api/stream");
  source.addEventListener("open", () => {
    live.dataset.state = "open";
    live.textContent = "live";
    loadSnapshot();
  });
  source.addEventListener("error", () => {
    live.dataset.state = "reconnecting";
    live.textContent = "reconnecting…";
  });
  source.addEventListener("alert", (e) => upsertAlert(JSON.parse(e.data)));
  source.addEventListener("incident", (e) => upsertIncident(JSON.parse(e.data)));
  source.addEventListener("tally", (e) => upsertTally(JSON.parse(e.data)));
  source.addEventListener("deadletter", () => refreshHealth().catch(() => {}));
}

async function loadSnapshot() {
  const [alerts, incidents, tallies] = await Promise.all(
    ["/api/alerts", "/api/incidents", "/api/tallies"].map(getJSON));
  incidents.incidents.forEach(upsertIncident);
  alerts.alerts.forEach(upsertAlert);
  tallies.tallies.forEach(upsertTally);
}

async function healthLoop() {
  try { await refreshHealth(); } catch (error) { /* shown as stale numbers; retried */ }
  setTimeout(healthLoop, HEALTH_SECONDS * 1000);
}

initMap().then(connect);
healthLoop();
