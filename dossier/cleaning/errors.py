"""Exceptions raised by cleaning; both are ValueErrors carrying a human reason."""

from __future__ import annotations


class NotAReleaseError(ValueError):
    """The input has no press-release body (empty, no HTML body, error page, listing...)."""


class UndecodableError(ValueError):
    """The bytes are not text (binary file) or cannot be decoded with any encoding."""
