"""Graph stage: canonical entities, stories and merged facts across documents, and their views."""

from orgwatch.graph.knowledge import (
    AliasChange,
    alias_add,
    alias_remove,
    aliases,
    facts_about,
    merged_facts,
    refresh,
    reports,
    stories,
)
from orgwatch.graph.timeline import TimelineEntry, resolve_names, timeline
from orgwatch.graph.views import EntityView, alerts, entity, flows

__all__ = [
    "AliasChange",
    "EntityView",
    "TimelineEntry",
    "alerts",
    "alias_add",
    "alias_remove",
    "aliases",
    "entity",
    "facts_about",
    "flows",
    "merged_facts",
    "refresh",
    "reports",
    "resolve_names",
    "stories",
    "timeline",
]
