"""Headlines and bylines that name who speaks with a colon or a dash.

- A headline or a paragraph that opens with a name and a colon: "Minister: talks will resume"
  (also a one-word name the article uses as a name elsewhere, "Aliyev: ...", and a byline after
  a dash, "Why the talks stalled - Jane Doe: ..."); anywhere, a name, a colon and a quotation:
  "..., the shopkeeper Omar Haddad: “...”".
- A transcript's speaker label in capitals, its paragraph perhaps opened by a quotation mark:
  '"PENCE: Well, look, ...' (the whole paragraph is what the speaker says).
- A reporting verb before the name and its colon, "Said Ellis: ...", "Added the mayor: ...": the
  verb is the cue.
- Not a section's subhead in title case, which opens a paragraph with a colon ("Little Relief
  for Refugees: ...", "What Comes Next: ..."): it names no one, so nothing after it is said.
- An interview set as questions and answers ("Q: ..." / "A: ..." paragraphs): each answer is
  said by the interviewee, where the paragraphs before the first question name one person who
  speaks, talks or sits down with the outlet ("In an interview, General Jane Doe said ...",
  "Jane Doe spoke to the Ruritanian Times:"); with no such person, no answer is a statement.
- A sentence whose subject introduces a quotation with a colon: "Mr. Vance fired back: “...”",
  "She went on: “...”" (the colon is the cue, the subject speaks).
- A wire headline that names its source last: "Toll rises to 40: ministry", "Forty killed in
  market blast - state media".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep import nlp
from sitrep.attribution.base import (
    NAMED_SPEAKERS,
    Attribution,
    CueKind,
    span_of,
    trim,
    trimmed_subtree,
)
from sitrep.attribution.quotes import DOUBLED, OPENING, STRAIGHT, Quote
from sitrep.events.place import doc_text
from sitrep.records import Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

# Words before a colon that label a headline genre, not a source.
_NOT_SOURCES = {
    "update",
    "updated",
    "breaking",
    "watch",
    "exclusive",
    "video",
    "photos",
    "live",
    "analysis",
    "opinion",
    "editorial",
    "note",
    "correction",
    "read",
    "related",
    "see",
    "also",
    "latest",
    "name",
    "reminder",
    "follow",
    "excerpt",
    "win",
    "age",
    "q",
    "a",
    # Section and genre labels of news sites ('Explainer: ...', 'Timeline: ...').
    "explainer",
    "explained",
    "factbox",
    "timeline",
    "interview",
    "comment",
    "commentary",
    "profile",
    "factcheck",
    "fact-check",
    "pictures",
    "map",
    "podcast",
    "feature",
    "review",
    "obituary",
    "recap",
    "preview",
    "background",
    "graphic",
}
# Common nouns that can speak in a headline ("Poll: ...", "Officials: ..."); names always can.
SPEAKING_NOUNS = {
    "poll",
    "survey",
    "report",
    "study",
    "camp",
    "campaign",
    "official",
    "source",
    "police",
    "ministry",
    "army",
    "military",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "newspaper",
    "government",
    "rebel",
    "witness",
    "resident",
    "activist",
    "diplomat",
    "minister",
    "president",
    "governor",
    "mayor",
    "commander",
    "general",
    "leader",
    "expert",
    "analyst",
    "aide",
    "adviser",
    "advisor",
    "lawmaker",
    "senator",
    "envoy",
    "monitor",
    "agency",
    "court",
    "judge",
    "prosecutor",
    "group",
    "party",
    "union",
    "white",
    "authority",
    "hospital",
    "office",
    "media",
    "insider",
    "observer",
    "critic",
    "voter",
    "economist",
    "lawyer",
    "doctor",
    "medic",
    "survivor",
    "refugee",
    "soldier",
    "veteran",
    "negotiator",
    "mediator",
    "ambassador",
    "investigator",
    "inspector",
    "researcher",
}
_MAX_HEADLINE_SOURCE = 6
_MAX_HEADLINE_CHARS = 60
# Capitalised words that name no speaker: 'a statement issued on Sunday: “...”'.
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
_DASHES = ("-", "–", "—")
# Reporting verbs that can open a sentence before their speaker and a colon ('Said Ellis: ...'),
# with their lemmas (the tagger reads the capitalised verb as part of a name).
_VERBS_FIRST = {
    "said": "say",
    "says": "say",
    "added": "add",
    "adds": "add",
    "continued": "continue",
    "continues": "continue",
    "explained": "explain",
    "explains": "explain",
    "wrote": "write",
    "writes": "write",
    "recalled": "recall",
    "recalls": "recall",
    "insisted": "insist",
    "insists": "insist",
    "noted": "note",
    "notes": "note",
    "replied": "reply",
    "replies": "reply",
    "countered": "counter",
    "concluded": "conclude",
    "declared": "declare",
    "warned": "warn",
    "warns": "warn",
    "tweeted": "tweet",
    "quipped": "quip",
    "conceded": "concede",
    "complained": "complain",
}
# Determiners and titles that open a speaker after a verb ('Said the mayor', 'Added one medic').
_SPEAKER_OPENERS = {"the", "a", "an", "one", "another", "his", "her", "their", "its"}
# Lowercase words a title-case heading keeps ('Little Relief for Refugees').
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "for",
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "by",
    "with",
    "without",
    "as",
    "into",
    "over",
    "under",
    "after",
    "before",
    "about",
    "against",
    "amid",
    "between",
    "beyond",
    "behind",
    "across",
    "near",
    "'s",
    "’s",
    "vs",
    "vs.",
}
# Question words that open a heading, never a name ('What Comes Next:', 'How the Talks Broke Down:').
_QUESTION_WORDS = {"what", "why", "how", "when", "where", "who", "which", "whose"}
# Last words of an organisation's name ('Human Rights Watch', 'Syrian Observatory for ...').
_ORGANISATION_WORDS = {
    "watch",
    "institute",
    "council",
    "committee",
    "center",
    "centre",
    "foundation",
    "association",
    "coalition",
    "network",
    "observatory",
    "alliance",
    "federation",
    "ministry",
    "department",
    "commission",
    "forces",
    "front",
    "brigade",
    "battalion",
    "organization",
    "organisation",
    "fund",
    "bureau",
    "service",
    "services",
    "command",
    "guard",
    "mission",
    "cross",
    "crescent",
    "bank",
}
_OBJECTS = {"dobj", "pobj", "dative", "obj"}


def from_headline_colons(doc: Doc) -> list[Attribution]:
    """'Minister: talks will resume' at the start of a line: the words before the colon speak."""
    found: list[Attribution] = []
    text = doc_text(doc)
    names = _names_in(doc)
    at = text.find(":")
    while at >= 0:
        colon_idx, at = at, text.find(":", at + 1)
        colon = doc.char_span(colon_idx, colon_idx + 1)
        if colon is None:
            continue
        line_start, line_end = _line_around(text, colon_idx)
        # '"PENCE: Well, look, ...': a transcript quoted paragraph by paragraph opens each
        # paragraph with a quotation mark, before the speaker's label.
        line_start = _past_opening_mark(text, line_start, colon_idx)
        after = doc.char_span(colon_idx + 1, line_end, alignment_mode="contract")
        if after is None:
            continue
        cue = Span(colon_idx, colon_idx + 1)
        words = _source_before_colon(doc, line_start, colon_idx, names)
        verb = _verb_first(doc, line_start, colon.start)
        if verb is not None:
            # 'Said Ellis: ...', 'Added the mayor: ...': the verb is the cue, the rest speaks.
            words = [t for t in doc[verb.i + 1 : colon.start] if not t.is_space]
            cue = Span(verb.idx, verb.idx + len(verb.text))
        first = next((t for t in after if not t.is_space), None)
        # 'WALLACE: Let's start with ... Will she be there?': a transcript's speaker label in
        # capitals says the whole paragraph.
        label = bool(words) and _is_speaker_label(words)
        if words and not label and first is not None and first.sent.end_char < line_end:
            # 'Governor: Talks will resume. On Sunday the governor said ...': a title run on
            # into its story on one line says only its own sentence.
            after = doc.char_span(colon_idx + 1, first.sent.end_char, alignment_mode="contract")
            if after is None:
                continue
        content = trim(list(after))
        if not words:
            # 'Toll rises to 40: ministry': a wire headline names its source last.
            words = _source_after_colon(doc, line_start, colon_idx, list(after), names)
            before = doc.char_span(line_start, colon_idx, alignment_mode="contract")
            content = trim(list(before)) if words and before is not None else []
        if len(content) < 3:
            continue
        if verb is not None:
            lemma = _VERBS_FIRST[verb.lower_]
            found.append(replace(_headline(cue, verb.i, content, words), lemma=lemma))
            continue
        found.append(_headline(cue, colon.start, content, words))
    return found


def from_headline_dashes(doc: Doc) -> list[Attribution]:
    """'Forty killed in market blast - state media': a headline that names its source last,
    after the one dash on the line."""
    found: list[Attribution] = []
    text = doc_text(doc)
    names = _names_in(doc)
    for d in _DASHES:
        at = text.find(f" {d} ")
        while at >= 0:
            dash_idx, at = at + 1, text.find(f" {d} ", at + 1)
            line_start, line_end = _line_around(text, dash_idx)
            line = text[line_start:line_end]
            if sum(line.count(f" {e} ") for e in _DASHES) != 1:
                # 'The army - which lost 12 men - said ...': an aside, not a source.
                continue
            if ":" in line:
                continue
            dash = doc.char_span(dash_idx, dash_idx + len(d))
            after = doc.char_span(dash_idx + len(d), line_end, alignment_mode="contract")
            before = doc.char_span(line_start, dash_idx - 1, alignment_mode="contract")
            if dash is None or after is None or before is None:
                continue
            words = _source_after_colon(doc, line_start, dash_idx, list(after), names)
            content = trim(list(before))
            if not words or len(content) < 3:
                continue
            found.append(_headline(Span(dash_idx, dash_idx + len(d)), dash.start, content, words))
    return found


# Subjects that can introduce what they say with a colon: people, groups, and their pronouns.
_SPEAKING_PRONOUNS = {"he", "she", "they", "i", "we"}


def from_colon_quotations(
    doc: Doc, quotes: Sequence[Quote], found: Sequence[Attribution]
) -> list[Attribution]:
    """'Mr. Vance fired back: “...”', 'She went on: “...”': a clause whose subject is a person
    (or a group, or their pronoun) ends with a colon and a quotation, which no other cue of
    ``found`` reports; the colon is the cue and the subject speaks."""
    out: list[Attribution] = []
    for q in quotes:
        colon = _colon_before(doc, q.span.start)
        if colon is None or any(a.content.overlaps(q.span) or a.cue_head == colon.i for a in found):
            continue
        verb = colon.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < colon.i), None)
        if verb.pos_ not in {"VERB", "AUX"} or subject is None or not _speaks(subject):
            continue
        source = trimmed_subtree(subject)
        out.append(
            Attribution(
                cue=Span(colon.idx, colon.idx + 1),
                cue_head=colon.i,
                lemma=":",
                stance=Stance.ASSERT,
                content=q.span,
                source=span_of(source),
                source_head=subject.i,
                quoted=True,
                kind=CueKind.HEADLINE,
            )
        )
    return out


def _colon_before(doc: Doc, at: int) -> Token | None:
    """The colon just before character ``at`` (spaces between), if there is one."""
    text = doc_text(doc)
    i = at - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    span = doc.char_span(i, i + 1)
    return span[0] if span is not None else None


def _speaks(subject: Token) -> bool:
    return (
        subject.lower_ in _SPEAKING_PRONOUNS
        or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
        or subject.lemma_.lower() in SPEAKING_NOUNS
    )


def _names_in(doc: Doc) -> set[str]:
    """Words the article uses as names elsewhere: 'Trump: ...' where the tagger took a noun."""
    return {t.lower_ for t in doc if t.ent_type_ in NAMED_SPEAKERS or t.pos_ == "PROPN"}


def labels_a_speaker(doc: Doc, a: Attribution) -> bool:
    """Whether headline attribution ``a`` is a transcript's speaker label ('"PENCE: ...'),
    which may open a quotation: its source, in capitals, opens its line."""
    if a.lemma != ":" or a.source is None:
        return False
    text = doc_text(doc)
    line_start, _ = _line_around(text, a.source.start)
    source = doc.char_span(a.source.start, a.source.end, alignment_mode="contract")
    return (
        source is not None
        and _past_opening_mark(text, line_start, a.cue.start) == a.source.start
        and _is_speaker_label(list(source))
    )


def _past_opening_mark(text: str, line_start: int, limit: int) -> int:
    """Where the line's words start, past one opening quotation mark that is not closed before
    ``limit`` ('"PENCE: ...' in a transcript quoted paragraph by paragraph)."""
    mark = text[line_start : line_start + 1]
    if mark and (mark in OPENING or mark == STRAIGHT) and not _closes(text, line_start + 1, limit):
        return line_start + 1
    return line_start


def _closes(text: str, start: int, end: int) -> bool:
    return any(c in text[start:end] for c in ('"', "”", "»"))


def _is_speaker_label(words: Sequence[Token]) -> bool:
    """'WALLACE', 'MR. DOE': a transcript's speaker label, a name in capitals."""
    letters = "".join(t.text for t in words if t.is_alpha)
    return len(letters) >= 2 and letters.isupper() and len(words) <= 3


