"""Danish spell checking: typos found, compounds, names and abbreviations left alone."""

from __future__ import annotations

import pytest

from journal.spelling import Speller, available

pytestmark = pytest.mark.skipif(not available(), reason="no Hunspell wheel on this platform")


@pytest.fixture(scope="module")
def speller():
    return Speller()


def found(speller: Speller, text: str) -> list[str]:
    return [text[start:end] for start, end in speller.misspelt(text)]


def test_typos_are_found_and_danish_compounds_pass(speller):
    text = (
        "Vi havde en svær samtale om sygefravr og medarbejdertrivsel i borgerservise. "
        "Ledelsesgrundlaget og MED-udvalget hjalp, og beslutnignen blev taget i Næstved."
    )
    assert found(speller, text) == ["sygefravr", "borgerservise", "beslutnignen"]
    assert "sygefravær" in speller.suggest("sygefravr")
    assert speller.suggest("borgerservise")[0] == "borgerservice"


def test_abbreviations_numbers_addresses_and_markdown_links_are_left_alone(speller):
    text = "APV og LUS i uge 12b; se https://eksempel.dk/sygefravr, skriv til lis@eksempl.dk eller [her](fejlsti)."
    assert found(speller, text) == []


def test_a_word_added_is_spelt_right_from_then_on():
    speller = Speller(own_words=["Fensmarkhallen"])
    assert found(speller, "Mødet i Fensmarkhallen om Kildemarksvejn") == ["Kildemarksvejn"]
    speller.add("Kildemarksvejn")
    assert found(speller, "Mødet i Fensmarkhallen om Kildemarksvejn") == []
