// The page of one amendment, kept up to date while it is read: its status and the decision's reason,
// its tally, its arguments and discussion, a rectified text (« n° N rect. »), its sub-amendments, and
// moderation hiding it (or its parent). The bill's live stream (live.js) says what changed; the parts
// concerned are refreshed from the page itself (liveParts), so what script shows is what the page
// shows without it, with the reader's rights (a hidden amendment comes back masked). Changes are
// announced politely to screen readers.
import { announce, livePreview, t } from "./core.js";
import { follow, liveParts } from "./live.js";

const root = document.querySelector(".amendment-page[data-bill]");

// « Sous-amender » in its instructions mode: what the pasted instructions make of the amendment's text,
// previewed while typing as on the propose page (the server reads them; without script, « Prévisualiser »).
// Called again when the form is refreshed in place: a new form needs its listener.
function enhanceSubAmendment() {
  const form = root?.querySelector("form.subamend-form[data-preview]");
  const field = form?.querySelector("textarea[name=instructions]");
  const body = form?.querySelector("[data-preview-body]");
  if (!form || !field || !body || form.dataset.enhanced) return;
  form.dataset.enhanced = "1";
  livePreview(form, body, [field], () => ({ instructions: field.value }), "amend.preview_failed");
}
enhanceSubAmendment();

// Its two modes are two addresses: the exposé typed in one goes along when the tab switches to the
// other, as on the propose page (kept for this tab only, and only until the other mode takes it).
function carrySubJustification() {
  const field = root?.querySelector("form.subamend-form textarea[name=justification]");
  if (!field) return;
  const key = `drafting.subamend.justification:${root.dataset.amendment}`;
  const carried = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  if (carried && !field.value.trim()) field.value = carried;
  root.addEventListener("click", (event) => {  // on the page, not the links: the form may be refreshed in place
    if (!event.target.closest(".subamend-box .propose-modes a")) return;
    const now = root.querySelector("form.subamend-form textarea[name=justification]");
    if (now?.value.trim()) sessionStorage.setItem(key, now.value);
  });
}
carrySubJustification();

// A refused form's summary, at the top: its link moves the focus to the field it names (inside the
// sub-amendment box, opened), as on the proposal pages, not only the view.
root?.querySelector(".error-summary")?.addEventListener("click", (event) => {
  const link = event.target.closest("a[href^='#']");
  const field = link && document.getElementById(link.getAttribute("href").slice(1));
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
});

if (root) {
  const id = Number(root.dataset.amendment);
  const parent = root.dataset.parent ? Number(root.dataset.parent) : null;
  const article = root.dataset.article || null;
  const live = follow(root.dataset.bill);
  const refresh = liveParts(root, {
    url: () => `/amendments/${id}${location.search}`,
    // the official's form or the author's tools went away: the outcome says why
    landing: () => document.getElementById("outcome-title") || root.querySelector("h1"),
    after: (fresh) => {
      const next = fresh.querySelector(".amendment-page");
      if (next) root.className = next.className;
      if (fresh.title) document.title = fresh.title;
      enhanceSubAmendment();
    },
  });

  const FORMS = ["vote-form", "argue-form", "subamend-form", "comment-form", "mine", "decision"];
  const STATUS = ["head", "tally", "history", ...FORMS];
  const EVERYTHING = [...STATUS, "text", "arguments", "subs", "comments"];

  const mine = (event) => Number(event.amendment) === id;
  const onThis = (event) => event.target_type === "amendment" && Number(event.target_id) === id;
  const shown = (selector) => root.querySelector(selector) !== null;

  /** What the outcome section now says (the decision, who, when, and the reason), in one line. */
  const outcome = () => [...root.querySelectorAll(".outcome p")].map((p) => p.textContent.replace(/\s+/g, " ").trim()).join(" ");

  const CLOSED = {
    "amendment.withdrawn": "live.amendment_withdrawn",
    "amendment.fallen": "live.amendment_fallen",
  };
  live.on("amendment.decided", (event) => {
    if (!mine(event)) return;
    const key = event.decision === "accepted" || event.decision === "accept" ? "live.amendment_accepted" : "live.amendment_rejected";
    refresh(...STATUS).then(() => announce(`${t(key)} ${outcome()}`));
  });
  for (const [type, key] of Object.entries(CLOSED)) {
    live.on(type, (event) => {
      if (mine(event)) refresh(...STATUS).then(() => announce(`${t(key)} ${outcome()}`));
    });
  }
  live.on("amendment.edited", (event) => {
    if (!mine(event)) return;
    refresh(...STATUS, "text").then(() => {
      announce(t("live.amendment_rectified", { title: root.querySelector("h1")?.textContent.trim() ?? "" }));
    });
  });
  for (const type of ["amendment.rebased", "amendment.colliding"]) {
    live.on(type, (event) => { if (mine(event)) refresh("head", "text", "history", "mine"); });
  }
  for (const [type, key] of [["amendment.hidden", "live.amendment_hidden"], ["amendment.restored", "live.amendment_restored"]]) {
    live.on(type, (event) => {
      if (mine(event)) refresh(...EVERYTHING).then(() => announce(t(key)));
      else if (parent !== null && Number(event.amendment) === parent) refresh(...EVERYTHING);
      else if (shown(`a[href="/amendments/${Number(event.amendment)}"]`)) refresh("head", "subs");
    });
  }

  // Others on the same article: a new rival (discussed together) or a sub-amendment of this one;
  // those the page names change status.
  live.on("amendment.submitted", (event) => {
    if (!mine(event) && article !== null && event.article === article) refresh("head", "subs");
  });
  for (const type of ["amendment.decided", "amendment.withdrawn", "amendment.fallen", "amendment.edited"]) {
    live.on(type, (event) => {
      if (!mine(event) && shown(`a[href="/amendments/${Number(event.amendment)}"]`)) refresh("head", "subs");
    });
  }
  // A sub-amendment of this one accepted rewrites this one's proposed text (and its history).
  live.on("amendment.decided", (event) => {
    const sub = `[data-live-part="subs"] a[href="/amendments/${Number(event.amendment)}"]`;
    if (mine(event) || !shown(sub) || !String(event.decision).startsWith("accept")) return;
    refresh("text", "history", "subamend-form").then(() => announce(t("live.amendment_text_changed")));
  });

  // Votes change the tally and the support shown under the title; tallies are not announced (too
  // many), as on the article page.
  live.on("tally.changed", (event) => { if (onThis(event)) refresh("tally", "head"); });

  live.on("argument.created", (event) => {
    if (onThis(event)) refresh("arguments").then(() => announce(t("live.argument_added")));
  });
  for (const type of ["argument.useful", "argument.hidden", "argument.restored"]) {
    live.on(type, (event) => { if (shown(`#argument-${Number(event.argument)}`)) refresh("arguments"); });
  }

  live.on("comment.created", (event) => {
    if (onThis(event)) refresh("comments").then(() => announce(t("live.comment_added")));
  });
  for (const type of ["comment.edited", "comment.deleted"]) {
    live.on(type, (event) => { if (onThis(event)) refresh("comments"); });
  }
  for (const type of ["comment.hidden", "comment.restored"]) {
    live.on(type, (event) => { if (shown(`#comment-${Number(event.comment)}`)) refresh("comments"); });
  }

  // The bill moves: the article may be renumbered or gone; contributions open or close.
  live.on("version.published", () => refresh("head"));
  for (const type of ["consultation.opened", "consultation.closed"]) live.on(type, () => refresh(...FORMS));
  live.on("contributions.imported", () => refresh(...EVERYTHING));
  live.onResync(() => refresh(...EVERYTHING));
}