def _line_around(text: str, at: int) -> tuple[int, int]:
    """Where the line holding character ``at`` starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _headline(cue: Span, cue_head: int, content: list[Token], source: list[Token]) -> Attribution:
    """A headline's attribution: its colon or dash, what it reports and who reports it."""
    return Attribution(
        cue=cue,
        cue_head=cue_head,
        lemma=":",
        stance=Stance.ASSERT,
        content=span_of(content),
        source=span_of(source),
        source_head=source[-1].i,
        kind=CueKind.HEADLINE,
    )


def _source_before_colon(doc: Doc, line_start: int, colon_idx: int, names: set[str]) -> list[Token]:
    """'Minister: ...', 'Why the polls failed - Jane Doe: ...' (a byline after a dash), or
    '..., the analyst Jane Doe: “...”' (a name, a colon and a quotation)."""
    text = doc_text(doc)
    if _is_subhead(doc, line_start, colon_idx):
        return []
    starts = [line_start] if colon_idx - line_start <= _MAX_HEADLINE_CHARS else []
    dash = max(text.rfind(f" {d} ", line_start, colon_idx) for d in _DASHES)
    if dash >= 0 and colon_idx - dash <= _MAX_HEADLINE_CHARS:
        starts.append(dash + 3)
    for start in starts:
        before = doc.char_span(start, colon_idx, alignment_mode="contract")
        if before is not None and _names_a_source(list(before), names):
            return list(before)
    colon = doc.char_span(colon_idx, colon_idx + 1)
    if colon is None or colon.start == 0 or not _opens_quotation(text, colon_idx + 1):
        return []
    name = _name_before(doc[colon.start - 1])
    if name and name[-1].dep_ in _OBJECTS:
        # 'told the radio: “...”', 'said of the mayor: “...”': the name is the verb's, whose
        # subject speaks.
        return []
    return name


