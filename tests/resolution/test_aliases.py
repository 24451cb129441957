"""Canonical names: curated aliases with their source, user aliases, legal suffixes, dedupe."""

from __future__ import annotations

import tomllib
from importlib import resources

from fakes import claim

from orgwatch.resolution import Alias, AliasTable, canonical_name, canonicalize, curated_aliases


def test_every_curated_alias_has_a_source_note() -> None:
    data = tomllib.loads((resources.files("orgwatch.resolution") / "aliases.toml").read_text("utf-8"))
    assert data["alias"], "the curated table is empty"
    for entry in data["alias"]:
        assert entry["source"].strip(), entry
        assert entry["kind"] in ("person", "org"), entry
    assert len(curated_aliases().aliases) == len(data["alias"])


def test_machine_translation_garbles_resolve_to_the_real_name() -> None:
    table = curated_aliases()
    assert canonical_name("Ultraman", "person", table) == "Sam Altman"
    assert canonical_name("ultraman", "person", table) == "Sam Altman"
    assert canonical_name("Ultraman", "org", table) == "Ultraman"  # a person alias only
    assert canonical_name("Schumann", "person", table) == "Schumann"  # a real surname, no alias


def test_legal_suffixes_are_dropped_from_organizations_only() -> None:
    table = curated_aliases()
    assert canonical_name("Siemens AG", "org", table) == "Siemens"
    assert canonical_name("Microsoft Corp.", "org", table) == "Microsoft"
    assert canonical_name("Examplix, Inc.", "org", table) == "Examplix"
    assert canonical_name("Safe Superintelligence Inc.", "org", table) == "Safe Superintelligence Inc."
    assert canonical_name("Co", "org", table) == "Co"
    assert canonical_name("Anna Se", "person", table) == "Anna Se"


def test_user_aliases_override_curated_ones() -> None:
    table = curated_aliases([Alias("Ultraman", "Ultraman (hero)", "person", "test", "user")])
    assert canonical_name("Ultraman", "person", table) == "Ultraman (hero)"
    assert AliasTable().lookup("Ultraman") is None


def test_canonicalize_fixes_both_slots_and_dedupes_in_order() -> None:
    claims = [
        claim(subject="Ultraman", object="OpenAI Inc."),
        claim(subject="Sam Altman", object="OpenAI"),
        claim(type="sues", subject="Examplix GmbH", object="Beispiel AG"),
    ]
    out = canonicalize(claims, curated_aliases())
    assert [(c.type, c.subject, c.object) for c in out] == [
        ("leaves", "Sam Altman", "OpenAI"),
        ("sues", "Examplix", "Beispiel"),
    ]


def test_a_person_alias_in_the_organization_slot_drops_the_claim() -> None:
    claims = [claim(subject="Eva Roth", object="Ultraman"), claim(subject="Eva Roth", object="OpenAI")]
    assert [c.object for c in canonicalize(claims, curated_aliases())] == ["OpenAI"]
    either = curated_aliases([Alias("Nova", "Nova Labs", None, "test", "user")])
    assert [c.object for c in canonicalize([claim(object="Nova")], either)] == ["Nova Labs"]
