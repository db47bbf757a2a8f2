"""Exchange Explorer: a desktop explorer of the world's crypto exchanges."""

__version__ = "0.1.0"
