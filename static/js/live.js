// Following a bill live over the websocket (protocol: docs/realtime.md). One connection per bill and
// page; after a drop it reconnects with ?after=<last id> so that missed events are replayed, with a
// growing delay. Pages subscribe with follow(bill).on(type, fn); "*" hears every event.
//
//   const live = follow(billId, { article: "art_1" });
//   live.on("tally.changed", (event) => ...);
//   live.onPresence((presence) => ...);   // {readers: n, articles: {eid: n}}
//   live.onResync(() => location.reload());
//
// Personal notices (type "notice", about amendment.colliding or amendment.fallen: the reader's own
// amendment) show a banner in #notices that stays until dismissed.
import { announce, el, t } from "./core.js";

const followers = new Map();

class Follower {
  constructor(bill, article) {
    this.bill = bill;
    this.article = article ?? null;
    this.last = null;
    this.handlers = new Map();
    this.presence = [];
    this.resyncs = [];
    this.delay = 500;
    this.connect();
  }

  on(type, fn) {
    if (!this.handlers.has(type)) this.handlers.set(type, []);
    this.handlers.get(type).push(fn);
    return this;
  }

  onPresence(fn) { this.presence.push(fn); return this; }

  onResync(fn) { this.resyncs.push(fn); return this; }

  view(article) {
    this.article = article;
    this.send({ type: "viewing", article });
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const after = this.last === null ? "" : `?after=${this.last}`;
    const socket = new WebSocket(`${scheme}//${location.host}/api/bills/${encodeURIComponent(this.bill)}/live${after}`);
    this.socket = socket;
    socket.addEventListener("open", () => {
      this.delay = 500;
      document.body.dataset.live = "connected";
      if (this.article) this.send({ type: "viewing", article: this.article });
    });
    socket.addEventListener("message", (message) => this.receive(JSON.parse(message.data)));
    socket.addEventListener("close", () => {
      document.body.dataset.live = "reconnecting";
      if (this.stopped) return;
      setTimeout(() => this.connect(), this.delay);
      this.delay = Math.min(this.delay * 2, 15000);
    });
    // An error is followed by close, which reconnects; nothing to report in the console.
    socket.addEventListener("error", () => {});
  }

  receive(message) {
    if (message.type === "hello") {
      if (this.last === null) this.last = message.last;
      return;
    }
    if (message.type === "presence") {
      for (const fn of this.presence) fn(message);
      return;
    }
    if (message.type === "resync") {
      if (typeof message.last === "number") this.last = message.last;
      for (const fn of this.resyncs) fn(message);
      return;
    }
    if (message.type === "pong" || message.type === "error") return;
    if (typeof message.id === "number") {
      if (this.last !== null && message.id <= this.last) return; // already applied
      this.last = message.id;
    }
    notice(message);
    for (const fn of [...(this.handlers.get(message.type) || []), ...(this.handlers.get("*") || [])]) {
      try { fn(message); } catch (error) { setTimeout(() => { throw error; }); }
    }
  }
}

/** The live connection to `bill` (id or slug) for this page; `article` is the one being read. */
export function follow(bill, { article } = {}) {
  const key = String(bill);
  if (!followers.has(key)) followers.set(key, new Follower(key, article));
  else if (article) followers.get(key).view(article);
  return followers.get(key);
}

const NOTICES = { "amendment.fallen": "live.notice_fallen", "amendment.colliding": "live.notice_colliding" };

function notice(event) {
  // Personal notices come as {"type": "notice", "about": "amendment.fallen", ...}, sent by the server to
  // the signed-in reader they concern only (docs/realtime.md).
  if (event.type !== "notice" || !(event.about in NOTICES)) return;
  const box = document.getElementById("notices");
  if (!box) return;
  const key = NOTICES[event.about];
  const text = t(key, { n: event.number ?? "" }); // its number in the bill, not the global id
  const item = el("div", { class: "notice", role: "status" }, el("p", {}, text));
  const dismiss = el("button", { type: "button", class: "link" }, t("common.dismiss"));
  dismiss.addEventListener("click", () => {
    item.remove();
    box.hidden = box.children.length === 0;
    document.getElementById("main")?.focus();
  });
  item.append(dismiss);
  box.append(item);
  box.hidden = false;
  announce(text);
}

