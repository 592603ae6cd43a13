// The bill page: presence counts beside each article, and live figures.
import { follow } from "./live.js";
import { t } from "./core.js";

const page = document.querySelector(".bill-page");
if (page) {
  const live = follow(page.dataset.bill);
  live.onPresence((presence) => {
    for (const node of page.querySelectorAll("[data-presence]")) {
      const count = presence.articles?.[node.dataset.presence] || 0;
      node.hidden = count === 0;
      node.textContent = count ? t(count === 1 ? "live.readers_one" : "live.readers_many", { n: count }) : "";
    }
  });
}
