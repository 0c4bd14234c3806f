"""Domain lexicons for finding actors: role titles, institutions, forces, groups, media.

Everything here is general knowledge of how news about conflict names its actors, never a name
taken from one article. Words are matched lower-cased, on token lemmas or texts; multi-word
entries are tuples of lower-cased tokens.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sitrep.records import PlaceLevel


def _frozen[K, V](entries: dict[K, V]) -> Mapping[K, V]:
    return MappingProxyType(entries)


class Phrases(Mapping[tuple[str, ...], str]):
    """Multi-word entries (lower-cased token tuples) -> canonical form, found by their last word.

    The possessive is its own token and is written ``'s`` ("prosecutor general's office").
    """

    def __init__(self, entries: dict[tuple[str, ...], str]) -> None:
        self._entries = MappingProxyType(entries)
        self._by_last: dict[str, tuple[tuple[tuple[str, ...], str], ...]] | None = None

    def __getitem__(self, words: tuple[str, ...]) -> str:
        return self._entries[words]

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def ending_with(self, word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The entries whose last word is ``word``, as (words, canonical form)."""
        if self._by_last is None:
            by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            for words, canonical in self._entries.items():
                by_last.setdefault(words[-1], []).append((words, canonical))
            self._by_last = {w: tuple(entries) for w, entries in by_last.items()}
        return self._by_last.get(word, ())


# Role titles, as token sequences -> the title as we report it. Longest match wins, so
# "foreign minister" beats "minister". Formal titles are capitalised as in running text
# before a name ("Foreign Minister Mevlut ..."); informal roles ("leader") stay lower case.
TITLES = Phrases(
    {
        ("president",): "President",
        ("vice", "president"): "Vice President",
        ("prime", "minister"): "Prime Minister",
        ("deputy", "prime", "minister"): "Deputy Prime Minister",
        ("premier",): "Premier",
        ("chancellor",): "Chancellor",
        ("king",): "King",
        ("queen",): "Queen",
        ("emir",): "Emir",
        ("minister",): "Minister",
        ("foreign", "minister"): "Foreign Minister",
        ("deputy", "foreign", "minister"): "Deputy Foreign Minister",
        ("defence", "minister"): "Defence Minister",
        ("defense", "minister"): "Defence Minister",
        ("interior", "minister"): "Interior Minister",
        ("health", "minister"): "Health Minister",
        ("justice", "minister"): "Justice Minister",
        ("prosecutor", "general"): "Prosecutor General",
        ("prosecutor", "-", "general"): "Prosecutor General",
        ("general", "prosecutor"): "Prosecutor General",
        ("attorney", "general"): "Attorney General",
        ("secretary", "of", "state"): "Secretary of State",
        ("foreign", "secretary"): "Foreign Secretary",
        ("defence", "secretary"): "Defence Secretary",
        ("defense", "secretary"): "Defense Secretary",
        ("secretary", "general"): "Secretary-General",
        ("secretary", "-", "general"): "Secretary-General",
        ("ambassador",): "Ambassador",
        ("envoy",): "Envoy",
        ("spokesman",): "spokesman",
        ("spokeswoman",): "spokeswoman",
        ("spokesperson",): "spokesperson",
        ("leader",): "leader",
        ("commander",): "commander",
        ("chief", "of", "staff"): "Chief of Staff",
        ("general",): "General",
        ("ombudsman",): "Ombudsman",
        ("human", "rights", "ombudsman"): "Human Rights Ombudsman",
        ("mayor",): "Mayor",
        ("governor",): "Governor",
        ("speaker",): "Speaker",
        ("pope",): "Pope",
        ("adviser",): "adviser",
        ("advisor",): "adviser",
        ("aide",): "aide",
        # Stands for the title of the person it is the counterpart of; resolved in context.
        ("counterpart",): "counterpart",
    }
)

# Titles that many people hold for one owner at once: "the generals of X and Y" are no one
# person each, whereas "the foreign ministers of X and Y" are one foreign minister each.
SHARED_TITLES = frozenset(
    {
        "Minister",
        "Deputy Prime Minister",
        "Deputy Foreign Minister",
        "Ambassador",
        "Envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "General",
        "Ombudsman",
        "Mayor",
        "Governor",
        "adviser",
        "aide",
        "counterpart",
    }
)

# Titles of those who serve someone: "an aide to X" belongs to X ("an envoy to X" does not).
SERVING_TITLES = frozenset({"adviser", "aide"})

# Words that may stand before a title and belong to the role as stated ("former President").
TITLE_PREFIXES: Mapping[str, str] = _frozen(
    {"acting": "Acting", "former": "former", "interim": "Interim", "self-styled": "self-styled"}
)

