// Colour-blind-safe colours (Okabe & Ito) for severities and incident types; always paired with a text label.
export const SEVERITY = {
  critical: { colour: "#D55E00", label: "CRITICAL" },
  warning: { colour: "#E69F00", label: "WARNING" },
  info: { colour: "#56B4E9", label: "INFO" },
};

const TYPE_COLOURS = {
  "Air/drone strike": "#56B4E9",
  "Shelling/artillery/missile attack": "#E69F00",
  "Remote explosive/landmine/IED": "#CC79A7",
  "Suicide bomb": "#D55E00",
  "Armed clash": "#009E73",
  "Attack": "#F0E442",
  "Grenade": "#0072B2",
};
const SPARE = ["#999999", "#F5C710", "#8FD3FE", "#E0A6CC"];

/** A stable colour per sub-event type: the fixed ones above, others from a spare list by name. */
export function typeColour(subEventType) {
  if (TYPE_COLOURS[subEventType]) return TYPE_COLOURS[subEventType];
  let hash = 0;
  for (const ch of subEventType || "") hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return SPARE[hash % SPARE.length];
}

export const OBSERVED = "#56B4E9";
export const REPORTED = "#E69F00";
