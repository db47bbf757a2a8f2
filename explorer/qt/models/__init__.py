"""Qt item models over the catalogue and the live prices, and the text they show."""
