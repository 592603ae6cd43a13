// Amendment pages: the live preview while proposing (the server diffs the whole text, or reads the
// pasted instructions, and answers with the redline, the instruction and the collisions, or why the
// instructions were refused, as HTML it escaped), and the list's updates.
import { announce, livePreview, t } from "./core.js";
import { follow } from "./live.js";

function enhanceProposal(form) {
  // the text being edited, or (paste mode) the instructions: the preview route takes either
  const field = form.querySelector("textarea[name=text], textarea[name=instructions]");
  const body = form.querySelector("[data-preview-body]");
  const base = Number(form.querySelector("input[name=base_version]")?.value) || null;
  if (!field || !body) return;
  livePreview(form, body, [field], () => ({ [field.name]: field.value, base_version: base }), "amend.preview_failed");
}

function followList(page) {
  const hint = page.querySelector("[data-new-amendments]");
  const live = follow(page.dataset.bill);
  const refresh = async (message) => {
    // The server renders the list: fetch this page again and swap the list in, keeping scroll.
    const response = await fetch(location.href, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    const list = fresh.querySelector("[data-amendment-list]");
    const current = page.querySelector("[data-amendment-list]");
    if (list && current) current.replaceWith(document.adoptNode(list));
    else if (list) page.querySelector("form.filters")?.after(document.adoptNode(list));
    if (hint) hint.textContent = message;
    announce(message);
  };
  // People know an amendment by its number in the bill (`number`); `amendment` is its global id.
  live.on("amendment.submitted", (e) => refresh(t("amend.live_new", { n: e.number ?? "" })));
  live.on("amendment.decided", (e) => refresh(t("amend.live_decided", { n: e.number ?? "" })));
  live.on("amendment.fallen", () => refresh(""));
  live.on("amendment.withdrawn", () => refresh(""));
  // moderation masks an amendment (or shows it again) in the list as on its page
  live.on("amendment.hidden", () => refresh(""));
  live.on("amendment.restored", () => refresh(""));
}

// The article page's amendments: swapped in from a fresh copy of the page when amendments are
// proposed, decided, rebased or fall, or a version is published (its footprint changes then).
function followArticle(section) {
  const live = follow(section.dataset.bill, { article: section.dataset.article });
  let timer = null;
  const swap = async () => {
    const response = await fetch(location.pathname + location.search, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("[data-article-amendments]");
    const now = document.querySelector("[data-article-amendments]");
    if (fresh && now && fresh.innerHTML !== now.innerHTML) now.replaceWith(document.importNode(fresh, true));
  };
  const later = (message) => {
    clearTimeout(timer);
    timer = setTimeout(swap, 150);
    if (message) announce(message);
  };
  live.on("amendment.submitted", (e) => { if (e.article === section.dataset.article) later(section.dataset.msgNew.replace("{n}", e.number ?? "")); });
  live.on("amendment.decided", (e) => later(section.dataset.msgDecided.replace("{n}", e.number ?? "")));
  for (const type of ["amendment.edited", "amendment.withdrawn", "amendment.fallen", "amendment.rebased", "amendment.colliding", "amendment.hidden", "amendment.restored", "version.published"]) {
    live.on(type, () => later(""));
  }
  live.onResync(() => later(""));
}

// A proposal the server refused comes back with its reason: focus it, so it is read and the field
// it names (marked aria-invalid) is next.
const refusal = document.querySelector("#form-error[data-error-summary]");
if (refusal && document.activeElement !== refusal) refusal.focus();
// After a decision in the queue its card is gone: the message saying what was decided takes the focus.
const decided = document.querySelector("[data-decided]");
if (decided && document.activeElement !== decided) decided.focus();
// The two modes are two pages: the exposé typed in one goes along when the tab switches to the other
// (kept for this tab only, and only until the other page takes it).
function carryJustification(page) {
  const field = page.querySelector("textarea[name=justification]");
  if (!field) return;
  const key = `drafting.amend.justification:${location.pathname}`;
  const carried = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  if (carried && !field.value.trim()) field.value = carried;
  for (const link of page.querySelectorAll(".propose-modes a")) {
    link.addEventListener("click", () => {
      if (field.value.trim()) sessionStorage.setItem(key, field.value);
    });
  }
}

const form = document.querySelector("form.propose[data-preview]");
if (form) enhanceProposal(form);
const proposing = document.querySelector(".propose-page");
if (proposing) carryJustification(proposing);
const list = document.querySelector("[data-live-amendments]");
if (list) followList(list);
const slot = document.querySelector("[data-article-amendments]");
if (slot && document.querySelector(".article-page[data-current]")) followArticle(slot);
