"""drafting: write laws together."""

__version__ = "0.1.0"
