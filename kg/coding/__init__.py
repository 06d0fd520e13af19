"""Event coding with PETRARCH dictionaries on UD trees: actors and agents
(:mod:`kg.coding.sentence`), verb patterns (:mod:`kg.coding.patterns`) and the coder
(:mod:`kg.coding.coder`)."""
