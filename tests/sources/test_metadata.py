from __future__ import annotations

import pytest

from orgwatch.sources.metadata import iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-03-02T03:56:13.041Z", "2016-03-02"),
        ("1987-10-19T13:30:41", "1987-10-19"),
        ("2024-08", "2024-08"),
        ("2024", "2024"),
        ("2024-13-01", None),
        ("02.03.2016", None),
        (None, None),
        (20240802, None),
    ],
)
def test_iso_date_keeps_the_precision_given(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected
