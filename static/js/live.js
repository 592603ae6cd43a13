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