# Verbs by which an introduction names who is interviewed ('X spoke to the Times:').
_INTERVIEW_VERBS = {"speak", "talk", "tell", "say", "sit", "answer", "discuss", "explain"}
_INTERVIEW_NOUNS = {"interview", "conversation", "discussion"}
# How many paragraphs before the first question may introduce the interviewee.
_INTRO_PARAGRAPHS = 3


def from_interview_answers(doc: Doc) -> list[Attribution]:
    """'Q: Did anyone help you? / A: No one did.': each answer of an interview is said by the
    one person its introduction names as interviewed; none where the introduction names no one
    or more than one."""
    text = doc_text(doc)
    lines: list[tuple[str, int, int]] = []
    start = 0
    for line in text.split("\n"):
        mark = _past_opening_mark(text, start, start + len(line))
        label = text[mark : mark + 3]
        if label[:2] in {"Q:", "A:"} and label[2:3] in {" ", ""}:
            lines.append((label[0], mark, start + len(line)))
        start += len(line) + 1
    questions = [at for kind, at, _ in lines if kind == "Q"]
    if not questions or not any(kind == "A" for kind, _, _ in lines):
        return []
    speaker = _interviewee(doc, text, questions[0])
    if speaker is None:
        return []
    found: list[Attribution] = []
    for kind, at, end in lines:
        colon = doc.char_span(at + 1, at + 2)
        content = doc.char_span(at + 2, end, alignment_mode="contract")
        if kind != "A" or colon is None or content is None or len(trim(list(content))) < 2:
            continue
        found.append(
            Attribution(
                cue=Span(at + 1, at + 2),
                cue_head=colon.start,
                lemma=":",
                stance=Stance.ASSERT,
                content=span_of(trim(list(content))),
                source=Span(speaker.start_char, speaker.end_char),
                source_head=speaker.root.i,
                kind=CueKind.HEADLINE,
            )
        )
    return found


