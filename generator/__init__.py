"""Briefing archive: compare how outlets reported one event, publish it as a static site."""

__version__ = "0.1.0"
