"""Builds the demo's participation data shipped in the package from the shared 2015 data (a
development step: users' machines have no ../shared). Run: python scripts/make_demo_data.py

The arguments and citizen proposals stay in the platform's own export format (Cap Collectif), which
`drafting import-contributions` reads, gzipped; the articles' vote counts go to a small JSON file.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "participation" / "fr_republique-numerique_2015"
TARGET = ROOT / "drafting" / "data" / "demo"


def main() -> None:
    articles = json.loads((SOURCE / "bill_v0_consultation_30_articles.json").read_text(encoding="utf-8"))
    votes = {
        a["article_number"]: {"agree": a["votes_ok"], "mixed": a["votes_mitige"], "disagree": a["votes_nok"]}
        for a in articles
    }
    (TARGET / "votes-2015.json").write_text(json.dumps(votes, indent=1), encoding="utf-8")
    shipped = {"comments_arguments.csv": "arguments-2015.csv.gz", "citizen_proposals.csv": "proposals-2015.csv.gz"}
    for source, target in shipped.items():
        # mtime=0: the same input gives the same bytes, so the file changes in git only with its data
        with (SOURCE / source).open("rb") as raw, gzip.GzipFile(TARGET / target, "wb", mtime=0) as packed:
            shutil.copyfileobj(raw, packed)
    print(f"{len(votes)} tallies, arguments and proposals written to {TARGET}")


if __name__ == "__main__":
    main()
