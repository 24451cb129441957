"""Interfaces: the ways people reach orgwatch (command line now; more later)."""
