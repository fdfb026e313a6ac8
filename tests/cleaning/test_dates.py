"""Dates as pages print them, into ISO 8601 with an offset only when the page states a zone."""

from __future__ import annotations

import pytest

from generator.cleaning import dates


@pytest.mark.parametrize("text, expected", [
    ("Posted: Sep 6, 2021 1:30 AM", "2021-09-06T01:30:00"),
    ("18:01 GMT03 September 2021", "2021-09-03T18:01:00+00:00"),
    ("6. September 2021, 14:35 Uhr MESZ", "2021-09-06T14:35:00+02:00"),
    ("2021-09-06T10:00:00+04:30", "2021-09-06T10:00:00+04:30"),
    ("2021-09-06T10:00:00Z", "2021-09-06T10:00:00+00:00"),
    ("Updated 11:05 AM ET, Thu October 12, 2023", "2023-10-12T11:05:00-04:00"),
    ("Published: 09:14 EST, 3 January 2024", "2024-01-03T09:14:00-05:00"),
    ("Sunday 23 July 2023 17.10 BST", "2023-07-23"),
    ("6 de septiembre de 2021 - 13:45 CEST", "2021-09-06T13:45:00+02:00"),
    ("Publié le 6 septembre 2021 à 14h35", "2021-09-06T14:35:00"),
    ("6 сентября 2021, 10:15 MSK", "2021-09-06T10:15:00+03:00"),
    ("Aktualisiert am 14.02.2024, 07:50 Uhr", "2024-02-14T07:50:00"),
    ("24 July 2015", "2015-07-24"),
    ("Cases: 655418", None),
    ("© 1998 Example Corp", None),
])
def test_parse(text, expected):
    assert dates.parse(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Updated: Sep 6, 2021 1:30 AM", True),
    ("24 July 2015", True),
    ("The meeting on 6 September 2021 was the first since the spring, officials said.", False),
])
def test_is_date_line(text, expected):
    assert dates.is_date_line(text) is expected
