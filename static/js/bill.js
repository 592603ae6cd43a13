// The bill page: how many are reading each article right now, beside it in the table of contents.
import { follow } from "./live.js";
import { el, t } from "./core.js";

const page = document.querySelector(".bill-page");
if (page) {
  const shown = new Map(); // eid -> the presence element added to its line
  follow(page.dataset.bill).onPresence((presence) => {
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
}
