"""Organisations known by name: news media, international organisations, armed groups."""

from __future__ import annotations

from dataclasses import dataclass


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
    KnownOrganisation(
        "UNRWA",
        ("UNRWA", "United Nations Relief and Works Agency", "UN Relief and Works Agency"),
        part_of="United Nations",
    ),
    # not OCHA: "the United Nations humanitarian office, OCHA," names it by the apposition
    # (``apposed_acronyms``), which a known name would cut down to the acronym alone
    KnownOrganisation(
        "World Food Programme",
        ("World Food Programme", "World Food Program", "WFP"),
        part_of="United Nations",
    ),
    KnownOrganisation(
        "UN Human Rights Office",
        ("OHCHR", "UN Human Rights Office", "U.N. Human Rights Office"),
        part_of="United Nations",
    ),
    KnownOrganisation(
        "International Organization for Migration",
        ("International Organization for Migration", "IOM"),
        part_of="United Nations",
    ),
    KnownOrganisation("UNIFIL", ("UNIFIL",), part_of="United Nations"),
    KnownOrganisation("MONUSCO", ("MONUSCO",), part_of="United Nations"),
    KnownOrganisation(
        "World Health Organization",
        ("World Health Organization", "WHO"),
        part_of="United Nations",
    ),
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
    KnownOrganisation("Houthis", ("Houthis", "Houthi movement", "Houthi", "Ansar Allah")),
    KnownOrganisation("Wagner Group", ("Wagner Group",)),
    KnownOrganisation("Rapid Support Forces", ("Rapid Support Forces",)),
    KnownOrganisation("M23", ("M23",)),
    KnownOrganisation(
        "Revolutionary Armed Forces of Colombia",
        ("Revolutionary Armed Forces of Colombia", "FARC"),
    ),
    KnownOrganisation("National Liberation Army", ("ELN",)),
    KnownOrganisation(
        "Jama'at Nusrat al-Islam wal-Muslimin",
        (
            "Jama'at Nusrat al-Islam wal-Muslimin",
            "Jamaat Nusrat al-Islam wal-Muslimin",
            "JNIM",
            # Its English names in wire copy.
            "Group to Support Islam and Muslims",
            "Group for the Support of Islam and Muslims",
            "Support Group for Islam and Muslims",
        ),
    ),
    KnownOrganisation(
        "Islamic State West Africa Province", ("Islamic State West Africa Province", "ISWAP")
    ),
    KnownOrganisation("Allied Democratic Forces", ("Allied Democratic Forces",)),
    KnownOrganisation("Arakan Army", ("Arakan Army",)),
    KnownOrganisation("Kachin Independence Army", ("Kachin Independence Army",)),
    KnownOrganisation(
        "Tigray People's Liberation Front", ("Tigray People's Liberation Front", "TPLF")
    ),
    KnownOrganisation(
        "Tehrik-i-Taliban Pakistan", ("Tehrik-i-Taliban Pakistan", "TTP", "Pakistani Taliban")
    ),
    KnownOrganisation("Lashkar-e-Taiba", ("Lashkar-e-Taiba",)),
    KnownOrganisation("Kataib Hezbollah", ("Kataib Hezbollah", "Kata'ib Hezbollah")),
    KnownOrganisation("Ahrar al-Sham", ("Ahrar al-Sham",)),
    KnownOrganisation("Janjaweed", ("Janjaweed",)),
)

# Seats of government that news names for the government itself ("the Kremlin said"): a body
# of the state whose country they carry. As places ("a rally outside the White House") they are
# left to the places layer.
GOVERNMENT_SEATS: tuple[KnownOrganisation, ...] = (
    KnownOrganisation("Kremlin", ("Kremlin",), "RU"),
    KnownOrganisation("White House", ("White House",), "US"),
    KnownOrganisation("Pentagon", ("Pentagon",), "US"),
    KnownOrganisation("Downing Street", ("Downing Street",), "GB"),
    KnownOrganisation(
        "Elysee Palace", ("Elysee", "Élysée", "Elysee Palace", "Élysée Palace"), "FR"
    ),
)
