"""Date mentions and their precision."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.extract.dates import dateline_date, find_dates, month_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on March 21, 2025 the", "2025-03-21"),
        ("on Feb. 3, 2024 the", "2024-02-03"),
        ("on 4 September 2023 the", "2023-09-04"),
        ("in August 2023 the", "2023-08"),
        ("in Sept. 2022 the", "2022-09"),
        ("on 2020/07/29 the", "2020-07-29"),
        ("in 2019 the", "2019"),
        ("in mid-2021 the", "2021"),
    ],
)
def test_formats(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


@pytest.mark.parametrize(
    "text", ["US$1,2020 upfront", "1.2019 mg", "2025 ASCO meeting", "12-2020 lot"]
)
def test_numbers_that_are_not_years(text: str) -> None:
    assert find_dates(text) == []


def test_day_is_not_taken_from_a_previous_year() -> None:
    assert [d.value for d in find_dates("2020 March, 2023")] == ["2020", "2023-03"]


def test_dateline_and_month() -> None:
    day = dateline_date("BOSTON, Dec. 18, 2024 -- Zentavo today announced")
    assert day == dt.date(2024, 12, 18)
    assert month_of(day) == "2024-12"


def test_digits_closing_a_product_code_are_not_a_year() -> None:
    values = [d.value for d in find_dates("QL-1901's IND was approved by the NMPA in 2021; "
                                          "AB2001 followed in mid-2022.")]
    assert values == ["2021", "2022"]
