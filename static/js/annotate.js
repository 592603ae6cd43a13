// Annotating a passage: with the mouse or a finger, select it in the text, then « Annoter »; with the
// keyboard alone, « Annoter » opens the dialog on a read-only copy of the text in which the passage is
// selected with Shift + arrows. Either way the server gets the quote and its context (as text), never
// offsets: it finds them in the article (drafting/domain/anchors.py).
import { announce, api, errorText, openDialog, t } from "./core.js";

const CONTEXT = 32;

/** The article's text as the server has it: alinéas joined by "\n". */
function articleText(list) {
  return [...list.querySelectorAll(":scope > li")].map((li) => li.textContent).join("\n");
}

/** Where a DOM point falls in articleText(list), or null when outside the text. */
function offsetOf(list, node, offset) {
  const items = [...list.querySelectorAll(":scope > li")];
  let before = 0;
  for (const li of items) {
    if (li.contains(node) || li === node) {
      const range = document.createRange();
      range.setStart(li, 0);
      range.setEnd(node, offset);
      return before + range.toString().length;
    }
    before += li.textContent.length + 1;
  }
  return null;
}

/** The current selection inside the text as {exact, prefix, suffix}, or null. */
function quoteFromSelection(list) {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!list.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== list) return null;
  const start = offsetOf(list, range.startContainer, range.startOffset);
  const end = offsetOf(list, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return quoteOf(articleText(list), Math.min(start, end), Math.max(start, end));
}

function quoteOf(text, start, end) {
  let exact = text.slice(start, end);
  // A selection that ends in a line break or spaces: the passage is what is between.
  const lead = exact.length - exact.trimStart().length;
  const trail = exact.length - exact.trimEnd().length;
  start += lead;
  end -= trail;
  exact = text.slice(start, end);
  if (!exact) return null;
  return { exact, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

export function setupAnnotating(root, onPublished) {
  const list = root.querySelector("[data-text]");
  const bar = root.querySelector("[data-annotate-bar]");
  const button = document.getElementById("annotate-button");
  const dialog = document.getElementById("annotate-dialog");
  if (!list || !bar || !button || !dialog) return;
  bar.hidden = false;
  const form = dialog.querySelector("form");
  const shown = dialog.querySelector("[data-quote-shown]");
  const quoteBox = dialog.querySelector("[data-quote]");
  const chooser = dialog.querySelector("[data-quote-chooser]");
  const source = dialog.querySelector("#annotate-source");
  const body = dialog.querySelector("#annotate-body");
  let remembered = null; // the last selection in the text (a tap on the button may clear it on phones)
  let quote = null;

  document.addEventListener("selectionchange", () => {
    const found = quoteFromSelection(list);
    if (found) remembered = found;
    button.classList.toggle("has-selection", Boolean(found));
  });

  button.addEventListener("click", () => {
    quote = quoteFromSelection(list) || remembered;
    remembered = null;
    const message = form.querySelector(".form-message");
    if (message) message.remove();
    body.value = "";
    if (quote) {
      quoteBox.textContent = quote.exact;
      shown.hidden = false;
      chooser.hidden = true;
    } else {
      shown.hidden = true;
      chooser.hidden = false;
      source.value = articleText(list);
      source.setSelectionRange(0, 0);
    }
    openDialog(dialog);
    if (!quote) source.focus();
  });

  // The copy is a textarea so that a caret and Shift + arrows select in it (a read-only one has no
  // caret in Chromium); typing in it is refused.
  source.addEventListener("beforeinput", (event) => event.preventDefault());

  dialog.querySelector("[data-cancel]").addEventListener("click", () => dialog.close());

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    let chosen = quote;
    if (!chosen) {
      chosen = source.selectionEnd > source.selectionStart ? quoteOf(source.value, source.selectionStart, source.selectionEnd) : null;
      if (!chosen) return say(form, t("annotate.need_selection"), source);
    }
    if (!body.value.trim()) return say(form, t("annotate.need_body"), body);
    const submit = form.querySelector("button[type=submit]");
    submit.disabled = true;
    try {
      const created = await api("POST", `/api/bills/${root.dataset.bill}/annotations`, {
        article: root.dataset.eid,
        version: Number(root.dataset.version),
        quote: chosen,
        body: body.value,
      });
      dialog.close();
      announce(t("annotate.published"));
      onPublished(created);
    } catch (error) {
      // a note refused for what it says (too long, too many links) is told so; else the passage moved
      const lost = (error.status === 422 && !error.text) || error.status === 404;
      say(form, lost ? t("annotate.failed") : errorText(error), body);
    } finally {
      submit.disabled = false;
    }
  });
}

function say(form, message, field) {
  let box = form.querySelector(".form-message");
  if (!box) {
    box = document.createElement("p");
    box.className = "form-message error";
    box.setAttribute("role", "alert");
    form.querySelector(".actions").before(box);
  }
  box.textContent = message;
  if (field) field.focus();
}
