// The comparison's results: the metrics table (scenarios as columns), the server's SVG charts and
// the branch list of each scenario (data/export/compare_json.hpp). A continuation's answer has more
// branches than releases (its existing branches come first, without release entries): branches and
// releases are joined by version, never by position. `labels` name the scenarios as the cards do.
import { formatNumber, h, svgElement } from "./dom.js";
import { letter, scenarioColours } from "./scenarios.js";

// Rows of the metrics table: key, label, how to show the value, what it means.
const metricRows = [
  ["releases_per_year", "Releases per year", (v) => formatNumber(v, 2)],
  ["release_months", "Release months", (v) => (Array.isArray(v) ? v.join(", ") : "–")],
  ["distinct_release_months", "Distinct release months", (v) => formatNumber(v)],
  ["max_security_supported", "Max. branches with security support", (v) => formatNumber(v)],
  ["max_security_supported_days", "Days at that maximum", (v) => formatNumber(v)],
  ["p95_security_supported", "Branches with security support, 95th percentile of days", (v) => formatNumber(v)],
  ["mean_security_supported", "Mean branches with security support", (v) => formatNumber(v, 2)],
  ["max_general_supported", "Max. branches with general support", (v) => formatNumber(v)],
  ["max_general_supported_days", "Days at that maximum (general)", (v) => formatNumber(v)],
  ["mean_general_supported", "Mean branches with general support", (v) => formatNumber(v, 2)],
  ["backports_per_fix", "Backports per security fix", (v) => formatNumber(v, 2)],
  ["branch_months_per_year", "Branch-months of support per year", (v) => formatNumber(v, 1)],
  ["releases_shifted", "Releases shifted off their nominal date", (v) => formatNumber(v)],
  ["max_shift_days", "Largest shift (days)", (v) => formatNumber(v)],
];

function scenarioHeader(label, i) {
  return h("th", { scope: "col" },
    h("span", { class: "swatch", "aria-hidden": "true", dataset: { index: i } }),
    `${letter(i)}: ${label}`);
}

// The counts of the timeline's last change on or before `day` (0 before the first branch).
export function supportedOn(timeline, day) {
  let at = { general_supported: 0, security_supported: 0 };
  for (const t of timeline ?? []) {
    if (t.date > day) break;
    at = t;
  }
  return { general: at.general_supported, security: at.security_supported };
}

const labelOf = (labels, s, i) => labels?.[i] || s.name;

function paintSwatches(root) {
  for (const el of root.querySelectorAll(".swatch[data-index]")) {
    el.style.background = scenarioColours[Number(el.dataset.index) % scenarioColours.length];
  }
}

// The metrics of each scenario, and the branches it supports on `today` (its timeline counts the
// existing branches of a continuation too).
export function renderMetrics(table, notesEl, result, labels, today) {
  const scenarios = result.scenarios;
  const head = h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Metric"),
    scenarios.map((s, i) => scenarioHeader(labelOf(labels, s, i), i))));
  const todayRows = [
    ["security_supported_today", `Branches with security support on ${today}`, "security"],
    ["general_supported_today", `Branches with general support on ${today}`, "general"],
  ].map(([key, label, kind]) => h("tr", { dataset: { metric: key } }, h("th", { scope: "row" }, label),
    scenarios.map((s, i) => h("td", { class: "num", dataset: { scenario: i } },
      formatNumber(supportedOn(s.timeline, today)[kind])))));
  const body = h("tbody", {}, todayRows, metricRows.map(([key, label, show]) =>
    h("tr", { dataset: { metric: key } }, h("th", { scope: "row" }, label),
      scenarios.map((s, i) => h("td", { class: key === "release_months" ? "" : "num", dataset: { scenario: i } },
        show(s.metrics[key]))))));
  table.replaceChildren(h("caption", { class: "visually-hidden" }, "Metrics of each scenario"), head, body);
  paintSwatches(table);
  const notes = [];
  scenarios.forEach((s, i) => {
    const st = s.metrics.steady_state;
    notes.push(st ? `${letter(i)}: steady state ${st.from} to ${st.to}.`
                  : `${letter(i)}: no steady state within the horizon (add releases).`);
    for (const n of s.metrics.notes ?? []) notes.push(`${letter(i)}: ${n}`);
  });
  notesEl.textContent = `Maxima and means count the days of the steady state: from the end of the first branch's security support through the last release. ${notes.join(" ")}`;
}

