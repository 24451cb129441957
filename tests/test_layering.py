"""No pipeline stage imports a later one: model/errors/lang -> sources -> analysis ->
extraction -> resolution -> store -> graph -> pipeline -> interfaces."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "orgwatch"
STAGES = [
    ("orgwatch.model", "orgwatch.errors", "orgwatch.lang"),
    ("orgwatch.sources",),
    ("orgwatch.analysis",),
    ("orgwatch.extraction",),
    ("orgwatch.resolution",),
    ("orgwatch.store",),
    ("orgwatch.graph",),
    ("orgwatch.pipeline", "orgwatch.evaluation"),
    ("orgwatch.interfaces",),
]
TOP = len(STAGES)  # the package itself (``import orgwatch``) re-exports every stage


def stage(module: str) -> int:
    if module == "orgwatch":
        return TOP
    for rank, prefixes in enumerate(STAGES):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{module} belongs to no stage: add it to STAGES")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, module: str, is_package: bool) -> set[str]:
    """Every orgwatch module imported anywhere in ``source`` (function bodies included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" != base)
    return {m for m in found if m == "orgwatch" or m.startswith("orgwatch.")}


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    own = stage(module)
    return [
        f"{module} (stage {own}) imports {imported} (stage {stage(imported)})"
        for imported in sorted(imports(source, module, is_package))
        if _known(imported) and stage(imported) > own
    ]


def _known(module: str) -> bool:
    """Names like ``orgwatch.store.Store`` (a class imported from a package) count as the package."""
    try:
        stage(module)
    except AssertionError:
        return False
    return True


def test_no_stage_imports_a_later_stage() -> None:
    found = []
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        module = module_name(path)
        if module == "orgwatch":
            continue  # the package's __init__ is the public API: it may re-export everything
        found += violations(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
    assert found == []


def test_the_check_catches_forward_imports() -> None:
    assert violations("from orgwatch.store import Store", "orgwatch.sources.walk")
    assert violations("import orgwatch.pipeline", "orgwatch.graph.timeline")
    assert violations("from ..interfaces import cli", "orgwatch.store.store")
    assert violations("from orgwatch import Store", "orgwatch.resolution.aliases")
    assert violations("def f():\n    from orgwatch.graph import timeline", "orgwatch.store.store")
    assert not violations("from orgwatch.model import Claim\nimport json", "orgwatch.sources.walk")
    assert not violations("from . import core", "orgwatch.interfaces.cli", is_package=True)