# Ministries: the word before (or after "ministry of") -> the portfolio in canonical form.
MINISTRIES: Mapping[str, str] = _frozen(
    {
        "defence": "Defence",
        "defense": "Defence",
        "foreign": "Foreign Affairs",
        "foreign affairs": "Foreign Affairs",
        "interior": "Internal Affairs",
        "internal affairs": "Internal Affairs",
        "home": "Internal Affairs",
        "health": "Health",
        "justice": "Justice",
        "finance": "Finance",
        "emergency": "Emergency Situations",
        "emergencies": "Emergency Situations",
        "emergency situations": "Emergency Situations",
        "education": "Education",
        "economy": "Economy",
        "culture": "Culture",
        "energy": "Energy",
        "agriculture": "Agriculture",
        "information": "Information",
    }
)

# Institutions that belong to a state, polity or place, as token sequences -> the canonical
# head of their name ("Azerbaijani authorities" -> "Authorities of Azerbaijan"). Longest match
# wins; a name of more than one word says which body it is, so "the emergency service" is an
# institution even with no owner in sight, where "the government" must refer back to one.
INSTITUTIONS = Phrases(
    {
        ("authorities",): "Authorities",
        ("authority",): "Authorities",
        ("government",): "Government",
        ("officials",): "Officials",
        ("presidency",): "Presidency",
        ("parliament",): "Parliament",
        ("administration",): "Administration",
        ("leadership",): "Leadership",
        ("cabinet",): "Cabinet",
        ("embassy",): "Embassy",
        ("police",): "Police",
        ("prosecutors",): "Prosecutors",
        ("diplomats",): "Diplomats",
        ("prosecutor", "'s", "office"): "Prosecutor's Office",
        ("prosecutor", "general", "'s", "office"): "Prosecutor General's Office",
        ("prosecutor", "-", "general", "'s", "office"): "Prosecutor General's Office",
        ("general", "prosecutor", "'s", "office"): "Prosecutor General's Office",
        ("prosecutor", "general", "office"): "Prosecutor General's Office",
        ("attorney", "general", "'s", "office"): "Attorney General's Office",
        ("ombudsman", "'s", "office"): "Ombudsman's Office",
        ("foreign", "office"): "Foreign Office",
        ("press", "office"): "Press Office",
        ("press", "service"): "Press Service",
        ("emergency", "service"): "Emergency Service",
        ("emergency", "services"): "Emergency Service",
        ("emergencies", "service"): "Emergency Service",
        ("rescue", "service"): "Rescue Service",
        ("security", "service"): "Security Service",
        ("intelligence", "service"): "Intelligence Service",
        ("border", "service"): "Border Service",
        ("migration", "service"): "Migration Service",
        ("investigative", "committee"): "Investigative Committee",
        ("election", "commission"): "Election Commission",
        ("electoral", "commission"): "Election Commission",
        ("national", "assembly"): "National Assembly",
        ("general", "staff"): "General Staff",
        ("health", "department"): "Health Department",
        ("health", "authorities"): "Health Authorities",
        ("city", "council"): "City Council",
        ("city", "hall"): "City Hall",
    }
)

# Regular forces of a state: any of these with an owner is that state's military.
STATE_FORCE_NOUNS = frozenset(
    {
        "forces",
        "force",
        "troops",
        "army",
        "military",
        "soldiers",
        "servicemen",
        "artillery",
        "navy",
        "units",
        "military units",
        "air force",
        "armed forces",
        "border guards",
        "special forces",
    }
)

# Irregular armed groups: named as the article words them, never given a state.
IRREGULAR_FORCE_NOUNS = frozenset(
    {
        "separatists",
        "rebels",
        "militants",
        "insurgents",
        "militia",
        "militias",
        "militiamen",
        "fighters",
        "guerrillas",
        "paramilitaries",
        "mercenaries",
        "jihadists",
    }
)

# Adjectives that make a force an ethnic or irregular group rather than a state's army.
ETHNIC_MARKERS = frozenset({"ethnic", "separatist", "rebel", "pro", "volunteer"})

# Non-combatant populations.
POPULATION_NOUNS = frozenset(
    {
        "civilians",
        "residents",
        "villagers",
        "inhabitants",
        "refugees",
        "population",
        "evacuees",
        "displaced",
        "children",
        "protesters",
        "demonstrators",
        "journalists",
    }
)

# Nouns that name a news outlet when a proper name follows ("state news agency X").
MEDIA_NOUNS = frozenset(
    {
        "agency",
        "news agency",
        "newspaper",
        "broadcaster",
        "channel",
        "tv",
        "television",
        "daily",
        "outlet",
        "website",
        "wire",
        "tabloid",
        "radio",
    }
)

