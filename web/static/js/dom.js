// Small DOM helpers: element building without innerHTML, dates, downloads, server SVG.

// h("td", {class: "num", dataset: {metric: "x"}}, "text", childNode, [more, children])
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key in el && typeof value !== "string") el[key] = value;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function $(id) {
  return document.getElementById(id);
}

export function setMessage(el, text, kind = "info") {
  el.textContent = text ?? "";
  el.dataset.kind = text ? kind : "";
}

// The local calendar day as YYYY-MM-DD (the user's "today", not UTC's).
export function isoDay(d = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// "2026-12-03" is a day; "2026-02-30", "2026-1-3" and "today" are not.
export function isCalendarDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
// "2019-12-17" -> "Tue"; the day is a calendar day, so read it in UTC.
export function weekday(day) {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? "" : weekdayNames[d.getUTCDay()];
}

export function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

// "2019-12-17T18:00:00+01:00" -> "2019-12-17 18:00"
export function localClock(rfc3339) {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(rfc3339 ?? "");
  return m ? `${m[1]} ${m[2]}` : rfc3339 ?? "";
}

export function formatNumber(v, digits = 2) {
  if (v === null || v === undefined) return "–";
  if (typeof v !== "number") return String(v);
  return Number.isInteger(v) ? String(v) : v.toFixed(digits);
}

// Saves text as a file through a Blob URL (the page has no other way to write a file).
export function downloadText(text, filename, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h("a", { href: url, download: filename, class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// An SVG document from the server as an element to put into the page. Our server's charts carry no
// script or external references; anything of that kind is dropped anyway.
export function svgElement(text, label) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.nodeName !== "svg" || doc.getElementsByTagName("parsererror").length > 0) {
    throw new Error("the server's chart is not a readable SVG document");
  }
  for (const bad of root.querySelectorAll("script, foreignObject")) bad.remove();
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const external = (name === "href" || name === "xlink:href") && !attr.value.startsWith("#");
      if (name.startsWith("on") || external) el.removeAttribute(attr.name);
    }
  }
  const svg = document.importNode(root, true);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  // Scale with the container; the viewBox keeps the proportions.
  svg.removeAttribute("height");
  svg.setAttribute("width", "100%");
  return svg;
}
