"""What the window asks of the network, Qt-free: the services built once off the UI thread
(:class:`~explorer.live.services.Services`), the watchlist and compare fetches on top of the one
batch fetch (``MarketClient.fetch_many``), logos, and named tasks that cancel their predecessor
(:class:`~explorer.live.tasks.NamedTasks`). The Qt bridge only schedules these and re-emits
what they deliver as typed signals."""
