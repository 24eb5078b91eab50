"""Sharing one register between officers through a PostgreSQL hub, each still working offline."""
