"""Clause shapes the parse gets wrong in news style, and what they mean for an attribution.

- "X said its forces were responding ... and accused Y of ...": the parse coordinates
  "accused" with "responding"; it goes with "said" (:func:`misattached_conjunct`);
- "Three people were killed in X, the region's ombudsman said, and ...": the speaker hangs on
  the place as an apposition (:func:`appositive_speaker`);
- "Troops have advanced to X, the president's office said on Monday": the reporting verb is
  joined to the clause before it by a bare comma (:func:`spliced`);
- "The two sides agreed to ..., the co-chairs said": the clause said hangs on the verb as an
  adverbial (:func:`clause_before`);
- "declined to comment", "refused to confirm or deny": a refusal to speak (:func:`speech_only`);
- "Two more soldiers were killed, the ministry said, bringing the toll to 1,166": a figure
  after the reporting clause goes on with what was said (:func:`continuation`);
- "..., a figure the ministry disputed, saying nine had died": the participle after a relative
  clause with a reporting verb goes with that clause's speaker, though the parse hangs it on
  the main verb (:func:`relative_clause_speaker`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitrep.attribution.base import SUBJECTS, roots_of, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sitrep.attribution.lexicon import Lexicon


# Speech itself: refusing it ('declined to comment') states nothing.
_SPEECH = {
    "comment",
    "say",
    "elaborate",
    "speak",
    "discuss",
    "confirm",
    "deny",
    "disclose",
    "answer",
    "respond",
    "reply",
    "give",
    "provide",
    "identify",
    "name",
}


def speech_only(content: Sequence[Token]) -> bool:
    roots = roots_of(content)
    return bool(roots) and all(r.lemma_.lower() in _SPEECH and r.pos_ == "VERB" for r in roots)


# Adverbs that open a clause of time or condition ('When she ran, X attacked Y'): no statement.
_SUBORDINATING = {"when", "whenever", "while", "where", "once", "after", "before", "since"}


def clause_before(verb: Token) -> list[Token]:
    """'The two sides agreed to ..., the mediators said': the clause the parse hung on the
    reporting verb as an adverbial, set off from its subject by a comma."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i == 0:
        return []
    if verb.doc[subject.left_edge.i - 1].text != ",":
        return []
    clause = next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i < subject.i
            and any(g.dep_ in SUBJECTS for g in c.children)
            and not any(
                g.dep_ == "mark" or (g.dep_ == "advmod" and g.lower_ in _SUBORDINATING)
                for g in c.children
            )
        ),
        None,
    )
    return trim(list(clause.subtree)) if clause is not None else []


def spliced(verb: Token) -> bool:
    """'Troops have advanced to X, the president's office said on Monday': a reporting verb with
    a subject of its own that the parse joined to the clause before it by a bare comma (as a
    conjunct, or as an adverbial clause without a conjunction of its own)."""
    head = verb.head
    if verb.dep_ not in {"conj", "advcl"} or head.i > verb.i or verb.left_edge.i == 0:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} for c in verb.children):
        # 'because X said', 'when X said': a clause of its own, not a comment on the one before.
        return False
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    # 'and' before the reporting verb joins it to the clause; 'and' before another conjunct
    # ('A killed 35 and wounded 100 ..., X said') joins that one
    if any(
        c.dep_ == "cc"
        and head.i < c.i < verb.i
        and not any(d.dep_ == "conj" and c.i < d.i < verb.i for d in head.children)
        for c in head.children
    ):
        return False
    return verb.doc[verb.left_edge.i - 1].text == ","


def misattached_conjunct(verb: Token) -> bool:
    """'X said its forces were responding ... and accused Y of ...': a finite past verb the parse
    coordinated with a progressive, perfect or modal verb of the reported clause, whose
    auxiliary it cannot share; it is coordinated with the reporting verb above that clause."""
    head = verb.head
    if _repeated_report(verb):
        return True
    # 'denied that civilians were harmed and accused X of ...': a participle with an object
    # cannot share the clause's passive auxiliary; the parse tagged a past tense as one.
    finite = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
    )
    return (
        verb.dep_ == "conj"
        and finite
        and head.tag_ in {"VBG", "VBN", "VB"}
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and any(c.dep_ in {"aux", "auxpass"} for c in head.children)
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    )


