// relplan page: talks only to /api/v1 on the same origin.
"use strict";

async function showStatus() {
  const status = document.getElementById("status");
  try {
    const res = await fetch("/api/v1/health");
    const body = await res.json();
    status.textContent = `relplan ${body.version} is running.`;
  } catch (err) {
    status.textContent = `The server did not answer: ${err}`;
  }
}

showStatus();
