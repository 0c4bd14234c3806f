"""Word patterns for weapons: aircraft, artillery, explosives, chemicals; weapons seized before use."""

from __future__ import annotations

from sitrep.events.acled.pattern import any_of

AIR = any_of(
    r"air ?strikes?",
    r"airstrikes?",
    r"air forces? (?:\w+ ){0,2}(?:targeted|struck|bombed|hit|attacked|raided|pounded)",
    r"air raids?",
    # (not a drone that films: 'drone footage showed')
    r"drones?\b(?! (?:footage|video|videos|images?|pictures?|photos?|photographs?)\b)",
    r"warplanes?",
    r"fighter jets?",
    r"jets\b",
    r"helicopters?",
    r"(?<!anti-)aircraft",
    r"aviation",
    r"aerial",
    r"bombers?\b(?! )",
    r"(?:air|aerial) bombardment",
    r"UAVs?",
    r"gunships?",
    r"choppers?",
)
SHELL = any_of(
    r"shell(?:s|ed|ing)?\b",
    r"artillery",
    r"mortars?",
    r"missiles?",
    r"rockets?",
    r"howitzers?",
    r"bombard",
    r"grad\b",
    r"MLRS",
    r"projectiles?",
    r"katyusha",
    r"tank fire",
    r"heavy weapons",
    # heavy weapons platforms fired from afar (codebook): grenade launchers, infantry fighting
    # vehicles, heavy machine guns, anti-tank missiles
    r"grenade launchers?",
    r"IFVs?\b",
    r"infantry fighting vehicles?",
    r"heavy machine ?-?guns?",
    r"heavy and medium (?:weapons|machine ?-?guns?)",
    r"(?:12\.7|14\.5|23) ?mm",  # heavy machine gun and cannon calibres
    r"anti-tank",
    r"ATGMs?",
    r"recoilless",
    r"anti-aircraft (?:guns?|fire|weapons)",
    # many blasts from afar, no bomb or aircraft named: long-range fire
    r"(?:series|total|number|dozens|several|multiple|scores) of (?:\w+ ){0,2}explosions",
    r"\d+ explosions",
)
# Guns carried and fired at close range.
SMALL_ARMS = any_of(
    r"small arms",
    r"light weapons",
    r"sniper",
    r"automatic (?:weapons|rifles)",
    r"(?<!recoilless )rifles?\b",
    r"AK-?47s?",
)
# Fire both ways: an exchange.
BOTH_SIDES = any_of(
    r"in both directions",
    r"exchange(?:d)? (?:of )?(?:\w+ )?(?:fire|gunfire|shelling|shells|artillery)",
    r"shelling exchange",
    r"(?:fatalities|casualties|losses) (?:\w+ ){0,2}(?:from|on) both sides",
)
IED = any_of(
    r"\bIEDs?\b",
    r"VBIEDs?",
    r"RCIEDs?",
    r"(?:bombs?|explosives?) planted",
    r"planted (?:\w+ ){0,2}(?:bombs?|explosives?)",
    r"improvised explosive",
    r"improvised bombs?",
    r"detonated (?:\w+ ){0,4}remotely",
    r"landmines?",
    r"land mines?",
    # not a mine dug for ore: 'a coltan mine', 'gold mines', 'a mine that produces'; nor the
    # workplace where something else happened ('were injured at a mine', 'trapped in the mine')
    r"(?<!gold )(?<!coal )(?<!copper )(?<!coltan )(?<!cobalt )(?<!diamond )(?<!tin )"
    r"(?<!uranium )(?<!lithium )(?<!iron )(?<!open-pit )"
    r"(?<!\bat a )(?<!\bat the )(?<!\bin a )(?<!\bin the )(?<!\binside a )(?<!\binside the )\bmines?\b"
    r"(?! (?:that|which) produces?)(?! (?:workers?|owners?|operators?|sites?)\b)",
    # 'killed in a mine blast': the workplace's words, but the mine exploded
    r"\bmines? (?:blasts?|explosions?|exploded|went off|attacks?)",
    r"roadside bomb",
    r"car bomb",
    r"explosive device",
    r"bomb (?:blast|explosion|exploded|went off)",
    r"bombs? (?:exploded|went off|detonated)",
    r"remote(?:ly)?[- ]detonat",
    r"booby[- ]trap",
    r"explosives?[- ]laden",
    r"\bexplosion\b",
    r"\bblast\b",
    r"planted (?:a|an) (?:bomb|explosive)",
    # a charge laid in wait: 'drove over a buried explosive'
    r"buried (?:\w+ ){0,2}(?:explosives?|bombs?|devices?|charges?)",
    r"magnetic bomb",
    r"sticky bomb",
    r"parcel bomb",
    r"bomb attack",
    r"bombing",
)
SUICIDE = any_of(
    r"suicide",
    r"blew (?:himself|herself|themselves) up",
    r"blow (?:himself|herself|themselves) up",
    r"detonated (?:his|her|their) (?:vest|belt|explosives)",
    r"self-detonat",
    r"kamikaze",
)
GRENADE = any_of(r"grenades?\b(?! launcher)", r"hand grenade")
CHEM = any_of(
    r"chemical",
    r"chlorine",
    r"sarin",
    r"toxic gas",
    r"\bmustard\b",
    r"nerve agent",
    r"poison(?:ous)? gas",
    r"toxic (?:chemicals?|substances?|agents?)",
    r"gas attack",
)
DISRUPT = any_of(
    r"defus",
    r"disarm(?:ed|ing|s)? (?:\w+ ){0,2}(?:bombs?|devices?|explosives?|IEDs?|mines?)",
    r"disarm(?:ed|ing|s)? it\b",
    r"failed to (?:explode|detonate|go off)",
    r"cache",
    r"(?:seized|confiscated|recovered) (?:\w+ ){0,4}(?:weapons|arms|ammunition|explosives|firearms|rifles|guns|rounds)",
    r"(?:weapons|arms|ammunition|explosives|firearms) (?:\w+ ){0,3}(?:were|was) (?:seized|found|recovered|confiscated)",
    r"intercept",
    r"shot down",
    r"dismantl",
    r"(?:found|cleared) (?:\w+ ){0,3}(?:mines|IEDs|explosives)",
    r"bomb disposal",
    r"controlled explosion",
    r"neutrali[sz]ed (?:a|an|the) (?:bomb|IED|device)",
)
# A weapon that went off in its own makers' hands (codebook: disrupted weapons use, an
# accidental detonation), not an attack with it.
PREMATURE = any_of(
    r"(?:exploded|detonated|went off|blew up) prematurely",
    r"premature(?:ly)? (?:explosion|detonation|blast)",
    r"(?:bombs?|explosives?|devices?|IEDs?|mines?|landmines?|shells?) (?:\w+ ){0,2}"
    r"(?:he|she|they) (?:was|were|had been) "
    r"(?:planting|assembling|making|building|handling|placing|manufacturing|transporting)",
)
WEAPONS = (
    r"(?:weapons|arms|ammunitions?|explosives?|explosive devices?|IEDs?|VBIEDs?|firearms|rifles|"
    r"guns|pistols|rounds|bullets|cartridges|grenades|landmines|mines|rockets|missiles|mortars|"
    r"caches?|arsenal|depot|bomb-making)\b"
)
FOUND = (
    r"(?:seiz|confiscat|recover|captur|discover|found|destroy|defus|clear|intercept|dismantl|"
    r"unearth|impound)\w*"
)
# Weapons taken, found or made safe before use: the codebook's disrupted weapons use, which
# comes before the weapon's own sub-event (a landmine found is no landmine attack).
SEIZED_WEAPONS = any_of(
    FOUND + r" (?:\S+ ){0,8}" + WEAPONS,
    WEAPONS + r" (?:\w+ ){0,6}(?:were|was|have been|has been|had been|being) (?:\w+ )?" + FOUND,
)
