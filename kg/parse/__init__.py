"""Parsing: articles → Universal Dependencies trees. :mod:`.stanza` runs Stanza (official or
local models), :mod:`.conllu` reads CoNLL-U input, :mod:`.cache` keeps parses beside the store,
:mod:`.tokens` is the words the extractor reads (from a Stanza Document or the cache),
:mod:`.train` and :mod:`.treebank` train small models offline.
"""
