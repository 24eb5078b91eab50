"""Fixtures of the hub tests: one real PostgreSQL per session, a fresh hub database per test."""

from pg_server import hub_db, hub_url, pg

__all__ = ["hub_db", "hub_url", "pg"]
