// relplan page: talks only to /api/v1 on the same origin. Wires the project panel, the scenario
// cards, the comparison (one POST /api/v1/compare per change, plus the chart requests, all aborted
// when a newer change starts) and the save/load/export panel.
// "Today" is the browser's local day, or the address's ?today=YYYY-MM-DD (to see the page as it was
// or will be on that day): the branches panel, the continuations (their "at") and the charts'
// today marker all stand on it.
import { ApiError, api, isAbort } from "./js/api.js";
import { $, h, isCalendarDay, isoDay, setMessage } from "./js/dom.js";
import { ProjectPanel } from "./js/project.js";
import { lifecycleSlots, renderMetrics, renderReleaseLists, showChart, showChartMessage } from "./js/results.js";
import {
  ScenarioCard, errorTarget, letter, maxCards, minCards, projectAlternative, projectBase, projectPlan,
} from "./js/scenarios.js";
import { StoragePanel } from "./js/storage.js";

const debounceMs = 150;
const todayParam = new URLSearchParams(location.search).get("today");
const todayValid = todayParam !== null && isCalendarDay(todayParam);
const today = todayValid ? todayParam : isoDay();

const state = {
  project: null,
  base: null,  // projectBase(project, today): what the cards continue
  calendars: [],
  cards: [],
  result: null,
  controller: null,
  timer: 0,
  generation: 0,
};

const projectPanel = new ProjectPanel();
const storage = new StoragePanel({
  project: () => state.project,
  today: () => today,
  scenarios: () => state.cards.map((c) => c.get()),
  labels: () => state.cards.map((c) => c.label()),
  lastResult: () => state.result,
  loadInto: (index, scenario, name) => {
    const card = state.cards[index];
    if (!card) return;
    card.set({ ...scenario, name: scenario.name ?? name });
    scheduleRecompute();
  },
});

function setStatus(text, kind = "info") {
  setMessage($("status"), text, kind);
}

// ---- scenario cards -------------------------------------------------------------------------

function layoutCards() {
  $("cards").replaceChildren(...state.cards.map((c) => c.el));
  state.cards.forEach((c, i) => c.setPosition(i, state.cards.length > minCards));
  $("add-scenario").disabled = state.cards.length >= maxCards;
  storage.updateCards(state.cards.length);
}

function addCard(scenario) {
  const card = new ScenarioCard(state.calendars, state.base, () => scheduleRecompute(), removeCard);
  card.set(scenario);
  state.cards.push(card);
  layoutCards();
  return card;
}

function removeCard(card) {
  if (state.cards.length <= minCards) return;
  const index = state.cards.indexOf(card);
  state.cards.splice(index, 1);
  layoutCards();
  // Keep the keyboard user in the cards: focus the next card's remove button, else the add button.
  const next = state.cards[Math.min(index, state.cards.length - 1)];
  (next?.removeButton.disabled ? $("add-scenario") : next?.removeButton)?.focus();
  setStatus(`Removed scenario ${letter(index)}; ${state.cards.length} scenarios.`);
  scheduleRecompute();
}

// Scenario A: the project's own plan ({"project": id}, the plan the next-release panel shows);
// B: the project continued at another cadence.
function resetCards() {
  state.cards = [];
  addCard(projectPlan(state.base));
  addCard(projectAlternative(state.base));
  scheduleRecompute(0);
}

$("add-scenario").addEventListener("click", () => {
  if (state.cards.length >= maxCards) return;
  const last = state.cards.at(-1).get();
  delete last.name;
  const card = addCard(last);
  card.inputs.cadence_months.focus();
  setStatus(`Added scenario ${letter(state.cards.length - 1)}, a copy of the one before it.`);
  scheduleRecompute();
});
$("reset-scenarios").addEventListener("click", () => {
  resetCards();
  const b = state.cards[1]?.get();
  setStatus(`Scenarios reset: A is the project plan of ${state.base.id}, B the project at ${b?.cadence_months} months.`);
});

// ---- the comparison ---------------------------------------------------------------------------

function scheduleRecompute(delay = debounceMs) {
  clearTimeout(state.timer);
  state.timer = setTimeout(recompute, delay);
}

function showCompareError(err) {
  const banner = $("compare-error");
  const target = errorTarget(err.field);
  let where = "";
  if (target && state.cards[target.index]?.showError(target.field, err.message)) {
    where = `Scenario ${letter(target.index)}: `;
  }
  banner.replaceChildren(h("strong", {}, "The comparison was not updated. "), `${where}${err.message}`);
  banner.hidden = false;
  $("results").classList.add("stale");
}

function chartError(err, what) {
  if (err instanceof ApiError && err.missingEndpoint) return `This server does not draw ${what} yet (${err.message}).`;
  return `No ${what}: ${err.message}`;
}

