"""Role titles and ministries: how news names a person by office."""

from __future__ import annotations

from collections.abc import Mapping

from sitrep.actors.lexicon.phrases import Phrases, frozen

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
        ("special", "envoy"): "Special Envoy",
        ("special", "representative"): "Special Representative",
        # an office that coordinates a body's work in a country: "the UN humanitarian
        # coordinator in Sudan"
        ("coordinator",): "coordinator",
        ("humanitarian", "coordinator"): "Humanitarian Coordinator",
        ("resident", "coordinator"): "Resident Coordinator",
        ("negotiator",): "negotiator",
        ("chief", "negotiator"): "chief negotiator",
        ("spokesman",): "spokesman",
        ("spokeswoman",): "spokeswoman",
        ("spokesperson",): "spokesperson",
        ("leader",): "leader",
        ("commander",): "commander",
        ("chief", "of", "staff"): "Chief of Staff",
        # the head of a body named by it: "Sudan's army chief", "the police chief"
        ("army", "chief"): "Army Chief",
        ("military", "chief"): "Military Chief",
        ("police", "chief"): "Police Chief",
        ("police", "commissioner"): "Police Commissioner",
        ("commissioner", "of", "police"): "Police Commissioner",
        ("intelligence", "chief"): "Intelligence Chief",
        ("spy", "chief"): "Intelligence Chief",
        ("general",): "General",
        # military ranks before a name ("Captain Abdi Hassan", "Colonel X")
        ("major", "general"): "Major General",
        ("lieutenant", "general"): "Lieutenant General",
        ("brigadier", "general"): "Brigadier General",
        ("brigadier",): "Brigadier",
        ("colonel",): "Colonel",
        ("lieutenant", "colonel"): "Lieutenant Colonel",
        ("major",): "Major",
        ("captain",): "Captain",
        ("lieutenant",): "Lieutenant",
        ("sergeant",): "Sergeant",
        ("sergeant", "at", "arms"): "Sergeant-at-Arms",
        ("sergeant", "-", "at", "-", "arms"): "Sergeant-at-Arms",
        ("ombudsman",): "Ombudsman",
        ("human", "rights", "ombudsman"): "Human Rights Ombudsman",
        ("mayor",): "Mayor",
        ("governor",): "Governor",
        ("speaker",): "Speaker",
        ("pope",): "Pope",
        ("director",): "director",
        ("director", "general"): "Director-General",
        ("director", "-", "general"): "Director-General",
        ("adviser",): "adviser",
        ("advisor",): "adviser",
        ("aide",): "aide",
        # Stands for the title of the person it is the counterpart of; resolved in context.
        ("counterpart",): "counterpart",
    }
)

# Military ranks: a title of its own before a name, or after a role ("Army spokesman Colonel X").
RANKS = frozenset(
    {
        "General",
        "Major General",
        "Lieutenant General",
        "Brigadier General",
        "Brigadier",
        "Colonel",
        "Lieutenant Colonel",
        "Major",
        "Captain",
        "Lieutenant",
        "Sergeant",
    }
)

# Titles that many people hold for one owner at once: "the generals of X and Y" are no one
# person each, whereas "the foreign ministers of X and Y" are one foreign minister each.
SHARED_TITLES = RANKS | frozenset(
    {
        "Minister",
        "Deputy Prime Minister",
        "Deputy Foreign Minister",
        "Ambassador",
        "Envoy",
        "Special Envoy",
        "Special Representative",
        "coordinator",
        "Humanitarian Coordinator",
        "Resident Coordinator",
        "negotiator",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "commander",
        "Ombudsman",
        "Mayor",
        "Governor",
        "director",
        "adviser",
        "aide",
        "counterpart",
    }
)

# Titles of those who serve someone: "an aide to X" belongs to X ("an envoy to X" does not).
SERVING_TITLES = frozenset({"adviser", "aide"})

# Who speak for a body by post: "a rebel spokesman", "an army spokeswoman".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Words that may stand before a title and belong to the role as stated ("former President").
TITLE_PREFIXES: Mapping[str, str] = frozen(
    {"acting": "Acting", "former": "former", "interim": "Interim", "self-styled": "self-styled"}
)

# Ministries: the word before (or after "ministry of") -> the portfolio in canonical form.
MINISTRIES: Mapping[str, str] = frozen(
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
