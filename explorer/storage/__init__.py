"""Everything the app keeps on disk goes through here (plain Python, no Qt).

:mod:`.files`: bounded, defensive reads (regular files only, under a size cap, never blocking on
a FIFO or a device); atomic writes; corrupt files set aside; temporary files of killed writers
removed.
"""
