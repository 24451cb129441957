"""The REST API over the store (FastAPI); ``orgwatch serve`` runs it with the web pages."""

from orgwatch.interfaces.api.app import create_app

__all__ = ["create_app"]
