"""npmward: protects organisations from malicious and vulnerable npm packages."""

__version__ = "0.1.0"
