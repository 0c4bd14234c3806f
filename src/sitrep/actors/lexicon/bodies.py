"""Institutions, forces, populations and news outlets named by common nouns."""

from __future__ import annotations

from sitrep.actors.lexicon.phrases import Phrases

# Institutions that belong to a state, polity or place, as token sequences -> the canonical
# head of their name ("Azerbaijani authorities" -> "Authorities of Azerbaijan"). Longest match
# wins; a name of more than one word says which body it is, so "the emergency service" is an
# institution even with no owner in sight, where "the government" must refer back to one.
INSTITUTIONS = Phrases(
    {
        ("authorities",): "Authorities",
        ("authority",): "Authorities",
        ("government",): "Government",
        # a state's political opposition: "the Georgian opposition said" (not "opposition to")
        ("opposition",): "Opposition",
        ("officials",): "Officials",
        # one unnamed office holder speaks for the same body: "a Syrian official said"
        ("official",): "Officials",
        ("diplomat",): "Diplomats",
        ("state", "media"): "State Media",
        ("state", "television"): "State Television",
        ("state", "tv"): "State Television",
        ("state", "news", "agency"): "State News Agency",
        ("presidency",): "Presidency",
        ("parliament",): "Parliament",
        ("administration",): "Administration",
        ("leadership",): "Leadership",
        ("cabinet",): "Cabinet",
        ("embassy",): "Embassy",
        ("police",): "Police",
        ("prosecutors",): "Prosecutors",
        ("diplomats",): "Diplomats",
        ("mediators",): "Mediators",
        ("mediator",): "Mediators",
        ("negotiators",): "Negotiators",
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
        # who counts the dead under the rubble: "Gaza's civil defence agency said" (a bare
        # "Syrian Civil Defence" is a name of its own, left to the organisations)
        **{
            ("civil", spelling, body): "Civil Defence"
            for spelling in ("defence", "defense")
            for body in ("agency", "authority", "service", "directorate")
        },
        # "a civil defence official": the body before one who speaks for it (institutions)
        ("civil", "defence"): "Civil Defence",
        ("civil", "defense"): "Civil Defence",
        ("security", "service"): "Security Service",
        ("intelligence", "service"): "Intelligence Service",
        ("intelligence", "agency"): "Intelligence Agency",
        ("military", "intelligence"): "Military Intelligence",
        ("military", "intelligence", "agency"): "Military Intelligence Agency",
        ("human", "rights", "office"): "Human Rights Office",
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
        "security forces",
        "junta",  # a military government: "Myanmar's junta" is that state's military
        "military council",
        # a state's combat aircraft and ships act for its military ("Russian warplanes struck")
        "warplanes",
        "warplane",
        "jets",
        "fighter jets",
        "warships",
        "gunships",
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
        # as a noun only: "the paramilitary said", not "the paramilitary Rapid Support Forces"
        "paramilitary",
        "mercenaries",
        "jihadists",
        # armed men the article cannot name: 'gunmen killed 15', 'the gang said'
        "gunmen",
        "gang",
        "gangs",
        "bandits",
        "assailants",
        # members of a group the article cannot name: 'gang members killed 15'
        "gang members",
        "militia members",
    }
)

# Adjectives that make a force an ethnic or irregular group rather than a state's army.
# Participles after a hyphen that say who controls a body or place ("the Hamas-run ministry",
# "Iranian-backed militias", "rebel-held town"): the name before them is the controller.
CONTROLLED = frozenset(
    {
        "run",
        "led",
        "backed",
        "controlled",
        "held",
        "dominated",
        "appointed",
        "allied",
        "aligned",
        "affiliated",
        "linked",
        "funded",
        "owned",
        "sponsored",
        "supported",
    }
)

# Words that describe a group as armed: "the militant group said", "the FLA rebel group",
# "X, an armed group that ..." (not "COGAT, the Israeli military agency").
ARMED_WORDS = frozenset(
    {
        "armed",
        "militant",
        "rebel",
        "jihadist",
        "jihadi",
        "extremist",
        "insurgent",
        "separatist",
        "islamist",
        "paramilitary",
        "terrorist",
        "guerrilla",
    }
)
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
        # the unnamed people news quotes together, like "residents said"
        "witnesses",
        "eyewitnesses",
        "rescuers",
        "medics",
        "paramedics",
    }
)
# Of those, the ones a named site's staff are ("medics at Nasser hospital"): left to the
# organisations' site staff when a place follows.
SITE_STAFF_NOUNS = frozenset({"medics", "paramedics"})

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

# Arms that act for whoever fires them: 'Russian drones struck', 'Israeli tanks shelled'.
WEAPONS = frozenset(
    {"drone", "missile", "rocket", "shell", "jet", "warplane", "aircraft", "plane", "bomber"}
    | {"helicopter", "gunship", "artillery", "tank", "bomb", "mortar", "howitzer", "warship"}
)

# What a weapon does when it is the one attacking ('Russian drones struck Kharkiv').
WEAPON_VERBS = frozenset(
    {"strike", "hit", "attack", "shell", "bomb", "pound", "target", "kill", "destroy", "damage"}
    | {"bombard", "blast", "raid", "pummel", "slam", "fire", "wound", "injure", "level", "rain"}
)

# The last words of an organisation's name: a name ending so is a body, whatever toponym it
# holds; a people's noun owning one describes the body ('the children's agency'), it is no actor.
BODY_HEADS = frozenset(
    {
        "commission",
        "council",
        "committee",
        "agency",
        "authority",
        "institute",
        "foundation",
        "society",
        "association",
        "union",
        "federation",
        "network",
        "front",
        "party",
        "movement",
        "coalition",
        "alliance",
        "bank",
        "court",
        "corporation",
        "company",
        "observatory",
        "centre",
        "center",
        "office",
    }
)
