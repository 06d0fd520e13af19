"""What kg knows, and what resolves text against it: the ontology of relations
(:mod:`.ontology`), each language's lexicon of predicates (:mod:`.lexicon`: a word → a
relation), the actor dictionary (:mod:`.actors`: a name or title → an actor, with dated terms
of office; read by :mod:`.actor_files`, keyed by :mod:`.names`) and browsing it
(:mod:`.browse`).
"""
