"""The package version (part of every build's cache key)."""

__version__ = "0.1.0"
