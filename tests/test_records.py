from __future__ import annotations

import json

import pytest

from sitrep.errors import RecordError
from sitrep.records import (
    Actor,
    ActorKind,
    Article,
    Claim,
    Contradiction,
    ContradictionKind,
    Place,
    Report,
    Span,
    Stance,
)

TEXT = "Azerbaijan's defence ministry denied the claim."


def _actor(**kw: object) -> Actor:
    base: dict[str, object] = {
        "id": "a1",
        "name": "Azerbaijan",
        "kind": ActorKind.STATE,
        "mentions": (Span(0, 10),),
    }
    base.update(kw)
    return Actor(**base)  # type: ignore[arg-type]


def test_span_rejects_malformed_offsets() -> None:
    with pytest.raises(RecordError):
        Span(5, 2)
    with pytest.raises(RecordError):
        Span(-1, 2)


def test_records_from_text_need_evidence() -> None:
    with pytest.raises(RecordError, match="evidence"):
        _actor(mentions=())


def test_place_never_at_null_island() -> None:
    with pytest.raises(RecordError, match=r"\(0, 0\)"):
        Place(id="p1", name="X", lat=0.0, lon=0.0, mentions=(Span(0, 1),))
    with pytest.raises(RecordError):
        Place(id="p1", name="X", lat=10.0, lon=None, mentions=(Span(0, 1),))


def test_report_checks_spans_and_references() -> None:
    article = Article(id="x", text=TEXT)
    with pytest.raises(RecordError, match="outside the text"):
        Report(article=article, actors=(_actor(mentions=(Span(0, 999),)),))
    with pytest.raises(RecordError, match="unknown actor"):
        Report(article=article, actors=(_actor(affiliation="a9"),))
    claim = Claim(
        id="c1",
        speaker="a1",
        cue="denied",
        stance=Stance.DENY,
        content=Span(37, 46),
        evidence=(Span(0, 47),),
    )
    with pytest.raises(RecordError, match="unknown record"):
        Report(
            article=article,
            actors=(_actor(),),
            claims=(claim,),
            contradictions=(Contradiction(kind=ContradictionKind.DENIAL, between=("c1", "c2")),),
        )


def test_report_json_has_every_section() -> None:
    report = Report(article=Article(id="x", text=TEXT), actors=(_actor(),))
    data = json.loads(report.to_json())
    assert data["schema"] == "sitrep/report-1"
    for key in ("actors", "places", "times", "claims", "events", "casualties", "contradictions"):
        assert isinstance(data[key], list)
    assert data["actors"][0]["kind"] == "state"
