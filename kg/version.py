"""kg's version (one place; the package, stores and the CLI read it here)."""

__version__ = "0.1.0"