def conjunct_taken_for_content(verb: Token) -> bool:
    """'X told reporters that the truce must hold, and warned that ...': the parse hung the
    second finite verb, with no subject of its own, on the first as a second reported clause
    (its 'and' on the first clause). Set off by 'and' after a reported clause of the same verb,
    it is coordinated with that verb and shares its speaker."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in {"VBD", "VBZ"} or verb.i < 2:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.lower_ not in {"and", "but"} or before.head.i == verb.i:
        return False
    return head.pos_ == "VERB" and any(
        c.dep_ == "ccomp" and c.i < before.i and c.is_ancestor(before) for c in head.children
    )


def _repeated_report(verb: Token) -> bool:
    """'X says A and says B': the reporting verb again, in its tense and not in the reported
    clause's, coordinated by the parse with that clause."""
    head = verb.head
    reporting = head.head
    return (
        verb.dep_ == "conj"
        and head.dep_ == "ccomp"
        and reporting.lemma_ == verb.lemma_
        and reporting.tag_ == verb.tag_
        and head.tag_ != verb.tag_
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    )


def relative_clause_speaker(verb: Token, lex: Lexicon) -> Token | None:
    """'The rebels said 40 were killed, a figure the ministry disputed, saying nine had died':
    a participle with no subject of its own right after a relative clause whose reporting verb
    names its speaker continues that clause; the parse hangs it on the main verb, whose subject
    would then speak. 'a claim which the ministry denied, saying ...' too; 'the ministry, which
    disputed it, saying ...' speaks for what 'which' stands for."""
    relative = relative_before(verb)
    if relative is None or relative.lemma_.lower() not in lex:
        return None
    subject = next((c for c in relative.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in {"who", "which", "that"}:
        return relative.head
    return subject


def relative_before(verb: Token) -> Token | None:
    """The verb of a relative clause that ends just before ', <participle>' (no subject of the
    participle's own), the relative clause following the noun it modifies."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.i < 2:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    relative = next((t for t in [last, *last.ancestors] if t.dep_ == "relcl"), None)
    if relative is None or relative.right_edge.i != last.i or relative.head.i >= relative.i:
        return None
    return relative


def speaker_in_clause_before(verb: Token) -> Token | None:
    """'Mr. Lee, who estimated that a third of them were for him, said he voted ...': the parse
    made the speaker and the aside after it a clause of the reporting verb ('Lee ... were'),
    leaving the verb without a subject; the speaker opens that clause and a comma follows it,
    and what was said comes after the verb."""
    if verb.i < 2:
        return None
    comma = verb.doc[verb.i - 1].text == ","
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    for clause in verb.children:
        if clause.i > verb.i or not (
            clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and clause.tag_ == "VBN")
        ):
            continue
        subject = next(
            (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i),
            None,
        )
        if (
            subject is not None
            and subject.pos_ in {"PROPN", "NOUN"}
            and subject.left_edge.i == clause.left_edge.i
            and subject.i + 1 < verb.i
            and (
                (comma and (doc[subject.i + 1].text == "," or clause.tag_ not in _FINITE_TAGS))
                or (not comma and _bare_modifier(clause))
            )
        ):
            return subject
    return None


# A clause whose verb is not finite ('sources privy to the talks say'): a tagging slip.
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _bare_modifier(clause: Token) -> bool:
    """'Sources privy to the talks say', 'activists clamouring for a vote say': a participle or
    adjective with no auxiliary that the parse made a clause of the reporting verb; it only
    describes the speaker before it."""
    if clause.tag_ not in {"VBG", "VBN", "JJ"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass", "cop", "dobj"} for c in clause.children)


def root_noun_speaker(verb: Token) -> Token | None:
    """'But the Court of Appeals overruled and said ...': the parse made the speaker the root
    of the sentence and the reporting verb its conjunct."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.i > verb.i:
        return None
    if head.pos_ not in {"PROPN", "NOUN"} or head.ent_type_ in {"DATE", "TIME"}:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return head


def root_participle_speaker(verb: Token) -> Token | None:
    """'X, the officer who leads the coalition, denied in a video that ...': the parse took the
    reporting verb for a participle modifying the name, which it made the root of a sentence
    with no verb of its own; the name is the speaker."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or head.dep_ != "ROOT":
        return None
    if head.i > verb.i or head.pos_ not in {"PROPN", "NOUN"} or head.ent_type_ in {"DATE", "TIME"}:
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ in {"nsubjpass", "agent"} for c in verb.children):
        return None
    return head


def stranded_subject(verb: Token) -> Token | None:
    """'In a release issued by his firm, Braynard boasted that ...', 'Standing beside X and Y,
    Okonkwo accused ...': the parse hung the speaker's name on the last noun of the opening
    phrase as an apposition, leaving the finite verb with no subject; the name that ends right
    before the verb, after a comma, is its subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i < 2:
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    if name.dep_ not in {"appos", "conj"} or name.right_edge.i != verb.i - 1:
        return None
    if name.pos_ not in {"PROPN", "NOUN"} or name.head.i > name.i:
        return None
    left = name.left_edge.i
    return name if left > 0 and verb.doc[left - 1].text == "," else None


def appositive_speaker(verb: Token) -> Token | None:
    """'Three people were killed in X, the region's ombudsman said, and ...': the parse hung the
    speaker on the place as an apposition and the verb on the clause as parataxis."""
    if verb.dep_ != "parataxis" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ not in {"appos", "conj", "npadvmod"}:
        return None
    if noun.ent_type_ in {"DATE", "TIME"}:
        return None
    split = verb.head.i > verb.i and verb.head.left_edge.i < noun.i
    while (
        not split
        and noun.dep_ == "conj"
        and verb.doc[noun.left_edge.i - 1].dep_ == "cc"
        and noun.head.pos_ in {"NOUN", "PROPN"}
        and noun.head.dep_ in {"appos", "conj", "npadvmod"}
    ):
        # '..., hitting depots and a power station, the army and local media said': the
        # speakers' list hangs on the list before it; the speakers start after its comma (not
        # where the verb splits its clause: 'The cause, members and leaders say, is ...')
        noun = noun.head
    left = noun.left_edge.i
    return noun if left > 0 and verb.doc[left - 1].text == "," else None


def continuation(verb: Token, content: Sequence[Token], lex: Lexicon) -> list[Token]:
    """'..., the ministry said, bringing the toll to 1,166', '..., officials said on Monday,
    raising the number of dead to 40', '..., officials said, and 20 were wounded': a participle
    or a coordinated clause after the reporting verb that carries a figure goes on with what was
    said, not with the speaker's doings. Not a reporting verb of its own ('adding that ...',
    'citing ...'), nor a participle without object or figure ('speaking at a rally')."""
    if not content:
        return []
    last = max(t.i for t in content)
    doc = verb.doc
    found: list[Token] = []
    for c in verb.children:
        if c.i <= verb.i or c.left_edge.i <= last or c.lemma_.lower() in lex:
            continue
        if not any(t.like_num for t in c.subtree):
            continue
        own = {g.dep_ for g in c.children}
        before = doc[c.left_edge.i - 1]
        participle = (
            c.dep_ in {"advcl", "xcomp"}
            and c.tag_ == "VBG"
            and before.text == ","
            and not own & {"nsubj", "nsubjpass", "mark"}
            and "dobj" in own
        )
        coordinated = (
            c.dep_ == "conj"
            and bool(own & {"nsubj", "nsubjpass"})
            and any(g.dep_ == "cc" and g.i < c.i for g in verb.children)
            and before.dep_ == "cc"
        )
        if participle or coordinated:
            found += list(c.subtree)
    return trim(found)


def closing_speaker(verb: Token) -> tuple[list[Token], Token] | None:
    """'The army would not tolerate that from anyone, she said.': a reporting verb whose
    subject follows a comma and which closes its sentence, that the parse made the object
    clause of the verb before it. What comes before the comma is what the subject said."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.right_edge.i != verb.i - 1 or subject.left_edge.i == 0:
        return None
    doc, sent = verb.doc, verb.sent
    comma = doc[subject.left_edge.i - 1]
    if comma.text != "," or comma.i <= sent.start:
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children):
        return None
    after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if len(after) > 3:
        return None
    content = trim(list(doc[sent.start : comma.i]))
    return (content, subject) if content else None
