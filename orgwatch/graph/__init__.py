"""Graph stage: views across documents (for now, one entity's timeline)."""

from orgwatch.graph.timeline import TimelineEntry, resolve_names, timeline

__all__ = ["TimelineEntry", "resolve_names", "timeline"]
