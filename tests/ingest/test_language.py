"""Articles in other languages are refused before the English pipeline invents facts from them."""

from __future__ import annotations

import pytest

from sitrep.ingest.language import foreign_language

# Written for these tests: the same short report in several languages.
OTHER_LANGUAGES = {
    "French": "Le ministère de la Défense a déclaré samedi que deux soldats ont été tués "
    "près de la ville. L'armée a démenti cette information.",
    "Spanish": "El ministerio de Defensa dijo el sábado que dos soldados murieron cerca de la "
    "ciudad. El ejército negó la información.",
    "German": "Das Verteidigungsministerium teilte am Samstag mit, dass zwei Soldaten in der "
    "Nähe der Stadt getötet wurden. Die Armee wies den Bericht zurück.",
    "Italian": "Il ministero della Difesa ha detto sabato che due soldati sono stati uccisi "
    "vicino alla città. L'esercito ha negato la notizia.",
    "Portuguese": "O ministério da Defesa disse no sábado que dois soldados foram mortos perto "
    "da cidade. O exército negou a informação.",
    "Polish": "Ministerstwo Obrony poinformowało w sobotę, że dwóch żołnierzy zginęło w pobliżu "
    "miasta. Armia zaprzeczyła, że ostrzał był prowadzony przez jej oddziały, i nie podała "
    "strat.",
    "Hungarian": "A védelmi minisztérium szombaton közölte, hogy két katona meghalt a város "
    "közelében. A hadsereg szerint az ellenfél lőtte a falvakat, és nem volt tűzszünet.",
    "Cyrillic script": "Министерство обороны заявило в субботу, что два солдата были убиты "
    "недалеко от города. Армия опровергла это сообщение.",
    "Arabic script": "قالت وزارة الدفاع يوم السبت إن جنديين قتلا بالقرب من المدينة ونفى الجيش "
    "هذه المعلومات",
}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_other_languages_are_named(language: str) -> None:
    assert foreign_language(OTHER_LANGUAGES[language]) == f"reads as {language}"


def test_a_language_no_list_knows_is_told_by_its_lack_of_english_words() -> None:
    indonesian = (
        "Kementerian Pertahanan mengatakan pada hari Sabtu bahwa dua tentara tewas di dekat "
        "kota itu. Tentara membantah laporan tersebut dan menuduh pihak lain menembaki desa "
        "yang ada di wilayah itu."
    )
    assert foreign_language(indonesian) == "only 0 of its 29 words are common English ones"


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said on Saturday that two soldiers were killed near the town.",
        # Telegraphic English, as in a coder's note: few function words, none foreign.
        "Clashes: militants attacked an army post at El Wak, Mandera County. 2 killed, 3 "
        "injured. Attackers fled toward the border.",
        # Foreign names inside English prose.
        "The delegation led by Jean de la Tour met officials of the Comité de la Croix-Rouge "
        "and of Al Jazeera in Geneva on Monday, the ministry said.",
        "Talks in Doha",  # too short to judge
        "0\t12\t7\n4\t19\t3\n",  # no words at all
    ],
)
def test_english_and_unjudgeable_texts_pass(text: str) -> None:
    assert foreign_language(text) is None
