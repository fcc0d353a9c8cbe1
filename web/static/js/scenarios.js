// Scenario cards: one card per cadence scenario, its inputs, and the scenario JSON that
// POST /api/v1/compare takes (web/compare_request.hpp). The server is the validator: the cards send
// what the user typed and show the server's error next to the input its field path names
// ("scenarios[1].lts.every" -> card 1, input "lts.every").
import { h } from "./dom.js";

export const minCards = 2;
export const maxCards = 4;
// The concurrency chart's scenario colours (Okabe-Ito, in the server's order), so a card and its line match.
export const scenarioColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"];
const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
// Fields a card shows; a loaded scenario's other fields (adjust, target_days, ...) are kept as they are.
const cardFields = new Set(["name", "cadence_months", "first_release", "first_version", "releases", "general_months",
                            "security_months", "lts", "calendars", "blackouts", "weekdays"]);

let nextUid = 1;

export function letter(index) {
  return String.fromCharCode(65 + index);
}

// The scenario a project runs now: its cadence from its latest release, support from its newest
// forward-looking policy (18/36 months when it has none).
export function projectScenario(project, months) {
  const releases = [...(project.releases ?? [])].sort((a, b) => a.released.localeCompare(b.released));
  const latest = releases.at(-1);
  const policies = (project.support_policies ?? [])
    .filter((p) => p.general_months != null && p.security_months != null)
    .sort((a, b) => a.decided.localeCompare(b.decided));
  const policy = policies.at(-1);
  const c = project.cadence ?? {};
  return {
    cadence_months: months ?? c.months ?? 6,
    first_release: latest?.released ?? new Date().toISOString().slice(0, 10),
    first_version: latest?.version ?? "1.0",
    releases: 16,
    general_months: policy?.general_months ?? 18,
    security_months: policy?.security_months ?? 36,
    calendars: [...(c.calendars ?? [])],
    blackouts: [...(c.blackouts ?? [])],
    weekdays: (c.weekdays ?? "tue,wed,thu").split(",").filter(Boolean),
  };
}

function numberValue(input) {
  if (input.value.trim() === "") return input.validity.badInput ? input.value : null;
  const n = Number(input.value);
  return Number.isNaN(n) ? input.value : n;
}

export class ScenarioCard {
  constructor(calendars, onChange, onRemove) {
    this.uid = nextUid++;
    this.extra = {};
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
    const card = h("article", { class: "card" },
      h("header", { class: "card-head" }, this.swatch, this.title, this.removeButton),
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
      this.#syncNamePlaceholder();
      this.onChange();
    });
    card.addEventListener("change", () => this.onChange());
    return card;
  }

  // An empty name is named by the server after the cadence; the placeholder says so.
  #syncNamePlaceholder() {
    const months = this.inputs.cadence_months.value;
    this.inputs.name.placeholder = months ? `${months} months` : "";
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

  // Fills the inputs from a scenario object (the compare JSON); unknown fields are kept aside.
  set(s) {
    const text = (v) => (v === undefined || v === null ? "" : String(v));
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
    this.#syncNamePlaceholder();
    const list = (v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : []).map((x) => x.trim()).filter(Boolean);
    const cals = list(s.calendars);
    for (const [id, box] of Object.entries(this.groups.calendars)) box.checked = cals.includes(id);
    const days = list(s.weekdays ?? "tue,wed,thu");
    for (const [d, box] of Object.entries(this.groups.weekdays)) box.checked = days.includes(d);
    this.inputs.blackouts.value = list(s.blackouts).join(", ");
    this.extra = Object.fromEntries(Object.entries(s).filter(([k]) => !cardFields.has(k)));
    const unknown = cals.filter((c) => !this.calendarIds.includes(c));
    const keep = Object.keys(this.extra);
    this.note.hidden = keep.length === 0 && unknown.length === 0;
    this.note.textContent = [keep.length ? `Also sends: ${keep.join(", ")} (from the saved scenario).` : "",
                             unknown.length ? `Unknown calendars dropped: ${unknown.join(", ")}.` : ""].join(" ").trim();
  }

  // The scenario as POST /api/v1/compare takes it.
  get() {
    const s = { ...this.extra };
    const name = this.inputs.name.value.trim();
    if (name) s.name = name;
    for (const f of ["cadence_months", "releases", "general_months", "security_months"]) s[f] = numberValue(this.inputs[f]);
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

  clearErrors() {
    for (const [field, input] of Object.entries(this.inputs)) {
      input.removeAttribute("aria-invalid");
      const err = document.getElementById(`${this.#id(field)}-error`);
      if (err) err.textContent = "";
    }
  }

  // Shows `message` at the input `field` names ("cadence_months", "lts.every"); false if none matches.
  showError(field, message) {
    const key = this.inputs[field] ? field : field.startsWith("lts") ? "lts.every" : null;
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
