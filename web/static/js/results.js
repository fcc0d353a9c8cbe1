// The comparison's results: the metrics table (scenarios as columns), the server's SVG charts and
// the release list of each scenario (data/export/compare_json.hpp).
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

function scenarioHeader(s, i) {
  return h("th", { scope: "col" },
    h("span", { class: "swatch", "aria-hidden": "true", dataset: { index: i } }),
    `${letter(i)}: ${s.name}`);
}

function paintSwatches(root) {
  for (const el of root.querySelectorAll(".swatch[data-index]")) {
    el.style.background = scenarioColours[Number(el.dataset.index) % scenarioColours.length];
  }
}

export function renderMetrics(table, notesEl, result) {
  const scenarios = result.scenarios;
  const head = h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Metric"), scenarios.map(scenarioHeader)));
  const body = h("tbody", {}, metricRows.map(([key, label, show]) =>
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

export function renderReleaseLists(container, result) {
  container.replaceChildren(...result.scenarios.map((s, i) => {
    const rows = s.releases.map((r) => h("tr", { class: r.shift_days ? "shifted" : "" },
      h("th", { scope: "row" }, r.version),
      h("td", {}, r.nominal),
      h("td", {}, r.planned),
      h("td", { class: "num" }, shiftText(r.shift_days)),
      h("td", { class: "reasons" }, r.reasons.length
        ? h("ul", {}, r.reasons.map((why) => h("li", {}, h("time", {}, why.date), " ", why.text)))
        : "")));
    const titleId = `releases-${i}-title`;
    return h("div", { class: "release-list" },
      h("h4", { id: titleId }, h("span", { class: "swatch", "aria-hidden": "true", dataset: { index: i } }),
        `${letter(i)}: ${s.name}`, h("span", { class: "muted" }, ` · ${s.releases.length} releases`)),
      h("div", { class: "table-scroll", role: "region", "aria-labelledby": titleId, tabindex: 0 },
        h("table", { class: "data compact" },
          h("thead", {}, h("tr", {}, ["Version", "Nominal", "Planned", "Shift", "Why"].map((t) =>
            h("th", { scope: "col" }, t)))),
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