# Capitalised words that make an organisation's name a news outlet's ("Caspian Wire").
MEDIA_NAME_WORDS = frozenset(
    {
        "press",
        "news",
        "wire",
        "daily",
        "times",
        "post",
        "herald",
        "gazette",
        "tribune",
        "journal",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "telegraph",
        "chronicle",
    }
)


@dataclass(frozen=True, slots=True)
class KnownOrganisation:
    name: str
    aliases: tuple[str, ...]
    country: str | None = None
    # Canonical name of the organisation it is part of ("Minsk Group" -> the OSCE).
    part_of: str | None = None


# News agencies and broadcasters that conflict reporting cites; country: where they are based.
# Aliases are matched case-sensitively on word boundaries.
NEWS_MEDIA: tuple[KnownOrganisation, ...] = (
    KnownOrganisation("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), "FR"),
    KnownOrganisation("Reuters", ("Reuters",), "GB"),
    KnownOrganisation("Associated Press", ("Associated Press", "AP"), "US"),
    KnownOrganisation("BBC", ("BBC",), "GB"),
    KnownOrganisation("CNN", ("CNN",), "US"),
    KnownOrganisation("Al Jazeera", ("Al Jazeera",), "QA"),
    KnownOrganisation("TASS", ("TASS", "Tass"), "RU"),
    KnownOrganisation("RIA Novosti", ("RIA Novosti", "RIA"), "RU"),
    KnownOrganisation("Interfax", ("Interfax",), "RU"),
    KnownOrganisation("Anadolu Agency", ("Anadolu Agency", "Anadolu"), "TR"),
    KnownOrganisation("Azertac", ("Azertac", "AZERTAC", "AzerTac"), "AZ"),
    KnownOrganisation("Armenpress", ("Armenpress", "ARMENPRESS"), "AM"),
    KnownOrganisation("Xinhua", ("Xinhua",), "CN"),
    KnownOrganisation("IRNA", ("IRNA",), "IR"),
    KnownOrganisation("Tasnim", ("Tasnim",), "IR"),
    KnownOrganisation("Ukrinform", ("Ukrinform",), "UA"),
    KnownOrganisation("Kyodo", ("Kyodo",), "JP"),
    KnownOrganisation("Yonhap", ("Yonhap",), "KR"),
    KnownOrganisation("SANA", ("SANA",), "SY"),
    KnownOrganisation("Deutsche Welle", ("Deutsche Welle",), "DE"),
)

# International organisations, by their common names and acronyms.
INTERNATIONAL_ORGANISATIONS: tuple[KnownOrganisation, ...] = (
    KnownOrganisation("United Nations", ("United Nations", "UN", "U.N.")),
    KnownOrganisation(
        "UN Security Council",
        ("UN Security Council", "U.N. Security Council", "United Nations Security Council"),
        part_of="United Nations",
    ),
    KnownOrganisation("UNHCR", ("UNHCR", "UN refugee agency"), part_of="United Nations"),
    KnownOrganisation("UNICEF", ("UNICEF",), part_of="United Nations"),
    KnownOrganisation("World Health Organization", ("World Health Organization", "WHO")),
    KnownOrganisation(
        "Organization for Security and Co-operation in Europe",
        (
            "Organization for Security and Co-operation in Europe",
            "Organization for Security and Cooperation in Europe",
            "Organisation for Security and Co-operation in Europe",
            "Organisation for Security and Cooperation in Europe",
            "OSCE",
        ),
    ),
    KnownOrganisation(
        "OSCE Minsk Group",
        ("OSCE Minsk Group", "Minsk Group"),
        part_of="Organization for Security and Co-operation in Europe",
    ),
    KnownOrganisation("NATO", ("NATO", "North Atlantic Treaty Organization", "Nato")),
    KnownOrganisation("European Union", ("European Union", "EU")),
    KnownOrganisation("Council of Europe", ("Council of Europe",)),
    KnownOrganisation("African Union", ("African Union",)),
    KnownOrganisation("Arab League", ("Arab League",)),
    KnownOrganisation(
        "Collective Security Treaty Organization",
        ("Collective Security Treaty Organization", "CSTO"),
    ),
    KnownOrganisation(
        "International Committee of the Red Cross",
        ("International Committee of the Red Cross", "ICRC", "Red Cross"),
    ),
    KnownOrganisation("Red Crescent", ("Red Crescent",)),
    KnownOrganisation("International Criminal Court", ("International Criminal Court", "ICC")),
    KnownOrganisation(
        "International Atomic Energy Agency", ("International Atomic Energy Agency", "IAEA")
    ),
    KnownOrganisation("Amnesty International", ("Amnesty International",)),
    KnownOrganisation("Human Rights Watch", ("Human Rights Watch",)),
    KnownOrganisation("Doctors Without Borders", ("Doctors Without Borders", "MSF")),
)

# Armed non-state groups that conflict reporting names most, by common names and acronyms.
# General knowledge, like the organisations above: whoever they fight for, they are armed groups.
ARMED_GROUPS: tuple[KnownOrganisation, ...] = (
    KnownOrganisation("Hamas", ("Hamas", "HAMAS")),
    KnownOrganisation("Hezbollah", ("Hezbollah", "Hizbollah", "Hizballah")),
    KnownOrganisation("Palestinian Islamic Jihad", ("Palestinian Islamic Jihad", "Islamic Jihad")),
    KnownOrganisation("Taliban", ("Taliban",)),
    KnownOrganisation("Islamic State", ("Islamic State", "ISIS", "ISIL", "Daesh")),
    KnownOrganisation("al-Qaeda", ("al-Qaeda", "al-Qaida", "Al-Qaeda", "Al-Qaida", "al Qaeda")),
    KnownOrganisation("al-Shabaab", ("al-Shabaab", "Al-Shabaab", "al-Shabab", "Al-Shabab")),
    KnownOrganisation("Boko Haram", ("Boko Haram",)),
    KnownOrganisation("Kurdistan Workers' Party", ("Kurdistan Workers' Party", "PKK")),
    KnownOrganisation("People's Protection Units", ("People's Protection Units", "YPG")),
    KnownOrganisation("Syrian Democratic Forces", ("Syrian Democratic Forces",)),
    KnownOrganisation("Hayat Tahrir al-Sham", ("Hayat Tahrir al-Sham", "HTS")),
    KnownOrganisation("Houthis", ("Houthis", "Ansar Allah")),
    KnownOrganisation("Wagner Group", ("Wagner Group",)),
    KnownOrganisation("Rapid Support Forces", ("Rapid Support Forces",)),
    KnownOrganisation("M23", ("M23",)),
)

# Where a country is only a place: its head noun makes it one ("Azerbaijan's capital").
PLACE_NOUNS = frozenset(
    {
        "capital",
        "territory",
        "territories",
        "border",
        "borders",
        "region",
        "regions",
        "city",
        "town",
        "village",
        "villages",
        "province",
        "part",
        "soil",
        "airspace",
        "land",
        "lands",
        "north",
        "south",
        "east",
        "west",
        "coast",
        "outskirts",
        "centre",
        "center",
        "interior",
        "mountains",
        "side",
        "frontier",
        "map",
        "population",
        "people",
        "districts",
        "district",
        "settlements",
    }
)

# Nouns that refer back to a place of one level ("the city's mayor", "the region's ombudsman").
PLACE_REFERENCES: Mapping[str, PlaceLevel] = _frozen(
    {
        "city": PlaceLevel.LOCALITY,
        "town": PlaceLevel.LOCALITY,
        "village": PlaceLevel.LOCALITY,
        "region": PlaceLevel.REGION,
        "province": PlaceLevel.REGION,
        "district": PlaceLevel.REGION,
        "enclave": PlaceLevel.REGION,
        "country": PlaceLevel.COUNTRY,
    }
)

# Verbs whose subject is a place, not an actor ("Nagorno-Karabakh lies within Azerbaijan").
LOCATIVE_VERBS = frozenset(
    {"lie", "sit", "border", "stretch", "locate", "situate", "neighbour", "neighbor", "span"}
)

# Verbs whose object is a place, not an actor ("visited Moscow", "shelled Stepanakert").
PLACE_OBJECT_VERBS = frozenset(
    {
        "visit",
        "enter",
        "leave",
        "reach",
        "travel",
        "tour",
        "cross",
        "capture",
        "take",
        "retake",
        "seize",
        "shell",
        "bomb",
        "strike",
        "hit",
        "target",
        "approach",
        "surround",
        "encircle",
        "liberate",
        "fly",
        "evacuate",
        "flee",
        "return",
        "control",
        "occupy",
    }
)

# Prepositions after which a country is where something happens, not who acts.
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "inside",
        "within",
        "into",
        "from",
        "to",
        "toward",
        "towards",
        "across",
        "near",
        "at",
        "onto",
        "through",
        "throughout",
        "around",
        "outside",
        "beyond",
        "over",
        "on",
        "via",
        "between",
        "along",
    }
)

# Relations that make the country after "of" or "with" a state ("an ally of Azerbaijan").
RELATION_NOUNS = frozenset(
    {
        "ally",
        "allies",
        "partner",
        "partners",
        "enemy",
        "enemies",
        "alliance",
        "talks",
        "relations",
        "ties",
        "war",
        "agreement",
        "deal",
        "treaty",
        "support",
        "backing",
        "request",
        "position",
        "stance",
        "citizens",
        "nationals",
        "co-chairs",
        "chairs",
        "behalf",
        "ministers",
        "leaders",
        "representatives",
        "delegation",
        "delegations",
    }
)
