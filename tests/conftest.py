"""Shared fixtures: throwaway services (PostgreSQL, Chromium) and a store with the seeds."""

pytest_plugins = ["services", "seeded"]
