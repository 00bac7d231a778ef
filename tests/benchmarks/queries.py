"""What the benchmark searches and filters for: the same in the store and in the window."""

from __future__ import annotations

from datetime import date

from journal.model import ReflectionFilter

SEARCHES = ("og", "økonomi", "sygefravær", "Fensmark", "møde borgere", "tillid ansvar data")


def filters() -> dict[str, ReflectionFilter]:
    """Every kind of search and filter a leader uses, by the name the table gives it."""
    return {
        **{f"search '{text}'": ReflectionFilter(text=text) for text in SEARCHES},
        "theme": ReflectionFilter(theme_ids=("styring",)),
        "criterion": ReflectionFilter(criterion_ids=("borgere.k2",)),
        "context": ReflectionFilter(context_ids=("lus",)),
        "stakeholder": ReflectionFilter(stakeholders=("politicians",)),
        "tag": ReflectionFilter(tags=("onboarding",)),
        "private": ReflectionFilter(private=True),
        "date range": ReflectionFilter(date_from=date(2023, 3, 1), date_to=date(2023, 3, 31)),
        "tag + theme + search": ReflectionFilter(text="trivsel", tags=("budget",), theme_ids=("samarbejde",)),
    }
