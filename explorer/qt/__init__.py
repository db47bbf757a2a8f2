"""The Qt layer: models, widgets and the one bridge to the asyncio services. Kept thin."""
