"""The 2013 higher-education law, Senate stage 03 to stage 04, replayed as amendments.

Every article that changed becomes one or two amendments (two when the change can be split, so that
accepting the first forces a rebase of the second), plus competing amendments on the same passages.
Accepting the stage 04 ones must give the stage 04 text exactly; the competing ones must collide or
fall; the footprint must name the right amendment for each changed span.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from drafting.bootstrap import Services
from drafting.domain.rebase import apply_edits, edits_of
from drafting.domain.tree import split_alineas
from drafting.services.commands import Proposal
from tests.conftest import make_user

STAGE_03, STAGE_04 = "03_1èrelecture_senat_commission", "04_1èrelecture_senat_hemicycle"


def _stage(article: dict[str, Any], step: str) -> dict[str, Any] | None:
    return next((s for s in article["steps"] if s["id_step"] == step), None)


def _num(key: str) -> str:
    return key.replace("_", " ")


def _text(step: dict[str, Any]) -> str:
    return "\n".join(split_alineas("\n".join(step["text"])))


@pytest.fixture(scope="module")
def law(shared: Path) -> dict[str, Any]:
    data = json.loads((shared / "bills/fr_loi-2013-660_esr_lawfactory/articles_by_step.json").read_text())
    articles = data["articles"]
    present = [(k, s) for k, a in articles.items() if (s := _stage(a, STAGE_03)) and s["status"] != "sup"]
    present.sort(key=lambda item: item[1]["order"])
    lines = ["# Projet de loi relatif à l'enseignement supérieur et à la recherche", ""]
    for key, step in present:
        lines += [f"## Article {_num(key)}", "", *[line for line in step["text"] if line.strip()], ""]
    after = {k: s for k, a in articles.items() if (s := _stage(a, STAGE_04))}
    return {"markdown": "\n\n".join(lines), "stage03": dict(present), "stage04": after}


def test_stage_04_rebuilt_from_amendments(services: Services, law: dict[str, Any]) -> None:
    official = make_user(services, "rapporteur@senat.fr", "official", "Rapporteur")
    senator = make_user(services, "senateur@senat.fr", "citizen", "Sénateur")
    rival = make_user(services, "rival@senat.fr", "citizen", "Rival")
    bill = services.bills.create(official, source=law["markdown"], fmt="markdown", status="open")
    official = services.accounts.actor_for(
        services.accounts.sign_in("rapporteur@senat.fr", "correct horse battery")[0]
    )
    eids = {a["num"]: a["eid"] for a in services.bills.detail(bill["id"])["tree"]["children"]}
    assert len(eids) == len(law["stage03"])

    def propose(actor: Any, body: dict[str, Any]) -> dict[str, Any]:
        return services.amendments.propose(actor, bill["id"], Proposal(**body))

    firsts, seconds, rivals, deletions, splits = [], [], [], [], {}
    for key, before in law["stage03"].items():
        after = law["stage04"].get(key)
        old = _text(before)
        if after is None or after["status"] == "sup":
            deletions.append(propose(senator, {"article": eids[_num(key)], "kind": "delete"}))
            continue
        new = _text(after)
        if new == old:
            continue
        edits = edits_of(old, new)
        half = len(edits) // 2
        if half:
            a = propose(senator, {"article": eids[_num(key)], "text": apply_edits(old, edits[:half])})
            b = propose(senator, {"article": eids[_num(key)], "text": apply_edits(old, edits[half:])})
            firsts.append(a)
            seconds.append(b)
            splits[key] = (a["id"], b["id"], edits)
        else:
            firsts.append(propose(senator, {"article": eids[_num(key)], "text": new}))
        replaced = next((e for e in edits if e.end > e.start), None)
        if replaced is not None and len(rivals) < 12:
            text = old[: replaced.start] + "DISPOSITION CONCURRENTE" + old[replaced.end :]
            rival_amendment = propose(rival, {"article": eids[_num(key)], "text": text})
            assert rival_amendment["collisions"], f"article {key}: the rival was not announced as colliding"
            rivals.append(rival_amendment)
    assert len(firsts) >= 50 and len(seconds) >= 20 and len(rivals) == 12 and len(deletions) == 4

    # New articles of stage 04 go after the article they follow there; accepted last-first, those
    # that follow the same article end up in stage 04's order.
    order04 = sorted(law["stage04"], key=lambda k: law["stage04"][k]["order"])
    kept = {k for k in law["stage03"] if law["stage04"].get(k, {}).get("status", "sup") != "sup"}
    insertions = []
    for index, key in enumerate(order04):
        if key in law["stage03"] or law["stage04"][key]["status"] == "sup":
            continue
        anchor = next(k for k in reversed(order04[:index]) if k in kept)
        body = {
            "kind": "insert",
            "after": eids[_num(anchor)],
            "num": _num(key),
            "text": _text(law["stage04"][key]),
        }
        insertions.append(propose(senator, body))
    assert len(insertions) >= 10

    for amendment in firsts + seconds + deletions + insertions[::-1]:
        result = services.decisions.decide(official, amendment["id"], decision="accept", reason="Adopté.")
        assert result["status"] == "accepted", amendment["id"]

    head = services.bills.detail(bill["id"])
    texts = {a["num"]: a["text"] for a in head["tree"]["children"]}
    assert [a["num"] for a in head["tree"]["children"]] == [
        _num(k) for k in order04 if k in kept or (k not in law["stage03"] and law["stage04"][k]["status"] != "sup")
    ]
    for key in law["stage03"]:
        after = law["stage04"].get(key)
        if after is None or after["status"] == "sup":
            assert _num(key) not in texts, f"article {key} should be deleted"
        else:
            assert texts[_num(key)] == _text(after), f"article {key} differs from stage 04"
    for r in rivals:
        state = services.amendments.get(None, r["id"])
        assert state["status"] == "fallen" or (state["status"] == "submitted" and state["colliding"]), r["id"]
    # Second halves were written against version 1 and carried over every accepted change.
    rebased = [services.amendments.get(None, b["id"])["rebases"] for b in seconds]
    assert all(r and r[-1]["outcome"] == "clean" for r in rebased)

    for key, (first_id, second_id, edits) in list(splits.items())[:10]:
        footprint = services.bills.footprint(bill["id"], None, eids[_num(key)])
        origins = {s["origin"]["ref"] for s in footprint["spans"] if s["origin"]["kind"] == "amendment"}
        inserted_by_first = any(e.replacement.strip() for e in edits[: len(edits) // 2])
        inserted_by_second = any(e.replacement.strip() for e in edits[len(edits) // 2 :])
        assert (first_id in origins) == inserted_by_first, key
        assert (second_id in origins) == inserted_by_second, key
        for span in footprint["spans"]:
            if span["origin"]["ref"] == second_id:
                assert span["text"].strip() in "".join(e.replacement for e in edits[len(edits) // 2 :]), key
    assert services.bills.verify(bill["id"]) == []
