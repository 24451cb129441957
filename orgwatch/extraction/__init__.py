"""Extraction stage: analysed documents -> claims with evidence."""

from orgwatch.extraction.base import Extractor
from orgwatch.extraction.consolidate import consolidate
from orgwatch.extraction.rules import RuleExtractor


def default_extractor() -> Extractor:
    """The rule-based extractor: no model, every language with a data file."""
    return RuleExtractor()


__all__ = ["Extractor", "RuleExtractor", "consolidate", "default_extractor"]
