"""The amendment lifecycle without a database: every allowed and refused transition, the steps kept
for the history and the events each one causes."""

from __future__ import annotations

import pytest

from drafting.domain.amendment import OPEN, STATUSES, Amendment, Status, Step
from drafting.domain.errors import Conflict, Forbidden
from drafting.domain.events import RECIPIENT

AUTHOR, OTHER, OFFICIAL = 7, 8, 9


def amendment(status: Status = "submitted", revision: int = 0) -> Amendment:
    return Amendment(id=3, bill_id=1, article_eid="art_2", author_id=AUTHOR, status=status, number=1, revision=revision)


def types(a: Amendment) -> list[str]:
    return [e.type for e in a.events]


def test_a_new_amendment_is_submitted_at_once_and_announced_without_a_revision() -> None:
    a = amendment("draft")
    a.propose(AUTHOR, "Alice", draft=False)
    assert a.status == "submitted"
    assert a.steps == [Step("draft", "submitted", AUTHOR, "Alice")]
    assert [e.payload() for e in a.events] == [
        {"type": "amendment.submitted", "bill": 1, "amendment": 3, "number": 1, "article": "art_2"}
    ]


def test_a_new_draft_is_kept_silent() -> None:
    a = amendment("draft")
    a.propose(AUTHOR, "Alice", draft=True)
    assert (a.status, a.steps, a.events) == ("draft", [Step("draft", "draft", AUTHOR, "Alice")], [])
    with pytest.raises(Conflict):
        a.propose(AUTHOR, "Alice", draft=False)  # once only


def test_a_draft_is_submitted_by_an_edit_that_asks_for_it() -> None:
    a = amendment("draft")
    a.revise(AUTHOR, "Alice", submit=False)
    assert (a.status, a.steps, a.events) == ("draft", [], [])  # an edited draft is no one else's news
    a.revise(AUTHOR, "Alice", submit=True)
    assert a.status == "submitted" and a.steps == [Step("draft", "submitted", AUTHOR, "Alice")]
    assert [e.payload()["revision"] for e in a.events] == [0] and types(a) == ["amendment.submitted"]


def test_a_submitted_amendment_is_rectified_when_its_text_changes() -> None:
    a = amendment("submitted", revision=1)
    assert a.rectify() and a.revision == 2
    a.revise(AUTHOR, "Alice", submit=False)
    assert types(a) == ["amendment.edited"] and a.events[0].data["revision"] == 2 and a.steps == []
    draft = amendment("draft")
    assert not draft.rectify() and draft.revision == 0  # a draft is still its author's to rewrite


@pytest.mark.parametrize("status", STATUSES)
def test_only_the_author_edits_and_only_while_open(status: Status) -> None:
    a = amendment(status)
    with pytest.raises(Forbidden, match="only the author of amendment 3 may edit it"):
        a.check_editable(OTHER)
    if status in OPEN:
        a.check_editable(AUTHOR)
    else:
        with pytest.raises(Conflict, match=f"amendment 3 is {status}: it can no longer be edited"):
            a.check_editable(AUTHOR)


@pytest.mark.parametrize("status", STATUSES)
def test_withdraw(status: Status) -> None:
    a = amendment(status)
    with pytest.raises(Forbidden, match="only the author of amendment 3 may withdraw it"):
        a.withdraw(OTHER, "Bob", None)
    if status not in OPEN:
        with pytest.raises(Conflict, match=f"amendment 3 is {status}: it can no longer be withdrawn"):
            a.withdraw(AUTHOR, "Alice", None)
        assert (a.status, a.steps, a.events) == (status, [], [])
        return
    a.withdraw(AUTHOR, "Alice", "mieux ailleurs")
    assert a.status == "withdrawn"
    assert a.steps == [Step(status, "withdrawn", AUTHOR, "Alice", "mieux ailleurs")]
    assert a.steps[0].ends_discussion == (status == "submitted")
    # a draft was never public: its withdrawal is no one else's news
    assert types(a) == ([] if status == "draft" else ["amendment.withdrawn"])


@pytest.mark.parametrize("status", STATUSES)
def test_only_submitted_amendments_are_decided(status: Status) -> None:
    for decide in (
        lambda a: a.accept(OFFICIAL, "Chair", "adopté", 4),
        lambda a: a.reject(OFFICIAL, "Chair", "satisfait"),
    ):
        a = amendment(status)
        if status == "submitted":
            decide(a)
            continue
        with pytest.raises(Conflict, match=f"amendment 3 is {status}: only submitted amendments are decided"):
            decide(a)
        assert (a.status, a.steps, a.events) == (status, [], [])


