"""Exchange Explorer: a desktop explorer of the world's crypto exchanges."""

__version__ = "0.1.0"
# One name on every request the app makes (market data and logos alike).
USER_AGENT = f"exchange-explorer/{__version__}"
