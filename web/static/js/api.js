// The page's only way to the server: same-origin requests under /api/v1.
// Every failure becomes an ApiError carrying the server's {"error","field","value"} when it sent one,
// so callers can show the message next to the input it names. An aborted request rejects with an
// AbortError (check isAbort) and must be ignored, not shown.

export class ApiError extends Error {
  constructor(message, { status = 0, field = "", value = "", url = "" } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.field = field;
    this.value = value;
    this.url = url;
  }
  // The endpoint is not there (an older server): the panel says so instead of failing.
  get missingEndpoint() {
    return this.status === 404 && this.message.startsWith("no such endpoint");
  }
}

export function isAbort(err) {
  return err && err.name === "AbortError";
}

async function failure(res, url) {
  const text = await res.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: a proxy or a plain-text error
  }
  if (body && typeof body.error === "string") {
    return new ApiError(body.error, { status: res.status, field: body.field ?? "", value: body.value ?? "", url });
  }
  const snippet = text.trim().slice(0, 200);
  return new ApiError(`${res.status} ${res.statusText}${snippet ? ": " + snippet : ""}`, { status: res.status, url });
}

async function request(url, { method = "GET", body, signal, token, accept } = {}) {
  const headers = {};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = `Bearer ${token}`;
  if (accept) headers.Accept = accept;
  let res;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: "no-store",
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError(`the server did not answer (${err.message})`, { url });
  }
  if (!res.ok) throw await failure(res, url);
  return res;
}

export async function getJSON(url, options) {
  return (await request(url, options)).json();
}

export async function getText(url, options) {
  return (await request(url, options)).text();
}

export async function postJSON(url, body, options = {}) {
  return (await request(url, { ...options, method: "POST", body })).json();
}

export async function postText(url, body, options = {}) {
  return (await request(url, { ...options, method: "POST", body })).text();
}

// "/api/v1/projects/xen/schedule" + {release: "2027-03-02", advisory: ["A@..", "B@.."]}: arrays repeat.
export function withQuery(path, params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, String(v));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const api = {
  health: (o) => getJSON("/api/v1/health", o),
  projects: (o) => getJSON("/api/v1/projects", o),
  project: (id, o) => getJSON(`/api/v1/projects/${encodeURIComponent(id)}`, o),
  branches: (id, at, o) => getJSON(withQuery(`/api/v1/projects/${encodeURIComponent(id)}/branches`, { at }), o),
  // `at`: the page's day, so the panel and scenario A plan from the same history.
  next: (id, at, o) => getJSON(withQuery(`/api/v1/projects/${encodeURIComponent(id)}/next`, { at }), o),
  scheduleUrl: (id, params) => withQuery(`/api/v1/projects/${encodeURIComponent(id)}/schedule`, params),
  calendarIcsUrl: (id) => `/api/v1/projects/${encodeURIComponent(id)}/calendar.ics`,
  calendars: (o) => getJSON("/api/v1/calendars", o),
  // Scenarios as the cards give them; `at`: the day continuations stand on (their live branches and
  // latest release), also the charts' "today" marker.
  compare: (scenarios, at, o) => postJSON("/api/v1/compare", { scenarios, at }, o),
  compareCsv: (scenarios, at, o) => postText("/api/v1/compare?format=csv", { scenarios, at }, o),
  lifecycleSvg: (scenario, at, o) => postText("/api/v1/charts/lifecycle.svg", { scenario, at, today: at }, o),
  concurrencySvg: (scenarios, at, o) => postText("/api/v1/charts/concurrency.svg", { scenarios, at, today: at }, o),
  savedScenarios: (project, o) => getJSON(withQuery("/api/v1/scenarios", { project }), o),
  savedScenario: (project, name, version, o) =>
    getJSON(withQuery(`/api/v1/scenarios/${encodeURIComponent(name)}`, { project, version }), o),
  saveScenario: (project, name, scenario, token, o) =>
    postJSON("/api/v1/scenarios", { project, name, scenario }, { ...o, token }),
};