def _interviewee(doc: Doc, text: str, first_question: int) -> Span_ | None:
    """The one person the paragraphs before ``first_question`` name as interviewed: a name
    that speaks, talks or sits down ('General Jane Doe said', 'Jane Doe spoke to ...'), or
    follows 'an interview with'."""
    intro = first_question
    for _ in range(_INTRO_PARAGRAPHS):
        intro = text.rfind("\n", 0, max(intro - 1, 0))
        if intro < 0:
            break
    intro = max(intro, 0)
    people: list[Span_] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not intro <= ent.start_char < first_question:
            continue
        root = ent.root
        # 'Tom Doe and Mara Doe spoke to ...': each of two subjects is interviewed.
        subject = root.head if root.dep_ == "conj" else root
        head = subject.head
        speaks = subject.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in _INTERVIEW_VERBS
        asked = (
            subject.dep_ == "pobj"
            and head.lower_ == "with"
            and head.head.lemma_.lower() in _INTERVIEW_NOUNS
        )
        if speaks or asked:
            people.append(ent)
    # One person, however often named ('General Tomas Varga', 'Varga'); two of one family
    # ('Tom Doe', 'Mara Doe') are two.
    surnames = {ent[-1].lower_ for ent in people}
    full = {ent.text for ent in people if len(ent) > 1}
    if len(surnames) != 1 or len(full) > 1:
        return None
    return max(people, key=len)


