// Scenario cards: one card per cadence scenario, its inputs, and the scenario JSON that
// POST /api/v1/compare takes (web/compare_request.hpp). The server is the validator: the cards send
// what the user typed and show the server's error next to the input its field path names
// ("scenarios[1].lts.every" -> card 1, input "lts.every").
//
// A card either continues the project (its "continue the project" box checked: the scenario is
// {"project": id, ...overrides}, the project from its latest release with its live branches, grid,
// calendars, days off, slip and support policies) or plans from scratch (every field sent). A
// continuing card shows the project's values (projectBase) and sends only the fields that differ
// from them; an emptied input means "the project's" (its placeholder shows that value).
import { h, weekday } from "./dom.js";

export const minCards = 2;
export const maxCards = 4;
// The concurrency chart's scenario colours (Okabe-Ito, in the server's order), so a card and its line match.
export const scenarioColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"];
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Fields a card shows; a loaded scenario's other fields (adjust, target_days, ...) are kept as they are.
const cardFields = new Set(["name", "project", "cadence_months", "first_release", "first_version", "releases",
                            "general_months", "security_months", "lts", "calendars", "blackouts", "weekdays"]);
const numberFields = ["cadence_months", "releases", "general_months", "security_months"];
const fieldLabels = {
  cadence_months: "cadence", first_release: "first release", first_version: "first version", releases: "releases",
  general_months: "support", security_months: "support", lts: "support", calendars: "calendars",
  blackouts: "blackouts", weekdays: "weekdays",
};
// Releases of a from-scratch scenario when the continuation gave none (its horizon is a date).
const defaultReleases = 16;

let nextUid = 1;

export function letter(index) {
  return String.fromCharCode(65 + index);
}

// YYYY-MM-DD of a year, month (1-12) and day, the day clamped to the month.
function ymd(year, month, day) {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1, Math.min(day, last))).toISOString().slice(0, 10);
}

// The grid slot of a release: the anchor month's target first day nearest to it (the same rule as
// grid_slot in data/project/project_plan.cpp); the release day itself without anchor months.
export function gridSlot(cadence, released) {
  const anchors = cadence?.anchor_months ?? [];
  if (!anchors.length) return released;
  const day = cadence.target_days?.[0] ?? 1;
  const year = Number(released.slice(0, 4));
  const at = Date.parse(`${released}T00:00:00Z`);
  let best = null;
  for (let dy = -1; dy <= 1; ++dy) {
    for (const m of anchors) {
      const slot = ymd(year + dy, m, day);
      const distance = Math.abs(Date.parse(`${slot}T00:00:00Z`) - at);
      if (!best || distance < best.distance) best = { slot, distance };
    }
  }
  return best.slot;
}

function addYears(day, years) {
  return ymd(Number(day.slice(0, 4)) + years, Number(day.slice(5, 7)), Number(day.slice(8, 10)));
}

// What a continuation of `project` on the day `at` starts from: the values its cards show (the
// scenario fields the server derives from the project record), its id and name, and a line saying
// what else it carries. `latest` is null when the project has no release on or before `at`.
export function projectBase(project, at) {
  const releases = [...(project.releases ?? [])].filter((r) => r.released <= at)
    .sort((a, b) => a.released.localeCompare(b.released));
  const latest = releases.at(-1) ?? null;
  const policies = (project.support_policies ?? [])
    .filter((p) => p.general_months != null && p.security_months != null)
    .sort((a, b) => a.decided.localeCompare(b.decided));
  const policy = policies.at(-1);
  const c = project.cadence ?? {};
  const values = {
    cadence_months: c.months ?? 6,
    first_release: latest ? gridSlot(c, latest.released) : at,
    first_version: latest?.version ?? "1.0",
    releases: null,
    general_months: policy?.general_months ?? 18,
    security_months: policy?.security_months ?? 36,
    lts: null,
    calendars: [...(c.calendars ?? [])],
    blackouts: [...(c.blackouts ?? [])],
    weekdays: (c.weekdays ?? "tue,wed,thu").split(",").filter(Boolean),
  };
  const facts = [
    latest ? `latest release ${latest.version} (${latest.released})` : `no release on or before ${at}`,
    c.anchor_months?.length ? `grid months ${c.anchor_months.map((m) => monthNames[m - 1]).join(", ")}` : "",
    c.target_days?.length === 2 ? `target days ${c.target_days[0]}–${c.target_days[1]}` : "",
    `slip ${c.slip_policy || "keep_grid"}`,
    `support as published, then ${policy ? policy.name : "its policies"}`,
  ].filter(Boolean);
  return {
    id: project.id, name: project.name, latest, values,
    horizon: addYears(at, 8),
    facts: `From ${project.id}: ${facts.join("; ")}.`,
  };
}

