"""Trigger words used in a sense that tells of no conflict event, and lines that are no prose.

The words of force are everyday words too. These senses report no event:

- a line that is not a sentence: a table row ('Region<tab>Killed<tab>Wounded', cells split by
  tabs, runs of spaces or bars) or a line of program code ("print('killed', i)", 'x = kill()')
  (:func:`not_prose`);
- sport: a score in the trigger's clause ('United destroyed City 4-0'; '3-4 people' is a
  count), a ball, goal or net it is aimed at ('fired a third into the net'), or a player's role
  as its subject ('the striker shot twice');
- figures of speech: force done to something abstract ('killing off their title hopes',
  'senators killed the bill');
- firing someone from a job ('fired 200 workers', 'he was fired from his post');
- games and fiction: players or gamers in a game's world ('players raid enemy bases in the new
  season'), or what happens in a novel, film or episode;
- a dateline standing as its own line ('KABUL, March 14 (Wire) -'): where and when the report
  was filed, no event (the month is no march) (:func:`not_prose`);
- the newsroom's request for comment ('did not respond to a request for comment').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sitrep.events import triggers
from sitrep.events.place import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Verbs of force whose figurative senses are common ('killed the bill', 'shot wide').
_FORCE = frozenset(
    {
        "attack",
        "kill",
        "destroy",
        "shoot",
        "fire",
        "strike",
        "hit",
        "beat",
        "bomb",
        "blow",
        "torpedo",
        "crush",
        "raid",
        "loot",
        "storm",
        "invade",
        "capture",
        "ambush",
        "assault",
        "gun",
        "wound",
        "slay",
        "massacre",
        "butcher",
        "murder",
        "execute",
        "thrash",
        "hammer",
        "smash",
        "demolish",
        "rout",
    }
)
# Abstract things that are 'killed' or 'destroyed' in a figure of speech.
_ABSTRACT = frozenset(
    {
        "hope",
        "chance",
        "dream",
        "prospect",
        "bid",
        "ambition",
        "momentum",
        "career",
        "bill",
        "legislation",
        "amendment",
        "motion",
        "proposal",
        "plan",
        "idea",
        "deal",
        "initiative",
        "reform",
        "rumour",
        "rumor",
        "reputation",
        "credibility",
        "mood",
    }
)
# What play is aimed at.
_PLAY = frozenset(
    {"ball", "goal", "net", "crossbar", "woodwork", "header", "penalty", "free-kick", "wicket"}
)
# Players' roles in a team sport, as the subject of a verb of force ('the striker fired');
# not 'keeper' (a shopkeeper, a peacekeeper).
_ROLES = frozenset(
    {
        "striker",
        "midfielder",
        "winger",
        "goalkeeper",
        "goalscorer",
        "playmaker",
        "batsman",
        "batter",
        "bowler",
        "quarterback",
    }
)
# People who are fired from a job, not fired at.
_STAFF = frozenset(
    {
        "worker",
        "employee",
        "staff",
        "staffer",
        "manager",
        "coach",
        "director",
        "executive",
        "chief",
        "boss",
        "ceo",
        "editor",
        "teacher",
        "secretary",
        "adviser",
        "advisor",
        "aide",
        "official",
        "minister",
        "head",
    }
)
_AIMED = frozenset({"at", "on", "upon", "toward", "towards", "into", "with", "in", "near"})
_FROM_JOB = frozenset({"job", "post", "position", "role", "company", "firm", "team", "club"})
# Who plays a game, and what a game's world is told in.
_GAMERS = frozenset({"player", "gamer"})
_GAME_WORDS = frozenset(
    {
        "game",
        "season",
        "level",
        "map",
        "mode",
        "server",
        "update",
        "patch",
        "quest",
        "console",
        "gameplay",
        "multiplayer",
        "dlc",
        "expansion",
        "avatar",
        "character",
        "videogame",
    }
)
# Works of fiction: what happens 'in the novel' happens to no one.
_WORKS = frozenset(
    {
        "novel",
        "film",
        "movie",
        "episode",
        "series",
        "book",
        "play",
        "sequel",
        "comic",
        "game",
        "videogame",
        "trailer",
        "show",
        "sitcom",
        "drama",
    }
)
# What a score is of: 'a 2-1 win'.
_SCORE_NOUNS = frozenset(
    {"win", "victory", "defeat", "loss", "lead", "draw", "scoreline", "aggregate", "thrashing"}
)
_DASHES = frozenset({"-", "–", "—"})

# A table row: two or more cells split by tabs, runs of two or more spaces, or bars.
_CELL_SPLIT = re.compile(r"\t+| {2,}|\s*\|\s*")
_CLOSING = frozenset(".!?\"'”’)")
# Program code: a bare call ("print('killed', i)"), an assignment, braces or operators.
_CODE = re.compile(
    r"""^\s*(?:
        [A-Za-z_][\w.]*\(.*\)\s*;?\s*$          # a call on a line of its own
      | [A-Za-z_][\w.\[\]'"]*\s*[-+*/]?=\s*[^=\s]  # an assignment
      | .*(?:==|!=|&&|\|\||=>)                 # operators
      | .*[(=].*[;{]\s*$                        # a statement or block opening ending in ; {
    )""",
    re.VERBOSE,
)


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def _table_row(line: str) -> bool:
    """Short cells parted by tabs or bars, or by runs of spaces (then at least three cells, as
    a double space typed inside a sentence parts two), and no sentence's closing mark."""
    stripped = line.strip()
    if not stripped or stripped[-1] in _CLOSING:
        return False
    cells = [c for c in _CELL_SPLIT.split(stripped.strip("|")) if c.strip()]
    ruled = "\t" in stripped or "|" in stripped
    return len(cells) >= (2 if ruled else 3) and all(len(c.split()) <= 4 for c in cells)


def prose_line(line: str) -> bool:
    """Whether a line may be a sentence: not a table row nor a line of program code."""
    return not (_table_row(line) or _CODE.match(line))


def dateline(sent: SpacySpan) -> bool:
    """A 'sentence' that is only a dateline ('KABUL, March 14 (Wire) -'), which the sentence
    splitter keeps apart from the first sentence: where and when the report was filed."""
    from sitrep.ingest.dateline import match_dateline

    text = sent.text.strip()
    found = match_dateline(text)
    return found is not None and not text[found.end() :].strip()


def not_prose(sent: SpacySpan) -> bool:
    """A 'sentence' all of whose lines are table rows or code, or a dateline: no sentence, no
    event."""
    lines = [line for line in sent.text.split("\n") if line.strip()]
    return bool(lines) and (not any(prose_line(line) for line in lines) or dateline(sent))


def _subject(t: Token) -> Token | None:
    """The trigger's subject, or for a verb joined to another ('shot and fired') or done to
    another's end ('ambush squads to capture outposts'), that verb's."""
    for _ in range(3):
        for c in t.children:
            if c.dep_ == "nsubj":
                return c
        if t.dep_ not in {"conj", "xcomp", "advcl"} or t.head.pos_ != "VERB":
            return None
        t = t.head
    return None


def _objects(t: Token) -> list[Token]:
    """The trigger's object words and those of its prepositions ('into the net')."""
    found = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass"}]
    for c in t.children:
        if c.dep_ == "prep":
            found += [g for g in c.children if g.dep_ == "pobj"]
    return found


def _is_score(x: Token) -> bool:
    """'4' of 'City 4-0' or 'a 2-1 win': a number pair after the side beaten or before what it
    scored; a count ('killed 3-4 people', '6-15 were wounded') or days ('October 19-20') are
    not."""
    doc = x.doc
    if x.i + 2 >= len(doc) or x.i == 0 or not x.text.isdigit() or len(x.text) > 2:
        return False
    if x.ent_type_ in {"DATE", "TIME"} or doc[x.i - 1].ent_type_ in {"DATE", "TIME"}:
        return False  # 'on October 19-20'
    dash, second = doc[x.i + 1], doc[x.i + 2]
    if dash.text not in _DASHES or not second.text.isdigit() or len(second.text) > 2:
        return False
    after = doc[x.i + 3] if x.i + 3 < len(doc) else None
    if after is not None and after.lemma_.lower() in _SCORE_NOUNS:
        return True  # 'a 2-1 win'
    before = doc[x.i - 1]
    # 'beat them 2-1', 'beat Athletic 2-1 at home'; not 'in Kabul 3-4 people were killed'
    side = before.pos_ in {"PROPN", "PRON"} or before.is_title
    return side and (after is None or after.pos_ in {"ADP", "ADV", "PUNCT", "CCONJ"})


def _scored(t: Token) -> bool:
    """A score told of the trigger itself or its object ('destroyed City 4-0'), not in a
    phrase of its own ('fired tear gas at fans after the 2-1 defeat')."""
    for x in t.subtree:
        if not _is_score(x):
            continue
        node = x
        while node.i != t.i and node.dep_ not in {"prep", "pobj", "advcl", "relcl"}:
            node = node.head
        if node.i == t.i:
            return True
    return False


def _role(word: Token | None) -> bool:
    """A player's role, or what is theirs: 'the striker', 'the striker's shot'."""
    if word is None:
        return False
    return word.lemma_.lower() in _ROLES or any(
        c.dep_ == "poss" and c.lemma_.lower() in _ROLES for c in word.children
    )


def sporting(sent: SpacySpan) -> bool:
    """A sentence about a game of sport: a score, or a player's role as a subject."""
    return any(
        _is_score(x) or (x.dep_ in {"nsubj", "poss"} and x.lemma_.lower() in _ROLES) for x in sent
    )


def _sport(t: Token, objects: list[Token]) -> bool:
    if _role(_subject(t)):
        return True  # 'the striker shot twice', 'the striker's shot hit the bar'
    if any(o.lemma_.lower() in _PLAY for o in objects):
        return True  # 'fired a third into the net', 'shot at goal'
    if any(
        o.lemma_.lower() in _SCORE_NOUNS
        and o.head.lower_ in {"to", "in", "with"}
        and any(map(_is_score, o.subtree))
        for o in objects
    ):
        return True  # 'stormed to a 3-0 win' ('fired at fans after a 2-1 defeat' is no sport)
    return _scored(t)  # 'destroyed City 4-0'


def _sport_noun(t: Token) -> bool:
    """'the penalty shootout'; 'their attack looked blunt until the striker came on' (an
    attack on or against someone is one)."""
    if any(c.dep_ == "compound" and c.lemma_.lower() in _PLAY for c in t.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in t.children):
        return False
    return sporting(t.sent)


def _aimed(prep: Token) -> bool:
    """'at the crowd', 'on the village' (not 'on Monday'): where a shot went."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in _AIMED
        and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in prep.children)
    )


def _dismissal(t: Token, objects: list[Token]) -> bool:
    """'fired 200 workers', 'he was fired from his job': a job lost, not a shot."""
    if t.lemma_.lower() != "fire" or any(_aimed(c) for c in t.children):
        return False
    for c in t.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "from"
            and any(g.lemma_.lower() in _FROM_JOB for g in c.children if g.dep_ == "pobj")
        ):
            return True
        if c.dep_ in {"dobj", "nsubjpass"} and (
            c.lemma_.lower() in _STAFF or (c.ent_type_ == "PERSON" and c.dep_ == "dobj")
        ):
            return True
    return False


def _game_or_fiction(t: Token) -> bool:
    sent = t.sent
    subject = _subject(t)
    lemmas = {x.lemma_.lower() for x in sent}
    if subject is not None and subject.lemma_.lower() in _GAMERS and lemmas & _GAME_WORDS:
        return True  # 'players raid enemy bases in the new season'
    if "gamer" in lemmas or "gameplay" in lemmas or "multiplayer" in lemmas:
        return True
    # 'in the novel, the hero kills his brother'; 'in a series of attacks' is no work
    return any(
        x.lower_ == "in"
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in _WORKS
            and not any(p.dep_ == "prep" and p.lower_ == "of" for p in g.children)
            for g in x.children
        )
        for x in sent
    )


def figurative(t: Token) -> bool:
    """A trigger word in a sense that tells of no conflict event: sport, a figure of speech,
    a dismissal, a game or fiction, or a line that is no prose."""
    if not prose_line(_line(doc_text(t.doc), t.idx)) or _game_or_fiction(t):
        return True
    if t.pos_ == "NOUN":
        return t.lemma_.lower() in triggers.NOUNS and (
            _sport_noun(t) or _warning(t) or _arms_kind(t) or _press_request(t)
        )
    if _showing(t):
        return True
    lemma = t.lemma_.lower()
    if t.pos_ != "VERB" or lemma not in _FORCE:
        return False
    objects = _objects(t)
    # 'attacked the plan' is criticism (an accusation), not a figure of speech for nothing
    if lemma not in {"fire", "attack"} and any(
        o.lemma_.lower() in _ABSTRACT for o in objects if o.dep_ in {"dobj", "nsubjpass"}
    ):
        return True  # 'killing off their title hopes', 'the bill was killed'
    return _sport(t, objects) or _dismissal(t, objects)


# What a crowd that demonstrates shows: its will, which makes the act a protest ('they
# demonstrated their anger outside parliament').
_SHOWN_IN_PROTEST = frozenset({"anger", "opposition", "solidarity", "support", "outrage", "fury"})


def _showing(t: Token) -> bool:
    """'demonstrate' meaning to show, no protest: with a thing or a clause shown ('the strikes
    demonstrated that ...', 'the army demonstrated its new drones'), in the passive or as an
    aside ('as demonstrated by this evening's strikes'). A crowd demonstrates with no object
    ('hundreds demonstrated outside the embassy')."""
    if t.pos_ != "VERB" or t.lemma_.lower() != "demonstrate":
        return False
    for c in t.children:
        if c.dep_ in {"ccomp", "agent", "nsubjpass", "auxpass"} or (
            c.dep_ == "mark" and c.lower_ == "as"
        ):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() not in _SHOWN_IN_PROTEST:
            return True
    return False


# What warns of or shelters from an attack, and is none ('air raid sirens sounded').
_WARNINGS = frozenset({"siren", "alert", "alarm", "warning", "shelter", "drill"})


def _warning(t: Token) -> bool:
    """An event noun naming a warning or a shelter ('air raid sirens', 'a rocket alert',
    'bomb shelters'), not an attack."""
    return t.dep_ == "compound" and t.head.lemma_.lower() in _WARNINGS


# What a reporter asks a party for: 'did not respond to a request for comment'.
_PRESS_ASKS = frozenset({"comment", "interview", "confirmation", "reaction", "response"})


def _press_request(t: Token) -> bool:
    """The newsroom's own request ('did not respond to requests for comment'): the outlet asks
    a party to speak; no one in the conflict requests anything."""
    return t.lemma_.lower() == "request" and any(
        p.lower_ == "for" and any(o.lemma_.lower() in _PRESS_ASKS for o in p.children)
        for p in t.children
    )


# Verbs of force that, aimed at a plan, a decision or words, are criticism: 'the minister
# attacked the plan' accuses; it assaults no one.
_CRITICISM_VERBS = frozenset({"attack", "blast", "slam", "hammer", "savage", "lambaste", "assail"})
_CRITICISED = _ABSTRACT | frozenset(
    {"policy", "decision", "remark", "comment", "statement", "approach", "strategy", "budget"}
)


def criticism(t: Token) -> bool:
    """A verb of force whose object is a plan, a decision or words ('attacked the plan',
    'slammed the decision'): criticism, which PLOVER codes as ACCUSE."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _CRITICISM_VERBS:
        return False
    return any(
        o.lemma_.lower() in _CRITICISED for o in _objects(t) if o.dep_ in {"dobj", "nsubjpass"}
    )


# Arms named by the act they are made for: 'attack helicopters', 'strike aircraft', 'assault
# rifles'. The noun is a kind of weapon, no act.
_ARMS = frozenset(
    {"helicopter", "aircraft", "plane", "jet", "drone", "submarine", "rifle", "weapon", "boat"}
    | {"craft", "vessel", "missile", "fighter", "bomber", "capability", "dog", "force"}
)


def _arms_kind(t: Token) -> bool:
    """'attack helicopters', 'strike aircraft': an act's noun naming a kind of arms."""
    return t.dep_ == "compound" and t.head.i > t.i and t.head.lemma_.lower() in _ARMS


# Verbs of getting or trading arms: 'turned to Russia for fighter jets', 'bought drones from
# Iran'. The weapons they name are goods, and the countries partners, not the scene of an act.
_PROCURING = frozenset(
    {"turn", "buy", "purchase", "acquire", "import", "procure", "seek", "sell", "export"}
    | {"rely", "depend", "source", "obtain"}
)


def procurement(sent: SpacySpan) -> bool:
    """A sentence whose main verb tells of getting or trading arms ('the junta has turned to
    Russia for weapons and aircraft'), no act of force."""
    return sent.root.lemma_.lower() in _PROCURING


# Verbs of backing or arming someone: 'backed by Russia', 'Iran supplies the militia'.
_BACKING = frozenset({"back", "support", "arm", "supply", "fund", "finance", "sponsor", "equip"})
_SUPPLYING = frozenset({"arm", "supply", "fund", "finance", "sponsor", "equip"})
_PARTNER_PREPS = frozenset({"to", "from", "by", "with"})


# Verbs of sending forces to someone's side, and the forces sent: 'Rwanda sent troops to back
# the rebels', 'accused Rwanda of deploying soldiers'.
_SENDING = frozenset({"send", "dispatch", "deploy"})
_FORCES = frozenset(
    {"troop", "soldier", "fighter", "force", "mercenary", "unit", "commando", "reinforcement"}
)
# Verbs that name who is accused or blamed as their object: 'accused Rwanda of sending'.
_ACCUSING = frozenset({"accuse", "blame", "charge", "suspect", "condemn", "criticize"})


def _sender(t: Token) -> Token | None:
    """Who sends forces at a verb of sending them ('Rwanda sent troops', 'troops sent by
    Rwanda', 'accused Rwanda of sending troops'), or None."""
    if t.lemma_.lower() not in _SENDING:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCES for c in t.children):
        return None
    for c in t.children:
        if c.dep_ in {"nsubj", "agent"}:
            return c
    # 'accused Rwanda of sending troops': the accused sends them
    of = t.head if t.dep_ == "pcomp" else None
    if of is not None and of.lower_ == "of" and of.head.lemma_.lower() in _ACCUSING:
        return next((c for c in of.head.children if c.dep_ == "dobj"), None)
    return None


def partners(sent: SpacySpan) -> list[tuple[int, int]]:
    """Character ranges of a sentence naming a partner in getting arms or in backing, not a
    scene: 'turned to Russia and China for weapons', 'buys its jets from Russia', 'backed by
    Russia', 'Iran supplies the militia', 'accused Rwanda of sending troops to back the
    rebels'. A country named there is where the arms, backing or forces come from, not where
    anything the sentence tells happened."""
    found: list[tuple[int, int]] = []
    for t in sent:
        lemma = t.lemma_.lower()
        sender = _sender(t)
        if sender is not None:
            found.append(
                (sender.left_edge.idx, sender.right_edge.idx + len(sender.right_edge.text))
            )
        if lemma not in _PROCURING and lemma not in _BACKING:
            continue
        for c in t.children:
            prep = c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS
            agent = c.dep_ == "agent"
            supplier = c.dep_ == "nsubj" and lemma in _SUPPLYING
            if prep or agent or supplier:
                found.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)))
    return found


def no_event_sentence(sent: SpacySpan) -> bool:
    """A sentence whose wording may match a rule of force but that tells of sport, a game or
    fiction ('Arsenal beat Spurs 2-1', parsed with no verb), of getting arms
    (:func:`procurement`), or whose main word stands on a line of code or a table row."""
    root = sent.root
    return (
        not prose_line(_line(doc_text(root.doc), root.idx))
        or sporting(sent)
        or _game_or_fiction(root)
        or procurement(sent)
    )
