"""Build-time tools (not part of the installed app)."""
