// Proposing a new article or an article's deletion: the error summary takes the focus (its links
// move it to their field), and the new article is shown as it would read while it is typed (the
// server splits the alinéas and writes the instruction, as it will when the article is proposed).
import { livePreview } from "./core.js";

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
  const fields = ["num", "heading", "text"].map((name) => form.elements.namedItem(name)).filter(Boolean);
  livePreview(form, body, fields, () => {
    const payload = { num: value("num"), heading: value("heading"), text: value("text") };
    for (const name of ["after", "division"]) if (value(name)) payload[name] = value(name);
    return payload;
  }, "proposals.preview_failed");
}

focusErrors();
const form = document.querySelector("form[data-new-article]");
if (form) previewNewArticle(form);
