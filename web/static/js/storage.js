// Saving and loading scenarios (/api/v1/scenarios, an editor token for writes) and the
// comparison's exports (CSV from the server, JSON as computed), downloaded through Blobs.
import { api, isAbort } from "./api.js";
import { $, downloadText, h, setMessage } from "./dom.js";
import { letter } from "./scenarios.js";

const tokenKey = "relplan.editor-token";

export class StoragePanel {
  // app: {project(), today(), scenarios(), labels(), lastResult(), loadInto(index, scenario, name)}
  constructor(app) {
    this.app = app;
    this.saved = [];
    const token = $("token");
    token.value = sessionStorage.getItem(tokenKey) ?? "";
    token.addEventListener("input", () => {
      if (token.value) sessionStorage.setItem(tokenKey, token.value);
      else sessionStorage.removeItem(tokenKey);
    });
    $("save-form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.save();
    });
    $("list-saved").addEventListener("click", () => this.list());
    $("load-form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.load();
    });
    $("export-compare-csv").addEventListener("click", () => this.exportCsv());
    $("export-compare-json").addEventListener("click", () => this.exportJson());
  }

  // The "into card" choices follow the cards.
  updateCards(count) {
    const select = $("load-into");
    const keep = select.value;
    select.replaceChildren(...Array.from({ length: count }, (_, i) => h("option", { value: String(i) }, `Scenario ${letter(i)}`)));
    if (keep !== "" && Number(keep) < count) select.value = keep;
  }

  resetSaved() {
    this.saved = [];
    $("saved").replaceChildren(h("option", { value: "" }, "(list them first)"));
    $("saved").disabled = true;
    $("load").disabled = true;
    setMessage($("load-message"), "");
  }

  async save() {
    const token = $("token").value.trim();
    $("token").removeAttribute("aria-invalid");
    $("token-error").textContent = "";
    if (!token) {
      $("token").setAttribute("aria-invalid", "true");
      $("token-error").textContent = "Saving needs an editor token (relplan token create --role editor).";
      $("token").focus();
      return;
    }
    const project = this.app.project().id;
    const labels = this.app.labels();
    const done = [];
    setMessage($("save-message"), "Saving…");
    try {
      for (const [i, scenario] of this.app.scenarios().entries()) {
        const name = scenario.name ?? (labels[i] || `scenario ${letter(i)}`);
        const answer = await api.saveScenario(project, name, scenario, token);
        done.push(`${letter(i)} as “${answer.name}” (version ${answer.version})`);
      }
      setMessage($("save-message"), `Saved ${done.join(", ")}.`, "ok");
      if (this.saved.length) this.list();
    } catch (err) {
      if (err.field === "Authorization") {
        $("token").setAttribute("aria-invalid", "true");
        $("token-error").textContent = err.message;
      }
      setMessage($("save-message"), `${done.length ? `Saved ${done.join(", ")}; then ` : ""}the server refused: ${err.message}`, "error");
    }
  }

  async list() {
    try {
      const { scenarios } = await api.savedScenarios(this.app.project().id);
      this.saved = scenarios;
      const select = $("saved");
      if (!scenarios.length) {
        this.resetSaved();
        setMessage($("load-message"), `No saved scenarios for ${this.app.project().id} yet.`);
        return;
      }
      select.replaceChildren(...scenarios.map((s, i) => h("option", { value: String(i) },
        `${s.name} (v${s.version}, ${String(s.created_at).slice(0, 10)}${s.author ? `, ${s.author}` : ""})`)));
      select.disabled = false;
      $("load").disabled = false;
      setMessage($("load-message"), `${scenarios.length} saved scenario${scenarios.length === 1 ? "" : "s"}.`);
    } catch (err) {
      setMessage($("load-message"), `Could not list the saved scenarios: ${err.message}`, "error");
    }
  }

  load() {
    const s = this.saved[Number($("saved").value)];
    if (!s) return;
    const index = Number($("load-into").value);
    this.app.loadInto(index, s.scenario, s.name);
    setMessage($("load-message"), `Loaded “${s.name}” version ${s.version} into scenario ${letter(index)}.`, "ok");
  }

  async exportCsv() {
    try {
      const csv = await api.compareCsv(this.app.scenarios(), this.app.today());
      downloadText(csv, `${this.app.project().id}-comparison.csv`, "text/csv");
      setMessage($("export-message"), "");
    } catch (err) {
      if (!isAbort(err)) setMessage($("export-message"), `No CSV: ${err.message}`, "error");
    }
  }

  exportJson() {
    const result = this.app.lastResult();
    if (!result) {
      setMessage($("export-message"), "No comparison to export yet: fix the scenario inputs first.", "error");
      return;
    }
    downloadText(`${JSON.stringify(result, null, 2)}\n`, `${this.app.project().id}-comparison.json`, "application/json");
    setMessage($("export-message"), "");
  }
}