async function recompute() {
  const scenarios = state.cards.map((c) => c.get());
  const labels = state.cards.map((c) => c.label());
  const cards = [...state.cards];
  // A "change" event after the "input" events of the same edit asks for what is already there.
  const key = JSON.stringify([scenarios, labels]);
  if (key === state.lastKey) return;
  state.lastKey = key;
  state.controller?.abort();
  const controller = (state.controller = new AbortController());
  const { signal } = controller;
  const generation = ++state.generation;
  const started = performance.now();
  $("results").setAttribute("aria-busy", "true");
  setMessage($("compare-status"), "Computing…");

  const compare = api.compare(scenarios, today, { signal }).then(
    (result) => {
      if (signal.aborted) return;
      for (const c of state.cards) c.clearErrors();
      $("compare-error").hidden = true;
      $("results").classList.remove("stale");
      state.result = result;
      renderMetrics($("metrics"), $("metrics-notes"), result, labels, today);
      renderReleaseLists($("release-lists"), result, labels);
      cards.forEach((c, i) => c.showNext(result.scenarios[i]));
      setMessage($("compare-status"), `Updated in ${Math.round(performance.now() - started)} ms`, "ok");
    },
    (err) => {
      if (isAbort(err)) return;
      if (!(err.status >= 400)) state.lastKey = null;  // no answer: the same inputs may be tried again
      for (const c of state.cards) {
        c.clearErrors();
        c.showNext(null);
      }
      showCompareError(err);
      setMessage($("compare-status"), "Not updated: see the error", "error");
    });

  const slots = lifecycleSlotsFor(labels);
  const lifecycles = scenarios.map((s, i) => api.lifecycleSvg(s, today, { signal }).then(
    (svg) => { if (!signal.aborted) showChart(slots[i], svg, `Support lifecycle of scenario ${letter(i)}`); },
    (err) => { if (!isAbort(err)) showChartMessage(slots[i], chartError(err, "lifecycle charts")); }));
  const concurrency = api.concurrencySvg(scenarios, today, { signal }).then(
    (svg) => { if (!signal.aborted) showChart($("concurrency-chart"), svg, "Supported branches over time, all scenarios"); },
    (err) => { if (!isAbort(err)) showChartMessage($("concurrency-chart"), chartError(err, "the concurrency chart")); });

  await Promise.allSettled([compare, ...lifecycles, concurrency]);
  if (generation === state.generation) {
    $("results").setAttribute("aria-busy", "false");
    $("results").dataset.generation = String(generation);
  }
}

// Reuses the chart slots while the number of scenarios stays, so charts do not flicker.
function lifecycleSlotsFor(names) {
  const container = $("lifecycle-charts");
  const existing = [...container.querySelectorAll(".chart")];
  if (existing.length === names.length) {
    container.querySelectorAll("figcaption").forEach((cap, i) => { cap.lastChild.textContent = `${letter(i)}: ${names[i]}`; });
    return existing;
  }
  return lifecycleSlots(container, names);
}

// ---- project ----------------------------------------------------------------------------------

async function selectProject(id) {
  setStatus(`Loading ${id}…`);
  try {
    state.project = await api.project(id);
  } catch (err) {
    setStatus(`Could not load the project ${id}: ${err.message}`, "error");
    return;
  }
  state.base = projectBase(state.project, today);
  storage.resetSaved();
  resetCards();
  await projectPanel.show(state.project, today);
  setStatus(`${state.project.name}: cadence ${state.project.cadence?.months ?? "?"} months.` +
            (todayParam !== null && !todayValid ? ` The address's today=${todayParam} is not a date as YYYY-MM-DD: today is ${today}.` : ""));
}

async function start() {
  $("today").textContent = today;
  $("today").dateTime = today;
  api.health().then((hlth) => { $("server-version").textContent = `relplan ${hlth.version}`; }, () => {});
  let projects;
  try {
    [{ projects }, { calendars: state.calendars }] = await Promise.all([api.projects(), api.calendars()]);
  } catch (err) {
    setStatus(`The server did not give the projects and calendars: ${err.message}`, "error");
    return;
  }
  const select = $("project");
  select.replaceChildren(...projects.map((p) => h("option", { value: p.id }, p.name)));
  if (!projects.length) {
    setStatus("The database has no projects.", "error");
    return;
  }
  const wanted = new URLSearchParams(location.search).get("project");
  select.value = projects.some((p) => p.id === wanted) ? wanted : projects.some((p) => p.id === "xen") ? "xen" : projects[0].id;
  select.disabled = false;
  select.addEventListener("change", () => selectProject(select.value));
  await selectProject(select.value);
}

start();
