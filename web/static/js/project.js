// The project panel: its stable branches as of today, and its next release's schedule
// (milestones, RCs, press embargo, security advisories, conflicts), re-planned when the release
// date, the RC soak, the zones or the embargoed advisories change.
import { ApiError, api, getJSON, isAbort } from "./api.js";
import { $, h, localClock, setMessage, weekday } from "./dom.js";

// Where the teams behind a calendar read the clock: the default zones for the embargo lift.
const calendarZones = {
  US: "America/New_York", "GB-ENG": "Europe/London", DE: "Europe/Berlin", FR: "Europe/Paris",
  CN: "Asia/Shanghai", JP: "Asia/Tokyo",
};
const statusText = { general: "general", security: "security", ended: "ended", future: "future" };
const statusTitle = {
  general: "general (full) support: bug fixes and security fixes",
  security: "security support only",
  ended: "end of life: no more fixes",
  future: "not released yet",
};

function badge(status) {
  return h("span", { class: `badge badge-${status}`, title: statusTitle[status] }, statusText[status] ?? status);
}

// "xen 4.3, security until 2015-01-14" and, when the branch outlives it, the gap highlighted.
function upstreamCell(b) {
  const u = b.upstream;
  if (!u) return h("td", { class: "muted wrap" }, "none");
  const ends = u.security_until ? `security until ${u.security_until}` : "no support data";
  const gap = b.upstream_gap_days;
  return h("td", { class: "wrap" },
    `${u.project} ${u.version}, ${ends}`,
    gap > 0 ? h("span", { class: "gap", title: "days this branch is supported but its upstream branch is not" },
      ` ${gap} ${gap === 1 ? "day" : "days"} without upstream security support`) : null);
}

function dayCell(day, withWeekday = true) {
  if (!day) return h("td", { class: "muted" }, "open");
  return h("td", {}, h("time", { datetime: day }, day), withWeekday ? h("span", { class: "muted" }, ` ${weekday(day)}`) : null);
}

// "This server does not provide the schedule yet (no such endpoint: ...)." or "No schedule: <the server's reason>".
function endpointMessage(err, what, failed) {
  if (err instanceof ApiError && err.missingEndpoint) return `This server does not provide ${what} yet (${err.message}).`;
  return `${failed}: ${err.message}`;
}

export class ProjectPanel {
  constructor() {
    this.advisories = [];
    this.showEnded = false;
    this.scheduleController = null;
    $("schedule-form").addEventListener("submit", (e) => {
      e.preventDefault();
      const text = $("schedule-advisory").value.trim();
      if (text) this.addAdvisory(text);
      else this.refreshSchedule();
    });
    $("schedule-release").addEventListener("change", () => this.refreshSchedule());
    $("schedule-zones").addEventListener("change", () => this.refreshSchedule());
    let soakTimer = 0;
    $("schedule-soak").addEventListener("input", () => {
      clearTimeout(soakTimer);
      soakTimer = setTimeout(() => this.refreshSchedule(), 250);
    });
  }