def test_accepting_records_the_version_and_the_public_reason() -> None:
    a = amendment()
    a.accept(OFFICIAL, "Chair", "adopté", 4)
    assert (a.status, a.decided_version) == ("accepted", 4)
    assert a.steps == [Step("submitted", "accepted", OFFICIAL, "Chair", "adopté", 4)]
    assert not a.steps[0].ends_discussion  # it made the text: the others are rebased, not relieved
    assert [e.payload() for e in a.events] == [
        {"type": "amendment.decided", "bill": 1, "amendment": 3, "number": 1, "decision": "accepted", "version": 4}
    ]
    sub = amendment()
    sub.accept(OFFICIAL, "Chair", "adopté", None)  # a sub-amendment goes into its parent's text
    assert sub.decided_version is None and sub.events[0].data["version"] is None


def test_rejecting_ends_the_discussion() -> None:
    a = amendment()
    a.reject(OFFICIAL, "Chair", "satisfait")
    assert a.status == "rejected" and a.decided_version is None and a.steps[0].ends_discussion
    assert a.events[0].data == {"amendment": 3, "number": 1, "decision": "rejected", "version": None}


def test_a_fallen_amendment_tells_its_author_alone() -> None:
    a = amendment()
    a.fall("article art_2 was deleted by amendment 5")
    assert a.status == "fallen"
    assert a.steps == [Step("submitted", "fallen", None, "drafting", "article art_2 was deleted by amendment 5")]
    public, notice = a.events
    assert public.type == "amendment.fallen" and RECIPIENT not in public.data
    assert notice.type == "notice" and notice.data["about"] == "amendment.fallen" and notice.data[RECIPIENT] == AUTHOR
    orphan = Amendment(id=4, bill_id=1, article_eid="art_2", author_id=None, status="submitted", number=2)
    orphan.fall("its author left")
    assert types(orphan) == ["amendment.fallen"]  # no one to tell


@pytest.mark.parametrize("status", STATUSES)
def test_only_a_pending_amendment_is_sub_amended_voted_on_or_takes_its_sub_amendments(status: Status) -> None:
    a = amendment(status)
    checks = (
        (a.check_sub_amendable, f"amendment 3 is {status} \\(modify\\): it cannot be sub-amended"),
        (a.check_parent_pending, f"amendment 3, which this sub-amendment changes, is {status}"),
        (a.check_takes_votes, f"amendment 3 is {status}: votes and arguments are taken on submitted amendments only"),
    )
    for check, refusal in checks:
        if status == "submitted":
            check()
        else:
            with pytest.raises(Conflict, match=refusal):
                check()


def test_a_deletion_is_not_sub_amended() -> None:
    deletion = Amendment(
        id=3, bill_id=1, article_eid="art_2", author_id=AUTHOR, status="submitted", number=1, kind="delete"
    )
    with pytest.raises(Conflict, match=r"amendment 3 is submitted \(delete\): it cannot be sub-amended"):
        deletion.check_sub_amendable()


@pytest.mark.parametrize("status", STATUSES)
def test_drafts_and_drafts_withdrawn_unsubmitted_are_private(status: Status) -> None:
    a = amendment(status)
    assert a.is_private(lambda: False) == (status in ("draft", "withdrawn"))
    assert a.is_private(lambda: True) == (status == "draft")  # once submitted, a withdrawal is public


@pytest.mark.parametrize("status", STATUSES)
def test_a_moderator_hides_then_restores_an_amendment_whatever_its_status(status: Status) -> None:
    a = amendment(status)
    a.hide("insulte")
    assert (a.hidden_reason, a.status) == ("insulte", status)
    with pytest.raises(Conflict, match="already hidden"):
        a.hide("encore")
    a.restore("erreur")
    assert a.hidden_reason is None
    with pytest.raises(Conflict, match="nothing to restore"):
        a.restore("erreur")
    assert [e.payload() for e in a.events] == [
        {"type": "amendment.hidden", "bill": 1, "amendment": 3, "target_type": "amendment", "target_id": 3,
         "reason": "insulte"},
        {"type": "amendment.restored", "bill": 1, "amendment": 3, "target_type": "amendment", "target_id": 3},
    ]  # fmt: skip
