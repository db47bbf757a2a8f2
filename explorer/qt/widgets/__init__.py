"""Widgets: driven through methods, talking back through intent signals; they never see the app."""