// Scenario A: the project's own plan.
export function projectPlan(base) {
  return { project: base.id };
}

// Scenario B by default: the project continued at another cadence (9 months, or 6 when it runs 9).
export function projectAlternative(base) {
  return { project: base.id, cadence_months: base.values.cadence_months === 9 ? 6 : 9 };
}

function numberValue(input) {
  if (input.value.trim() === "") return input.validity.badInput ? input.value : null;
  const n = Number(input.value);
  return Number.isNaN(n) ? input.value : n;
}

const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

export class ScenarioCard {
  // base: projectBase() of the project the page shows.
  constructor(calendars, base, onChange, onRemove) {
    this.uid = nextUid++;
    this.extra = {};
    this.base = base;
    this.calendarIds = calendars.map((c) => c.id);
    this.onChange = onChange;
    this.el = this.#build(calendars, onRemove);
  }

  #id(field) {
    return `s${this.uid}-${field.replace(".", "-")}`;
  }

  #field(field, label, attrs, wide = false) {
    const id = this.#id(field);
    const input = h("input", { id, name: field, "aria-describedby": `${id}-error`, ...attrs });
    this.inputs[field] = input;
    return h("div", { class: wide ? "field field-wide" : "field" },
      h("label", { for: id }, label), input, h("p", { class: "field-error", id: `${id}-error` }));
  }

  #checkGroup(field, legend, items) {
    const id = this.#id(field);
    this.groups[field] = {};
    const boxes = items.map(([value, text, title]) => {
      const box = h("input", { type: "checkbox", id: `${id}-${value}`, name: field, value });
      this.groups[field][value] = box;
      return h("label", { class: "check", for: `${id}-${value}`, title }, box, text);
    });
    this.inputs[field] = h("fieldset", { class: "checks", id, "aria-describedby": `${id}-error` },
      h("legend", {}, legend), h("div", { class: "check-list" }, boxes));
    return h("div", { class: "field field-wide" }, this.inputs[field], h("p", { class: "field-error", id: `${id}-error` }));
  }

  #build(calendars, onRemove) {
    this.inputs = {};
    this.groups = {};
    this.title = h("h3", { class: "card-title" });
    this.swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    this.removeButton = h("button", { type: "button", class: "remove secondary", onclick: () => onRemove(this) }, "Remove");
    const num = (min, max) => ({ type: "number", min, max, step: 1, inputmode: "numeric" });
    this.ltsToggle = h("input", { type: "checkbox", id: this.#id("lts-on"), name: "lts-on" });
    this.ltsToggle.addEventListener("change", () => this.#syncLts());
    // The "project" input: the continuation's switch; a server error about "project" lands under it.
    const projectId = this.#id("project");
    this.inputs.project = this.continuing = h("input", {
      type: "checkbox", id: projectId, name: "project", "aria-describedby": `${projectId}-facts ${projectId}-error`,
    });
    this.continuing.addEventListener("change", () => this.#toggleContinuation());
    this.kind = h("p", { class: "card-kind" });
    this.facts = h("p", { class: "field-hint", id: `${projectId}-facts` }, this.base.facts);
    this.nextLine = h("p", { class: "card-next", hidden: true });
    const card = h("article", { class: "card" },
      h("header", { class: "card-head" }, this.swatch, this.title, this.removeButton),
      this.kind,
      h("div", { class: "field field-wide continue" },
        h("label", { class: "check", for: projectId }, this.continuing, `Continue the project (${this.base.id})`),
        this.facts, h("p", { class: "field-error", id: `${projectId}-error` })),
      this.nextLine,
      h("div", { class: "card-fields" },
        this.#field("name", "Name", { type: "text", maxlength: 80, autocomplete: "off" }, true),
        this.#field("cadence_months", "Cadence (months)", num(1, 36)),
        this.#field("releases", "Releases", num(1, 200)),
        this.#field("first_release", "First release", { type: "date" }),
        this.#field("first_version", "First version", { type: "text", autocomplete: "off", spellcheck: "false" }),
        this.#field("general_months", "General support (months)", num(1, 240)),
        this.#field("security_months", "Security support (months)", num(1, 240)),
        h("fieldset", { class: "lts field-wide" },
          h("legend", {}, h("label", { class: "check", for: this.#id("lts-on") }, this.ltsToggle, "LTS rule")),
          h("div", { class: "lts-fields" },
            this.#field("lts.every", "Every k-th", num(2, 100)),
            this.#field("lts.general_months", "General (months)", num(1, 240)),
            this.#field("lts.security_months", "Security (months)", num(1, 240)))),
        this.#checkGroup("calendars", "Calendars", calendars.map((c) => [c.id, c.id, c.name])),
        this.#field("blackouts", "Blackouts (comma separated, e.g. 12-20..01-05)",
                    { type: "text", autocomplete: "off", spellcheck: "false" }, true),
        this.#checkGroup("weekdays", "Release weekdays", weekdays.map((d) => [d, d]))),
      this.note = h("p", { class: "card-note", hidden: true }));
    card.addEventListener("input", () => {
      this.#syncLabels();
      this.onChange();
    });
    card.addEventListener("change", () => this.onChange());
    return card;
  }

  // Checking the box starts from the project's values (the cadence and the name stay); clearing it
  // keeps what is shown as a scenario from scratch.
  #toggleContinuation() {
    if (this.continuing.checked) {
      const keep = { name: this.inputs.name.value.trim() || undefined };
      const months = numberValue(this.inputs.cadence_months);
      if (months !== null && months !== this.base.values.cadence_months) keep.cadence_months = months;
      this.set({ ...this.extra, ...keep, project: this.base.id });
    } else {
      const values = this.#values();
      for (const f of numberFields) if (values[f] === null) values[f] = f === "releases" ? defaultReleases : this.base.values[f];
      if (!values.first_release) values.first_release = this.base.values.first_release;
      if (!values.first_version) values.first_version = this.base.values.first_version;
      this.set({ ...this.extra, ...values });
    }
  }

  // Placeholders: a continuing card's empty inputs stand for the project's values; an empty name is
  // named after the cadence (or "Project plan (id)").
  #syncLabels() {
    const cont = this.continuing.checked;
    const v = this.base.values;
    for (const f of ["cadence_months", "general_months", "security_months", "first_version"]) {
      this.inputs[f].placeholder = cont ? String(v[f]) : "";
    }
    this.inputs.releases.placeholder = cont ? `to ${this.base.horizon}` : "";
    this.inputs.name.placeholder = this.label({ ignoreName: true });
    const changed = cont ? this.overrides() : [];
    this.kind.textContent = !cont ? "From scratch: no existing branches"
      : changed.length ? `${this.base.id} continued; changed: ${[...new Set(changed.map((f) => fieldLabels[f]))].join(", ")}`
      : `Project plan (${this.base.id})`;
    this.facts.hidden = !cont;
    this.el?.classList.toggle("continuing", cont);
  }

  #syncLts() {
    const on = this.ltsToggle.checked;
    for (const f of ["lts.every", "lts.general_months", "lts.security_months"]) this.inputs[f].disabled = !on;
  }

  setPosition(index, removable) {
    this.index = index;
    this.title.textContent = `Scenario ${letter(index)}`;
    this.swatch.style.background = scenarioColours[index % scenarioColours.length];
    this.removeButton.disabled = !removable;
    this.removeButton.setAttribute("aria-label", `Remove scenario ${letter(index)}`);
    this.el.setAttribute("aria-label", `Scenario ${letter(index)}`);
  }

  // Fills the inputs from a scenario object (the compare JSON); unknown fields are kept aside. A
  // scenario with "project": this project is a continuation: the project's values under its own.
  set(given) {
    const cont = given.project === this.base.id;
    const s = cont ? { ...this.base.values, ...given } : given;
    const text = (v) => (v === undefined || v === null ? "" : String(v));
    this.continuing.checked = cont;
    for (const f of ["name", "cadence_months", "first_release", "first_version", "releases", "general_months",
                     "security_months"]) {
      this.inputs[f].value = text(s[f]);
    }
    const lts = s.lts && typeof s.lts === "object" ? s.lts : null;
    this.ltsToggle.checked = !!lts;
    this.inputs["lts.every"].value = text(lts?.every ?? 4);
    this.inputs["lts.general_months"].value = text(lts?.general_months ?? s.general_months);
    this.inputs["lts.security_months"].value = text(lts?.security_months ?? s.security_months);
    this.ltsStart = lts?.starting_at;
    this.#syncLts();
    const list = (v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : []).map((x) => x.trim()).filter(Boolean);
    const cals = list(s.calendars);
    for (const [id, box] of Object.entries(this.groups.calendars)) box.checked = cals.includes(id);
    const days = list(s.weekdays ?? "tue,wed,thu");
    for (const [d, box] of Object.entries(this.groups.weekdays)) box.checked = days.includes(d);
    this.inputs.blackouts.value = list(s.blackouts).join(", ");
    // Another project's continuation is sent as it came ("project" among the fields kept aside).
    this.extra = Object.fromEntries(Object.entries(given).filter(([k]) => !cardFields.has(k) || (k === "project" && !cont)));
    const unknown = cals.filter((c) => !this.calendarIds.includes(c));
    const keep = Object.keys(this.extra);
    this.note.hidden = keep.length === 0 && unknown.length === 0;
    this.note.textContent = [keep.length ? `Also sends: ${keep.join(", ")} (from the saved scenario).` : "",
                             unknown.length ? `Unknown calendars dropped: ${unknown.join(", ")}.` : ""].join(" ").trim();
    this.showNext(null);
    this.#syncLabels();
  }

  // Every shown field, as a from-scratch scenario sends it.
  #values() {
    const s = {};
    const name = this.inputs.name.value.trim();
    if (name) s.name = name;
    for (const f of numberFields) s[f] = numberValue(this.inputs[f]);
    s.first_release = this.inputs.first_release.value || null;
    s.first_version = this.inputs.first_version.value.trim();
    if (this.ltsToggle.checked) {
      s.lts = {
        every: numberValue(this.inputs["lts.every"]),
        general_months: numberValue(this.inputs["lts.general_months"]),
        security_months: numberValue(this.inputs["lts.security_months"]),
      };
      if (this.ltsStart) s.lts.starting_at = this.ltsStart;
    }
    s.calendars = Object.entries(this.groups.calendars).filter(([, b]) => b.checked).map(([id]) => id);
    s.blackouts = this.inputs.blackouts.value.split(",").map((x) => x.trim()).filter(Boolean);
    s.weekdays = Object.entries(this.groups.weekdays).filter(([, b]) => b.checked).map(([d]) => d);
    return s;
  }

  // The fields of a continuing card that differ from the project's. The support fields go together:
  // the server replaces the project's support policies only with a whole policy (general and
  // security months, and the LTS rule if any).
  overrides() {
    const v = this.#values();
    const base = this.base.values;
    const out = [];
    const given = (x) => x !== null && x !== "";
    for (const f of ["cadence_months", "first_release", "first_version", "releases"]) {
      if (given(v[f]) && v[f] !== base[f]) out.push(f);
    }
    const support = ["general_months", "security_months"].some((f) => given(v[f]) && v[f] !== base[f]) || !!v.lts;
    if (support) out.push("general_months", "security_months", ...(v.lts ? ["lts"] : []));
    if (!sameSet(v.calendars, base.calendars)) out.push("calendars");
    if (!sameList(v.blackouts, base.blackouts)) out.push("blackouts");
    if (!sameSet(v.weekdays, base.weekdays)) out.push("weekdays");
    return out;
  }

  // The scenario as POST /api/v1/compare takes it.
  get() {
    const v = this.#values();
    if (!this.continuing.checked) return { ...this.extra, ...v };
    const s = { ...this.extra, project: this.base.id };
    if (v.name) s.name = v.name;
    for (const f of this.overrides()) s[f] = v[f] ?? this.base.values[f];
    return s;
  }

  // How the page names the scenario: its name, else "Project plan (id)" for the project's own plan,
  // else the cadence (as the server names it).
  label({ ignoreName = false } = {}) {
    const name = this.inputs.name.value.trim();
    if (name && !ignoreName) return name;
    if (this.continuing.checked && this.overrides().length === 0) return `Project plan (${this.base.id})`;
    const months = this.inputs.cadence_months.value || (this.continuing.checked ? this.base.values.cadence_months : "");
    return months ? `${months} months` : "";
  }

  // The scenario's first planned release (the answer's first release without an actual date), or
  // nothing; on the project's own plan it is the one the next-release panel shows.
  showNext(scenarioResult) {
    const next = scenarioResult?.releases?.find((r) => !r.actual);
    this.nextLine.hidden = !next;
    this.nextLine.textContent = next ? `Next release: ${next.version}, planned ${weekday(next.planned)} ${next.planned}` : "";
  }

  clearErrors() {
    for (const [field, input] of Object.entries(this.inputs)) {
      input.removeAttribute("aria-invalid");
      const err = document.getElementById(`${this.#id(field)}-error`);
      if (err) err.textContent = "";
    }
  }

  // Shows `message` at the input `field` names ("cadence_months", "lts.every", "blackouts[2]");
  // false if none matches.
  showError(field, message) {
    const plain = field.replace(/\[\d+\]$/, "");
    const key = this.inputs[plain] ? plain : plain.startsWith("lts") ? "lts.every" : null;
    if (!key) return false;
    this.inputs[key].setAttribute("aria-invalid", "true");
    document.getElementById(`${this.#id(key)}-error`).textContent = message;
    return true;
  }
}

// "scenarios[1].lts.every: expected 2..100, saw 1" with field "scenarios[1].lts.every" -> {index: 1, field: "lts.every"}
export function errorTarget(field) {
  const m = /^scenarios\[(\d+)\]\.(.+)$/.exec(field ?? "");
  return m ? { index: Number(m[1]), field: m[2] } : null;
}
