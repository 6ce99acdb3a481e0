"""The tool's version: written into every edition's appInfo."""

__version__ = "0.1.0"