/**
 * Parts of a page kept up to date from a fresh copy of the page itself (the server's own HTML, so
 * that what script shows is what the page shows without it). A part is an element with
 * data-live-part="name" that the page always has (empty when there is nothing to show), so that
 * what appears or goes away is swapped like the rest.
 *
 *   const refresh = liveParts(root, { special: { text: (fresh) => ... }, after: (fresh) => ... });
 *   refresh("tally", "arguments").then(() => announce(...));
 *
 * Names asked for within 150 ms share one fetch; fetches run one after the other, so an older copy
 * never replaces a newer one. A part in which someone is writing (a field changed from what the
 * page gave) is tried again 2 s later; one showing a refused form's message is left as it is. When
 * the focus was inside a replaced part, it goes back to the same control (by id) or, when that
 * control is gone, to the heading of the part's section, never to the top of the page.
 * `url` is the page's address (a refused form's page was answered to a POST elsewhere); `landing`
 * the heading focus goes to when a part outside any section loses the focused control.
 */
export function liveParts(root, { special = {}, after = null, url = null, landing = null } = {}) {
  const pending = new Set();
  let timer = null;
  let waiting = [];
  let queue = Promise.resolve();

  function refresh(...parts) {
    for (const part of parts) pending.add(part);
    clearTimeout(timer);
    timer = setTimeout(() => { queue = queue.then(run, run); }, 150);
    return new Promise((resolve) => waiting.push(resolve));
  }

  async function run() {
    const parts = [...pending];
    const done = waiting;
    pending.clear();
    waiting = [];
    try {
      const address = url ? url() : location.pathname + location.search;
      const response = await fetch(address, { credentials: "same-origin", headers: { Accept: "text/html" } });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const part of parts) {
        if (part in special) special[part](fresh);
        else swap(part, fresh);
      }
      if (after) after(fresh);
    } catch {
      // offline: the next event or resync asks again
    } finally {
      for (const resolve of done) resolve();
    }
  }

  function swap(part, fresh) {
    const now = root.querySelector(`[data-live-part="${part}"]`);
    const next = fresh.querySelector(`[data-live-part="${part}"]`);
    if (!now || !next || now.innerHTML === next.innerHTML) return;
    if (now.querySelector(".form-error")) return;
    if ([...now.querySelectorAll("textarea, input")].some(written)) {
      setTimeout(() => refresh(part), 2000);
      return;
    }
    const active = document.activeElement;
    const focused = active && active !== document.body && now.contains(active);
    const node = document.importNode(next, true);
    now.replaceWith(node);
    if (!focused) return;
    const same = sameControl(active, now, node);
    const heading = node.closest("section")?.querySelector("h2") || landing?.() || document.getElementById("main");
    const target = same || heading;
    if (!target) return;
    if (!same && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }

  return refresh;
}

const CONTROLS = "a[href], button, input, select, textarea, summary, [tabindex]";

/** In the new copy of a part, the control that was focused in the old one: the same id, else the
 * one at the same place with the same name (a link or button without an id). */
function sameControl(active, before, after) {
  if (active.id) return after.querySelector(`#${CSS.escape(active.id)}`);
  const index = [...before.querySelectorAll(CONTROLS)].indexOf(active);
  const there = index >= 0 ? after.querySelectorAll(CONTROLS)[index] : null;
  return there && there.tagName === active.tagName && there.textContent === active.textContent ? there : null;
}

/** Whether someone changed this field from what the page gave. */
function written(field) {
  if (field.type === "checkbox" || field.type === "radio") return field.checked !== field.defaultChecked;
  return field.value !== field.defaultValue;
}
