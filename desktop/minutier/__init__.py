"""Minutier: an offline register of a committee's meetings, decisions, initiatives and actions."""

__version__ = "0.1.0"
