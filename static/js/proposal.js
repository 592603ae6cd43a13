// Proposing a new article or an article's deletion: the error summary takes the focus (its links
// move it to their field), and the new article is shown as it would read while it is typed (the
// server splits the alinéas and writes the instruction, as it will when the article is proposed).
import { t } from "./core.js";

const DEBOUNCE_MS = 350;

function focusErrors() {
  const summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  if (document.activeElement !== summary) summary.focus();
  summary.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  });
}

function previewNewArticle(form) {
  const body = form.querySelector("[data-preview-body]");
  if (!body) return;
  const value = (name) => form.elements.namedItem(name)?.value ?? "";
  let timer = null;
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    const payload = { num: value("num"), heading: value("heading"), text: value("text") };
    for (const name of ["after", "division"]) if (value(name)) payload[name] = value(name);
    try {
      const response = await fetch(form.dataset.preview, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(payload),
      });
      if (mine !== asked) return; // a later keystroke has its own answer coming
      if (!response.ok) {
        const note = document.createElement("p");
        note.className = "hint";
        note.textContent = t("proposals.preview_failed");
        body.replaceChildren(note);
        return;
      }
      const data = await response.json();
      if (mine !== asked) return;
      body.innerHTML = data.html; // rendered and escaped by the server's template
      body.dataset.state = "ready";
    } catch {
      // offline: the form still posts; the « Prévisualiser » button shows the preview without script
    }
  };
  for (const name of ["num", "heading", "text"]) {
    form.elements.namedItem(name)?.addEventListener("input", () => {
      body.dataset.state = "pending";
      clearTimeout(timer);
      timer = setTimeout(refresh, DEBOUNCE_MS);
    });
  }
  // With script the preview follows the typing: the button is not needed.
  form.querySelector("[data-preview-button]")?.setAttribute("hidden", "");
}

focusErrors();
const form = document.querySelector("form[data-new-article]");
if (form) previewNewArticle(form);