function shiftText(days) {
  if (!days) return "0";
  return days > 0 ? `+${days}` : `−${-days}`;
}

// One row per branch: the existing ones (no release entry), the released one the plan starts
// from (an actual date) and the planned ones; a release without a branch still gets its row.
function branchRows(s) {
  const releases = new Map(s.releases.map((r) => [r.version, r]));
  const rows = s.branches.map((b) => ({ b, r: releases.get(b.version) }));
  const seen = new Set(s.branches.map((b) => b.version));
  for (const r of s.releases) if (!seen.has(r.version)) rows.push({ b: null, r });
  return rows;
}

function statusOf({ b, r }) {
  if (!r) return "existing";
  return r.actual ? "released" : "planned";
}

export function renderReleaseLists(container, result, labels) {
  container.replaceChildren(...result.scenarios.map((s, i) => {
    const all = branchRows(s);
    const planned = all.filter((row) => statusOf(row) === "planned").length;
    const rows = all.map((row) => {
      const { b, r } = row;
      const status = statusOf(row);
      const day = b?.released ?? r.actual ?? r.planned;
      return h("tr", { class: r?.shift_days ? "shifted" : "", dataset: { version: (b ?? r).version, status } },
        h("th", { scope: "row" }, (b ?? r).version),
        h("td", {}, status),
        h("td", {}, h("time", { datetime: day }, day)),
        h("td", {}, r ? r.nominal : "–"),
        h("td", { class: "num" }, r ? shiftText(r.shift_days) : "–"),
        h("td", {}, b ? b.general_until ?? "open" : "–"),
        h("td", {}, b ? b.security_until ?? "open" : "–"),
        h("td", { class: "reasons" }, r?.reasons?.length
          ? h("ul", {}, r.reasons.map((why) => h("li", {}, h("time", {}, why.date), " ", why.text)))
          : ""));
    });
    const titleId = `releases-${i}-title`;
    return h("div", { class: "release-list" },
      h("h4", { id: titleId }, h("span", { class: "swatch", "aria-hidden": "true", dataset: { index: i } }),
        `${letter(i)}: ${labelOf(labels, s, i)}`,
        h("span", { class: "muted" }, ` · ${all.length} branches, ${planned} planned`)),
      h("div", { class: "table-scroll", role: "region", "aria-labelledby": titleId, tabindex: 0 },
        h("table", { class: "data compact" },
          h("thead", {}, h("tr", {}, ["Version", "Status", "Released or planned", "Nominal", "Shift", "General until",
                                      "Security until", "Why"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, rows))));
  }));
  paintSwatches(container);
}

// A chart panel: the SVG, or a message saying why there is none.
export function showChart(container, svgText, label) {
  try {
    container.replaceChildren(svgElement(svgText, label));
    container.dataset.state = "ok";
  } catch (err) {
    showChartMessage(container, `${label}: ${err.message}`);
  }
}

export function showChartMessage(container, text) {
  container.replaceChildren(h("p", { class: "chart-message" }, text));
  container.dataset.state = "message";
}

// One slot per scenario for its lifecycle chart, titled like its card.
export function lifecycleSlots(container, names) {
  const slots = names.map((name, i) => {
    const chart = h("div", { class: "chart", dataset: { scenario: i } });
    const fig = h("figure", { class: "chart-figure" },
      h("figcaption", {}, h("span", { class: "swatch", "aria-hidden": "true", dataset: { index: i } }), `${letter(i)}: ${name}`),
      chart);
    return { fig, chart };
  });
  container.replaceChildren(...slots.map((s) => s.fig));
  paintSwatches(container);
  return slots.map((s) => s.chart);
}