def _verb_first(doc: Doc, line_start: int, colon: int) -> Token | None:
    """'Said Ellis: ...', 'The mayor was blunt. Added the mayor: ...': the reporting verb that opens
    the line or the colon's sentence, before the speaker; None where there is none."""
    if colon == 0:
        return None
    start = max(doc[colon].sent.start, doc[colon - 1].sent.start)
    span = doc.char_span(line_start, doc[colon].idx, alignment_mode="contract")
    if span is not None and span.start > start:
        start = span.start
    before = [t for t in doc[start:colon] if not t.is_space]
    if len(before) < 2 or len(before) > _MAX_HEADLINE_SOURCE + 1:
        return None
    verb, rest = before[0], before[1:]
    if verb.lower_ not in _VERBS_FIRST or not verb.text[:1].isupper() or verb.text.isupper():
        return None
    if any(t.is_punct and t.text != "." for t in rest) or any(
        t.pos_ in {"VERB", "AUX"} for t in rest
    ):
        return None
    last = rest[-1]
    if rest[0].lower_ in _SPEAKER_OPENERS:
        return verb if last.lemma_.lower() in SPEAKING_NOUNS or last.pos_ == "PROPN" else None
    if not all(t.text[:1].isupper() for t in rest):
        return None
    if verb.lower_ == "said" and not _named_elsewhere(doc, last, before[0].i):
        # 'Said Ahmed: ...' may be a man's name: the verb only where the article names the man
        # without it.
        return None
    return verb


