// The core every enhanced page shares: translated strings, polite announcements, JSON calls to the
// API, and modal dialogs that trap focus and give it back. Plain ES module, no dependencies.

let strings = null;

/** The translated string for `key` (from the page's JSON data block), its {fields} filled. */
export function t(key, values = {}) {
  if (strings === null) {
    const block = document.getElementById("i18n");
    strings = block ? JSON.parse(block.textContent) : {};
  }
  const text = strings[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export const lang = () => document.documentElement.lang || "fr";

/** Say `message` to screen readers, politely (after what they are reading). */
export function announce(message) {
  const region = document.getElementById("announcer");
  if (!region) return;
  region.textContent = "";
  // A fresh text node in a later task, so that the same message twice is announced twice.
  setTimeout(() => { region.textContent = message; }, 50);
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error?.message || `HTTP ${status}`);
    this.status = status;
    this.code = body?.error?.code;
    this.text = body?.error?.text; // the message in the reader's language, when the server knows it
    this.reason = body?.error?.message;
  }
}

/** Call the API with JSON; the session cookie and the Origin header go with it. */
export async function api(method, url, body) {
  const init = { method, headers: { Accept: "application/json" }, credentials: "same-origin" };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** Build an element: el("p", {class: "x"}, "text", child). Text is always set as text, never HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) node.append(child);
  return node;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Open a <dialog> as a modal: focus goes to its first field, Tab stays inside, Escape closes it,
 * and focus returns to what had it before. Returns a function that closes it. */
export function openDialog(dialog, { onClose } = {}) {
  const before = document.activeElement;
  const trap = (event) => {
    if (event.key !== "Tab") return;
    const items = [...dialog.querySelectorAll(FOCUSABLE)].filter((n) => n.offsetParent !== null);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) { last.focus(); event.preventDefault(); }
    else if (!event.shiftKey && document.activeElement === last) { first.focus(); event.preventDefault(); }
  };
  const closed = () => {
    dialog.removeEventListener("keydown", trap);
    dialog.removeEventListener("close", closed);
    if (onClose) onClose();
    if (before && typeof before.focus === "function" && before.isConnected) before.focus();
  };
  dialog.addEventListener("keydown", trap);
  dialog.addEventListener("close", closed);
  dialog.showModal();
  const first = dialog.querySelector("[autofocus]") || dialog.querySelector("textarea, input, select") || dialog.querySelector(FOCUSABLE);
  if (first) first.focus();
  return () => { if (dialog.open) dialog.close(); };
}

/** A short message inside a form (role=alert for errors, status otherwise). */
export function formMessage(form, message, isError = true) {
  let box = form.querySelector(".form-message");
  if (!box) {
    box = el("p", { class: "form-message" });
    form.append(box);
  }
  box.setAttribute("role", isError ? "alert" : "status");
  box.classList.toggle("error", isError);
  box.textContent = message;
}

/** What went wrong, in the reader's language (the API's messages are English, for developers). */
export function errorText(error) {
  if (error.status === 401) return t("common.sign_in_to_take_part");
  if (error.status === 403 || error.status === 409) return t("contribute.closed");
  // What was wrong with what was sent: the server's reason, translated when it has the words for it.
  if ((error.status === 422 || error.status === 413) && (error.text || error.reason)) {
    return error.text || t("common.refused", { message: error.reason });
  }
  return t("common.error_generic");
}

// A preview the server renders while a form is typed in: debounced; only the latest answer is shown
// (a slow one never replaces a newer); with script, the « Prévisualiser » button is not needed.
// `fields` are the inputs that change it, `payload()` what is posted to the form's data-preview.
export function livePreview(form, body, fields, payload, failedKey, debounceMs = 350) {
  let timer = null;
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    try {
      const response = await fetch(form.dataset.preview, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(payload()),
      });
      if (mine !== asked) return; // a later keystroke has its own answer coming
      if (!response.ok) {
        const note = document.createElement("p");
        note.className = "hint";
        note.textContent = t(failedKey);
        body.replaceChildren(note);
        return;
      }
      const data = await response.json();
      if (mine !== asked) return;
      body.innerHTML = data.html; // rendered and escaped by the server's templates
      body.dataset.state = "ready";
    } catch {
      // offline: the form still posts; the « Prévisualiser » button shows the preview without script
    }
  };
  for (const field of fields) {
    field.addEventListener("input", () => {
      body.dataset.state = "pending";
      clearTimeout(timer);
      timer = setTimeout(refresh, debounceMs);
    });
  }
  form.querySelector("[data-preview-button]")?.setAttribute("hidden", "");
  // Back (after filing, say) gives the form back as it was typed, from the page cache (`persisted`)
  // or by the browser restoring the fields of a fresh copy, while the preview still shows what the
  // server rendered for the untouched form (« the proposed text is the article's »): ask again.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted || fields.some((field) => field.value !== field.defaultValue)) {
      body.dataset.state = "pending";
      refresh();
    }
  });
  return refresh;
}
