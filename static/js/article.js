// An article's page: annotating, voting, arguing and commenting without leaving the page, and
// everything others do appearing live. Parts of the page are refreshed from the server's own HTML
// (the page fetched again), so that what script shows is what the page shows without it.
import { announce, api, errorText, formMessage, t } from "./core.js";
import { follow, liveParts } from "./live.js";
import { setupAnnotating } from "./annotate.js";

const root = document.querySelector(".article-page");

if (root && root.hasAttribute("data-current")) {
  const eid = root.dataset.eid;
  const live = follow(root.dataset.bill, { article: eid });
  // Parts of the page refreshed from a fresh copy of it (names of data-live-part, or "text").
  const refresh = liveParts(root, {
    special: { text: replaceText },
    after: (fresh) => {
      const freshRoot = fresh.querySelector(".article-page");
      if (freshRoot) root.dataset.version = freshRoot.dataset.version;
    },
  });

  /** The text in place, the reader's scroll kept, the alinéas that changed marked. */
  function replaceText(fresh) {
    const list = root.querySelector("[data-text]");
    const next = fresh.querySelector("[data-text]");
    if (!list || !next) return;
    const before = [...list.children].map((li) => li.textContent);
    // The reader's place: the first alinéa that starts on screen (else the one being read through).
    const items = [...list.children];
    const anchor = items.find((li) => li.getBoundingClientRect().top >= 0) || items.find((li) => li.getBoundingClientRect().bottom > 0);
    const anchorIndex = anchor ? items.indexOf(anchor) : -1;
    const top = anchor ? anchor.getBoundingClientRect().top : 0;
    list.replaceChildren(...[...next.children].map((li) => document.importNode(li, true)));
    [...list.children].forEach((li, index) => {
      if (before[index] !== li.textContent) {
        li.dataset.changed = "";
        li.dataset.changedLabel = t("live.changed");
      }
    });
    const same = anchorIndex >= 0 ? list.children[Math.min(anchorIndex, list.children.length - 1)] : null;
    if (same) window.scrollBy(0, same.getBoundingClientRect().top - top);
  }

  live.on("annotation.created", (event) => {
    if (event.article === eid) { refresh("notes", "text"); announce(t("live.annotation_added")); }
  });
  live.on("argument.created", (event) => {
    if (event.target_type === "article" && event.target_id === eid) { refresh("arguments"); announce(t("live.argument_added")); }
  });
  live.on("tally.changed", (event) => {
    if (event.target_type === "article" && event.target_id === eid) refresh("tally");
  });
  for (const type of ["comment.created", "comment.edited", "comment.deleted"]) {
    live.on(type, () => refresh("comments"));
  }
  live.on("version.published", () => {
    refresh("meta", "text", "notes", "tally", "arguments", "comments");
    announce(t("live.version_published"));
  });
  for (const type of ["consultation.opened", "consultation.closed"]) live.on(type, () => refresh("meta"));
  live.onResync(() => refresh("meta", "text", "notes", "tally", "arguments", "comments"));
  live.onPresence((presence) => {
    const node = root.querySelector(`[data-presence="${CSS.escape(eid)}"]`);
    const count = presence.articles?.[eid] || 0;
    if (!node) return;
    node.hidden = count === 0;
    node.textContent = count ? t(count === 1 ? "live.readers_one" : "live.readers_many", { n: count }) : "";
  });

  // Marked passages point at their notes.
  root.addEventListener("click", (event) => {
    const mark = event.target.closest("mark[data-annotations]");
    if (!mark) return;
    const first = mark.dataset.annotations.split(" ")[0];
    const note = document.getElementById(`annotation-${first}`);
    if (note) {
      for (const n of root.querySelectorAll(".note.current")) n.classList.remove("current");
      note.classList.add("current");
      note.scrollIntoView({ block: "nearest" });
    }
  });

  if (root.hasAttribute("data-contribute")) {
    setupAnnotating(root, () => refresh("notes", "text"));
    enhanceVotes();
    enhanceForm("[data-argument-form]", (form, submitter, body) =>
      api("POST", `/api/bills/${root.dataset.bill}/articles/${eid}/arguments`, { stance: submitter.value, body })
        .then(() => { refresh("arguments"); return t("arguments.published"); }), "arguments.need_body");
    enhanceForm("[data-comment-form]", (form, submitter, body) =>
      api("POST", `/api/bills/${root.dataset.bill}/articles/${eid}/comments`, { body })
        .then(() => { refresh("comments"); return t("comments.published"); }), "comments.need_body");
  }

  // Replies: one form per comment (in a <details>), posted to the API, the thread refreshed.
  root.addEventListener("submit", async (event) => {
    const form = event.target.closest("[data-reply-form]");
    if (!form) return;
    event.preventDefault();
    const field = form.querySelector("textarea");
    if (!field.value.trim()) { formMessage(form, t("comments.need_body")); field.focus(); return; }
    try {
      await api("POST", `/api/bills/${root.dataset.bill}/articles/${eid}/comments`, {
        body: field.value,
        reply_to: Number(form.elements.reply_to.value),
      });
      field.value = "";
      announce(t("comments.published"));
      refresh("comments");
      document.getElementById("comments-title")?.focus();
    } catch (error) {
      formMessage(form, errorText(error));
    }
  });

  function enhanceVotes() {
    const form = root.querySelector("[data-vote-form]");
    if (!form) return;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = event.submitter;
      if (!button) return;
      const again = button.getAttribute("aria-pressed") === "true";
      const url = `/api/bills/${root.dataset.bill}/articles/${eid}/votes`;
      try {
        if (again) await api("DELETE", url);
        else await api("POST", url, { value: button.value });
        for (const b of form.querySelectorAll("button")) b.setAttribute("aria-pressed", String(!again && b === button));
        announce(again ? t("votes.withdrawn") : t("votes.recorded", { value: button.textContent.trim() }));
        refresh("tally");
      } catch (error) {
        formMessage(form, errorText(error));
      }
    });
  }

  function enhanceForm(selector, send, emptyKey) {
    const form = root.querySelector(selector);
    if (!form) return;
    const field = form.querySelector("textarea");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const submitter = event.submitter || form.querySelector("button[type=submit]");
      if (!field.value.trim()) { formMessage(form, t(emptyKey)); field.focus(); return; }
      for (const b of form.querySelectorAll("button")) b.disabled = true;
      try {
        const message = await send(form, submitter, field.value);
        field.value = "";
        formMessage(form, message, false);
        announce(message);
      } catch (error) {
        formMessage(form, errorText(error));
      } finally {
        for (const b of form.querySelectorAll("button")) b.disabled = false;
      }
    });
  }
}