def _named_elsewhere(doc: Doc, word: Token, skip: int) -> bool:
    """Whether the article writes ``word`` elsewhere, capitalised as here, not after token
    ``skip``'s text ('Ellis' in 'Mayor Ellis said', not in 'Said Ellis')."""
    return any(
        t.text == word.text and t.i != word.i and (t.i == 0 or doc[t.i - 1].text != doc[skip].text)
        for t in doc
    )


def _is_subhead(doc: Doc, line_start: int, colon_idx: int) -> bool:
    """'Little Relief for Refugees: ...', 'What Comes Next: ...': a section heading in title case
    opening its paragraph, which names no person or group: no name the tagger knows among its
    head words (those before its first small word), no speaking or organisation noun there,
    and none of them written as a name anywhere else in the article."""
    line_end = doc_text(doc).find("\n", colon_idx)
    before = doc.char_span(line_start, colon_idx, alignment_mode="contract")
    if before is None:
        return False
    words = [t for t in before if not t.is_space]
    if not words or len(words) > 10 or (words[0].text.isupper() and len(words[0].text) > 1):
        return False
    if not all(
        t.text[:1].isupper() or t.lower_ in _SMALL_WORDS or (t.is_punct and t.text in "-–'’")
        for t in words
    ):
        return False
    if words[0].lower_ in _QUESTION_WORDS and len(words) > 1:
        return True
    head: list[Token] = []
    for t in words:
        if t.lower_ in _SMALL_WORDS and not t.text[:1].isupper():
            break
        head.append(t)
    if len(words) == 1:
        # A single word ('Aliyev: ...') may be a name the tagger does not know.
        return _one_word_label(doc, words[0])
    if not head:
        return False
    if words[-1].ent_type_ in {"PERSON", "ORG"}:
        # 'Secretary of State Blinken', 'Minister for Foreign Affairs Jane Doe'
        return False
    last = head[-1]
    if any(t.ent_type_ in NAMED_SPEAKERS for t in head):
        return False
    if last.lemma_.lower() in SPEAKING_NOUNS or last.lower_ in SPEAKING_NOUNS:
        return False
    if last.lower_ in _ORGANISATION_WORDS or last.lemma_.lower() in _ORGANISATION_WORDS:
        return False
    end = len(doc_text(doc)) if line_end < 0 else line_end
    return not any(
        t.text == h.text and not t.is_sent_start and not line_start <= t.idx < end
        for h in head
        if h.pos_ == "PROPN"
        for t in doc
    )