  async show(project, today) {
    this.project = project;
    this.today = today;
    this.advisories = [];
    this.#renderAdvisories();
    $("project-sources").textContent = (project.sources ?? []).join("; ");
    $("project-sources-box").hidden = !project.sources?.length;
    $("schedule-zones").value = [...new Set((project.cadence?.calendars ?? []).map((c) => calendarZones[c]).filter(Boolean))].join(", ");
    $("schedule-release").value = "";
    $("next-summary").textContent = "";
    $("export-project-ics").href = api.calendarIcsUrl(project.id);
    $("export-project-ics").download = `${project.id}.ics`;
    await Promise.all([this.#loadBranches(), this.#loadNext()]);
  }

  async #loadBranches() {
    const table = $("branches");
    $("branches-at").textContent = `as of ${this.today}`;
    try {
      const data = await api.branches(this.project.id, this.today);
      this.branches = data;
      this.#renderBranches();
      setMessage($("branches-message"), data.without_support_data?.length
        ? `No support data for ${data.without_support_data.join(", ")}.` : "");
    } catch (err) {
      table.replaceChildren();
      setMessage($("branches-message"), endpointMessage(err, "branch lists", "No branches"), "error");
    }
  }

  #renderBranches() {
    const all = [...this.branches.branches].reverse();  // newest first
    const ended = all.filter((b) => b.status === "ended");
    const shown = this.showEnded ? all : all.filter((b) => b.status !== "ended");
    const downstream = all.some((b) => b.upstream);  // a project that ships an upstream's branches
    const rows = shown.map((b) => h("tr", { dataset: { status: b.status } },
      h("th", { scope: "row" }, b.version), dayCell(b.released, false), dayCell(b.general_until, false),
      dayCell(b.security_until, false),
      h("td", {}, badge(b.status)), h("td", {}, b.basis ?? ""), downstream ? upstreamCell(b) : null));
    const columns = ["Version", "Released", "General until", "Security until", "Status", "Basis"];
    if (downstream) columns.push("Upstream");
    const toggle = ended.length
      ? h("tfoot", {}, h("tr", {}, h("td", { colspan: columns.length },
          h("button", { type: "button", class: "link", "aria-expanded": String(this.showEnded),
                        onclick: () => { this.showEnded = !this.showEnded; this.#renderBranches(); } },
            this.showEnded ? `Hide the ${ended.length} ended branches` : `Show the ${ended.length} ended branches`))))
      : null;
    $("branches").replaceChildren(
      h("caption", { class: "visually-hidden" }, `Stable branches of ${this.project.name} as of ${this.today}`),
      h("thead", {}, h("tr", {}, columns.map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, rows), toggle);
  }

  async #loadNext() {
    try {
      const next = await api.next(this.project.id, this.today);
      this.next = next;
      this.nextError = null;
      $("schedule-release").value = next.planned ?? "";
      $("next-summary").textContent = `${next.version}, planned ${weekday(next.planned)} ${next.planned}`;
    } catch (err) {
      this.next = null;
      this.nextError = endpointMessage(err, "the next release", "No next release");
      setMessage($("schedule-message"), this.nextError, "error");
    }
    await this.refreshSchedule();
  }

  #params(advisories) {
    return {
      release: $("schedule-release").value,
      version: this.next && $("schedule-release").value === this.next.planned ? this.next.version : undefined,
      rc_soak_days: $("schedule-soak").value,
      zone: $("schedule-zones").value.split(",").map((z) => z.trim()).filter(Boolean),
      advisory: advisories,
    };
  }

  async addAdvisory(text) {
    if (this.advisories.includes(text)) {
      $("schedule-advisory").value = "";
      return;
    }
    const ok = await this.refreshSchedule([...this.advisories, text]);
    if (ok) {
      this.advisories.push(text);
      $("schedule-advisory").value = "";
      this.#renderAdvisories();
    }
  }

  #renderAdvisories() {
    $("schedule-advisories").replaceChildren(...this.advisories.map((a) => h("li", { class: "chip" }, a,
      h("button", { type: "button", class: "chip-remove", "aria-label": `Remove advisory ${a}`,
                    onclick: () => { this.advisories = this.advisories.filter((x) => x !== a); this.#renderAdvisories(); this.refreshSchedule(); } },
        "×"))));
  }

  #clearScheduleErrors() {
    for (const id of ["schedule-release", "schedule-soak", "schedule-zones", "schedule-advisory"]) {
      $(id).removeAttribute("aria-invalid");
      $(`${id}-error`).textContent = "";
    }
  }

  // Re-plans the schedule; returns whether the server accepted the inputs.
  async refreshSchedule(advisories = this.advisories) {
    if (!this.project) return false;
    this.scheduleController?.abort();
    const controller = (this.scheduleController = new AbortController());
    const params = this.#params(advisories);
    const url = api.scheduleUrl(this.project.id, params);
    this.#clearScheduleErrors();
    for (const format of ["ics", "csv"]) {
      const link = $(`export-schedule-${format}`);
      link.href = api.scheduleUrl(this.project.id, { ...params, format });
      link.download = `${this.project.id}-schedule.${format}`;
    }
    try {
      const s = await getJSON(url, { signal: controller.signal });
      setMessage($("schedule-message"), this.nextError ?? "", "error");
      this.#renderSchedule(s);
      this.#scheduleExports(true);
      return true;
    } catch (err) {
      if (isAbort(err)) return false;
      const inputs = { release: "schedule-release", rc_soak_days: "schedule-soak", zone: "schedule-zones", advisory: "schedule-advisory" };
      const id = inputs[err.field];
      if (id) {
        $(id).setAttribute("aria-invalid", "true");
        $(`${id}-error`).textContent = err.message;
        setMessage($("schedule-message"), "The schedule was not re-planned: see the marked input.", "error");
      } else {
        $("schedule").replaceChildren();
        const text = endpointMessage(err, "release schedules", "No schedule for this project");
        setMessage($("schedule-message"), [this.nextError, text].filter(Boolean).join(" "), "error");
        this.#scheduleExports(false);
      }
      return false;
    }
  }

  // The schedule's export links work only while there is a schedule.
  #scheduleExports(available) {
    for (const format of ["ics", "csv"]) {
      const link = $(`export-schedule-${format}`);
      link.closest("li").hidden = !available;
    }
  }

