// Small DOM and formatting helpers shared by the panels.
export const SVG_NS = "http://www.w3.org/2000/svg";

/** An element with attributes (`class`, `text`, `style` as an object, `on*` handlers, others as attributes) and
 * children. Styles go through CSSOM, so the page's Content-Security-Policy needs no inline styles. */
export function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key === "style") Object.entries(value).forEach(([name, v]) => node.style.setProperty(name, v));
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

export const svg = (tag, attrs = {}, ...children) => el("svg:" + tag, attrs, ...children);

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "9 Jan" (or "9 Jan 2024" with year) from an ISO date or datetime, read as UTC. */
export function shortDate(iso, withYear = false) {
  if (!iso) return "–";
  const d = new Date(iso.length === 10 ? iso + "T00:00:00Z" : iso);
  const text = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}

export function dateTime(iso) {
  if (!iso) return "–";
  const d = new Date(iso);
  const hh = String(d.getUTCHours()).padStart(2, "0"), mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${shortDate(iso, true)} ${hh}:${mm} UTC`;
}

export const dayNumber = (iso) => Date.parse(iso.slice(0, 10) + "T00:00:00Z") / 86400000;

export const number = (value) => (value === null || value === undefined ? "–" : Number(value).toLocaleString("en"));

const QUALIFIERS = { at_least: "at least ", about: "about ", up_to: "up to ", exact: "" };
export const qualified = (value, qualifier) => (value === null || value === undefined)
  ? "unknown" : (QUALIFIERS[qualifier] || "") + number(value);

export async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}