def _one_word_label(doc: Doc, word: Token) -> bool:
    """'Bombshell: ...', 'Fallout: ...': a word of the language's own, in title case, that the
    tagger knows as no name, that names no speaker ('Police: ...', 'Witness: ...') and that the
    article writes as a name nowhere else; 'Cruz: ...' (no word of the language), 'Hamas: ...'
    (a name the tagger knows) and 'PENCE: ...' (a transcript's label) speak."""
    if word.text.isupper() or not word.is_alpha or word.ent_type_ in NAMED_SPEAKERS:
        return False
    lower = word.lower_
    if (
        lower in SPEAKING_NOUNS
        or lower in _ORGANISATION_WORDS
        or word.lemma_.lower() in (SPEAKING_NOUNS | _ORGANISATION_WORDS)
    ):
        return False
    language, _ = nlp.load()
    if lower not in nlp.lemma_index_words(language, ("noun", "adj")):
        return False
    return not any(
        t.i != word.i
        and t.lower_ == lower
        and (t.ent_type_ in NAMED_SPEAKERS or (t.text[:1].isupper() and not t.is_sent_start))
        for t in doc
    )


def _source_after_colon(
    doc: Doc, line_start: int, colon_idx: int, after: Sequence[Token], names: set[str]
) -> list[Token]:
    """'Five civilians killed in shelling: officials', 'Toll rises to 40: ministry': a headline
    (a short line with no full stop) whose clause before the colon (or dash) ends with its
    source."""
    words = [t for t in after if not t.is_space]
    if not words or words[-1].is_punct or doc_text(doc)[line_start:colon_idx].count(":"):
        return []
    if colon_idx - line_start > 2 * _MAX_HEADLINE_CHARS:
        return []
    before = doc.char_span(line_start, colon_idx, alignment_mode="contract")
    if before is None or not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return []
    if not 0 < len(words) <= _MAX_HEADLINE_SOURCE or words[0].pos_ == "DET":
        return []
    if any(t.pos_ not in {"NOUN", "PROPN", "ADJ"} or t.lower_ in _NOT_SOURCES for t in words):
        return []
    last = words[-1]
    named = last.pos_ == "PROPN" or last.ent_type_ in NAMED_SPEAKERS or last.lower_ in names
    speaking = last.lemma_.lower() in SPEAKING_NOUNS or last.lower_ in SPEAKING_NOUNS
    return words if named or speaking else []


def _opens_quotation(text: str, at: int) -> bool:
    """Whether a quotation opens at ``at`` (after spaces): curly, or straight after a colon,
    where a straight mark can only open one ('Varga: "We hold the line."')."""
    after = text[at : at + 4].lstrip()
    return after[:1] in OPENING or after[:1] == STRAIGHT or after.startswith(DOUBLED)


def _name_before(last: Token) -> list[Token]:
    """The name that ends at ``last`` ('Jane Doe', 'Pew Research'), or nothing."""
    words: list[Token] = []
    t: Token | None = last
    while (
        t is not None
        and (t.pos_ == "PROPN" or t.ent_type_ in NAMED_SPEAKERS)
        and not t.is_punct
        and t.ent_type_ not in _NOT_NAMES
    ):
        words.insert(0, t)
        t = t.doc[t.i - 1] if t.i > 0 else None
    return words if 0 < len(words) <= _MAX_HEADLINE_SOURCE else []


def _names_a_source(words: Sequence[Token], names: set[str]) -> bool:
    if not 0 < len(words) <= _MAX_HEADLINE_SOURCE:
        return False
    first = words[0]
    if not first.text.replace(".", "").isalpha() or not first.text[0].isupper():
        return False
    if any(
        t.pos_ in {"VERB", "AUX", "NUM"} or (t.is_punct and t.text not in {"-", "."}) for t in words
    ):
        return False
    if first.pos_ == "DET" or any(
        t.lower_ in _NOT_SOURCES and not (i > 0 and t.lower_ in _ORGANISATION_WORDS)
        for i, t in enumerate(words)
    ):
        # 'Watch: ...' labels a video; 'Human Rights Watch: ...' is a group.
        return False
    last = words[-1]
    return (
        last.pos_ == "PROPN"
        or last.ent_type_ in NAMED_SPEAKERS
        or last.lemma_.lower() in SPEAKING_NOUNS
        or (len(words) == 1 and last.lower_ in names)
    )