  #renderSchedule(s) {
    const r = s.release ?? {};
    const note = (text) => (text ? h("span", { class: "row-note" }, text) : null);
    const milestoneRows = (s.milestones ?? []).map((m) => h("tr", { dataset: { kind: m.kind } },
      h("th", { scope: "row" }, m.name,
        note([m.given ? "the date given" : "", m.extended_by ? `extended by ${m.extended_by} working days (blackouts)` : ""]
          .filter(Boolean).join("; "))),
      dayCell(m.date)));
    const p = s.press ?? {};
    const lifts = [];
    if (p.lift) lifts.push(p.lift);
    for (const z of p.lift_local ?? []) if (!lifts.some((l) => l.zone === z.zone)) lifts.push(z);
    const pressRows = [
      ["Board approval", p.approval, ""],
      ["Briefings", p.briefings, ""],
      ["Collateral to reporters", p.collateral, "go/no-go deadline"],
    ].filter(([, d]) => d).map(([name, d, text]) => h("tr", {}, h("th", { scope: "row" }, name, note(text)), dayCell(d)));
    pressRows.push(h("tr", { class: "lift" }, h("th", { scope: "row" }, "Embargo lift"),
      h("td", {}, h("time", { datetime: p.lift_utc }, localClock(p.lift_utc)), " UTC")));
    const liftRows = lifts.map((z) => h("tr", {}, h("th", { scope: "row" }, z.zone),
      h("td", {}, h("time", { datetime: z.time }, localClock(z.time)), ` ${z.abbrev}`)));
    const advisories = s.advisories ?? [];
    const conflicts = s.conflicts ?? [];
    const warnings = s.warnings ?? [];
    const post = s.post_embargo;
    const table = (caption, cols, rows) => h("div", { class: "table-scroll" }, h("table", { class: "data compact" },
      h("caption", {}, caption), h("thead", {}, h("tr", {}, cols.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, rows)));
    const slip = s.slip_days ? ` (slip ${s.slip_days} days)` : "";
    $("schedule").replaceChildren(
      h("p", { class: "schedule-summary" },
        h("strong", {}, `${r.name ?? this.project.name} ${r.version ?? ""}`), ` release ${weekday(r.planned)} ${r.planned ?? ""}`,
        h("span", { class: "muted" }, ` · earliest possible ${weekday(s.earliest_release)} ${s.earliest_release}${slip}`),
        r.calendars ? h("span", { class: "muted" }, ` · calendars ${r.calendars}`) : null,
        r.template_fitted_to?.length
          ? h("span", { class: "muted", id: "schedule-fitted" }, ` · phases and RCs fitted to the schedules of ${r.template_fitted_to.join(", ")}`)
          : null),
      h("div", { class: "schedule-grid" },
        h("div", {},
          table("Milestones", ["Milestone", "Date"], milestoneRows),
          h("h4", {}, `Release candidates (${(s.rcs ?? []).length})`),
          h("ol", { class: "rcs" }, (s.rcs ?? []).map((rc) => h("li", {}, h("strong", {}, rc.name), ` ${rc.date} `,
            h("span", { class: "muted" }, weekday(rc.date)), rc.note ? h("span", { class: "muted" }, ` · ${rc.note}`) : null))),
          (s.rcs_dropped ?? []).length
            ? h("p", { class: "muted" }, (s.rcs_dropped ?? []).map((rc) => `planned ${rc.name} ${rc.date} dropped: ${rc.note}`).join("; "))
            : null),
        h("div", {},
          table("Press", ["Step", "Date"], pressRows),
          liftRows.length ? table("Embargo lift in each zone", ["Zone", "Local time"], liftRows) : null,
          advisories.length
            ? table("Security advisories", ["Advisory", "Public (UTC)", "Fix in release"], advisories.map((a) => h("tr", {},
                h("th", { scope: "row" }, a.id), h("td", {}, localClock(a.public_utc)), h("td", {}, a.fix_in_release ? "yes" : "no"))))
            : h("p", { class: "muted" }, "No embargoed advisories: add one above to see what it does to the release."),
          post ? h("p", { class: "post-embargo" }, `After ${post.after}: RC ${post.rc}, testing ends ${post.testing_ends}, tarballs ${post.tarballs}, earliest release ${post.earliest_release}.`) : null,
          post ? h("p", { class: "post-embargo" }, s.earliest_conflict_free
            ? `Earliest release without a go/no-go conflict: ${weekday(s.earliest_conflict_free)} ${s.earliest_conflict_free}.`
            : "No release day without a go/no-go conflict within 90 days.") : null,
          h("h4", {}, "Conflicts"),
          conflicts.length
            ? h("ul", { class: "conflicts" }, conflicts.map((c) => h("li", {}, typeof c === "string" ? c : JSON.stringify(c))))
            : h("p", { class: "ok" }, "None."),
          warnings.length ? h("h4", {}, "Warnings") : null,
          warnings.length ? h("ul", { class: "conflicts" }, warnings.map((w) => h("li", {}, w))) : null)));
  }
}
