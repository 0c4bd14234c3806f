"""Word patterns for strategic developments: arrests, looting, agreements, changes to a group."""

from __future__ import annotations

from sitrep.events.acled.pattern import any_of

ARREST = any_of(
    r"arrest",
    r"detain",
    r"apprehend",
    r"taken into custody",
    r"in custody",
    r"rounded up",
    r"nabbed",
)
LOOT = any_of(
    # told of what was hit: 'shops were burned', 'the destruction of property'
    r"(?:houses|homes|shops|stores|property|properties|vehicles|buildings|offices|kiosks) "
    r"(?:\w+ ){0,3}(?:were|was|have been|has been|had been) (?:\w+ )?"
    r"(?:burn(?:ed|t)|torched|looted|vandali[sz]ed|destroyed|ransacked|set (?:on fire|ablaze))",
    r"(?:destruction|burning|looting) of (?:\w+ ){0,3}(?:property|properties|houses|homes|shops)",
    r"loot",
    r"ransack",
    r"torch",
    r"set (?:on )?fire",
    r"set ablaze",
    r"burn(?:ed|t) (?:down )?(?:\w+ ){0,3}(?:houses|homes|shops|property|properties|vehicles|buildings|school|church|mosque|crops|village)",
    r"destroy",
    r"vandali[sz]",
    r"demolish",
    r"stole",
    r"stolen",
    r"raz(?:ed|ing)",
    r"damag",
)
AGREE = any_of(
    r"agree",
    r"agreement",
    r"ceasefire",
    r"cease-fire",
    r"truce",
    r"accord\b",
    r"peace deal",
    r"signed",
    r"prisoner (?:exchange|swap)",
    r"exchange of prisoners",
    r"exchange (?:\w+ ){0,3}of prisoners",
    r"exchanged (?:\w+ ){0,2}prisoners",
    r"surrender",  # the codebook counts surrenders among agreements
    r"repatriat",
    r"evacuation deal",
    r"released (?:\w+ ){0,3}(?:prisoners|hostages|detainees)",
    r"negotiat",
)
CHANGE = any_of(
    r"recruit",
    r"(?:announced|declared) (?:\w+ ){0,4}(?:formation|dissolution|merger|alliance)",
    r"formed (?:a|an) (?:new )?(?:group|militia|alliance)",
    r"relocat",
    r"defected",
    r"deploy",
    r"reinforce",
    r"dispatch",
    r"mobili[sz]",
    r"stationed",
    r"pull(?:ed|s|ing)? back",
    r"(?:formed|set up|established) (?:\w+ ){0,4}(?:organi[sz]ation|unit|brigade|wing|entity)",
    r"curfew",
    r"banned",
    r"ban on",
    r"state of emergency",
    r"suspend",
    # forces moving or digging in
    r"joint patrols?",
    r"(?:conduct|carri)\w* (?:out )?(?:\w+ ){0,3}patrols?",
    r"(?:military|army) (?:columns?|convoys?)",
    r"(?:columns?|convoys?) (?:of|with|carrying) (?:\w+ ){0,4}(?:vehicles|equipment|troops|reinforcements)",
    r"fortifications?",
)
# Force against armed, organised people is a battle in ACLED's terms, not violence against
# civilians: soldiers, police, militants and their posts and convoys.
