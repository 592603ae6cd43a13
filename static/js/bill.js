// The bill page: how many are reading each article right now, beside it in the table of contents;
// the figures, the version and each article's counts follow what others do, without a reload.
import { follow } from "./live.js";
import { announce, el, t } from "./core.js";

const page = document.querySelector(".bill-page");
if (page) {
  const live = follow(page.dataset.bill);
  const shown = new Map(); // eid -> the presence element added to its line
  live.onPresence((presence) => {
    const articles = presence.articles || {};
    for (const [eid, node] of shown) {
      if (!articles[eid]) { node.remove(); shown.delete(eid); }
    }
    for (const [eid, count] of Object.entries(articles)) {
      if (!count) continue;
      const line = page.querySelector(`li.toc-article[data-eid="${CSS.escape(eid)}"]`);
      if (!line) continue;
      let node = shown.get(eid);
      if (!node) {
        node = el("span", { class: "presence", lang: document.documentElement.lang });
        line.append(node);
        shown.set(eid, node);
      }
      node.textContent = t(count === 1 ? "live.readers_one" : "live.readers_many", { n: count });
    }
  });

  // Figures: refreshed from the page itself, at most once a second (tallies can change often).
  let timer = null;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const response = await fetch(location.pathname + location.search, { credentials: "same-origin" });
      if (!response.ok) return;
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const part of ["figures", "version"]) {
        const now = page.querySelector(`[data-live-part="${part}"]`);
        const next = fresh.querySelector(`[data-live-part="${part}"]`);
        if (now && next && now.innerHTML !== next.innerHTML) now.innerHTML = next.innerHTML;
      }
      for (const line of fresh.querySelectorAll("li.toc-article")) {
        const mine = page.querySelector(`li.toc-article[data-eid="${CSS.escape(line.dataset.eid)}"] .counts`);
        const next = line.querySelector(".counts");
        if (mine && next && mine.innerHTML !== next.innerHTML) mine.innerHTML = next.innerHTML;
      }
    }, 1000);
  };
  if (!location.search.includes("version=")) {
    for (const type of ["tally.changed", "argument.created", "amendment.submitted", "amendment.decided", "amendment.withdrawn", "contributions.imported"]) {
      live.on(type, refresh);
    }
    live.on("version.published", (event) => { refresh(); announce(t("live.bill_version", { n: event.version })); });
  }
}
