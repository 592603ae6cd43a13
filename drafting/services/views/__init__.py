"""Typed views: the shapes services return. TypedDicts, so that they serialize to JSON as they are."""
