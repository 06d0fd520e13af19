"""Who does a verb's act: its subject words, read past the ways small parsers hang them.

A subject-less ``xcomp`` or ``conj`` takes its governor's; a present participle after a
comma, with no subject of its own, its governor's unless the governor is passive ("Israeli
troops raided the town, *arresting* five Palestinians"; not a participle of what the act
brought about: "shelled the town, *killing* four"); neither participle takes it across a
relative clause ("took protesters *who* were blocking streets, *demanding* ...": theirs, left
unread); a verb with none takes a noun before it that a parser hung as an oblique with no
preposition; a sentence's first verb hung inside the noun phrase a parser rooted the sentence
on takes that phrase ("UN Secretary General Antonio Guterres on Wednesday *appealed* for ..."),
and one hung on a subject's noun before it takes that noun ("Russia, on Friday morning,
*launched* six missiles ..., the Ukrainian armed forces said");
a name right before an "and" that opens the subject is part of it, wherever the parser hung it
("said *Morocco* and Algeria have agreed").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.coding.sentence import Unit, conjuncts
from kg.coding.targets import after_being, aimed_at, results
from kg.coding.tree import Sentence

__all__ = ["CONSEQUENCES", "DECISIONS", "SUBJECT_CUT", "decision_owner", "subject", "units_under"]

#: relations cut when the actors of a subject are read
SUBJECT_CUT = frozenset({"acl", "appos", "ccomp", "parataxis", "advcl", "punct"})


def subject(sent: Sentence, v: int, depth: int = 0) -> tuple[list[int], bool]:
    """The subject words of ``v`` (the subject and its conjuncts) and whether ``v`` is
    passive (a passive auxiliary: a parser's ``nsubj:pass`` under "has detained" is read as
    the subject it is); a subject-less ``xcomp``/``conj`` takes its governor's, an infinitive
    on a predicate noun the noun's ("Bolivia was the first country *to cut* ties"); a verb
    with none takes a noun before it that a parser hung as an oblique with no preposition; a
    name "and" joins to the front of the subject is one (:func:`_split_before`)."""
    subj = sent.children(v, "nsubj", "csubj", "nsubj:pass", "nsubjpass")
    subj = [k for k in subj if k not in results(sent, v)]  # "shot *dead* by": no subject
    passive = bool(sent.children(v, "aux:pass", "auxpass")) or after_being(sent, v)
    clauses = sent.children(v, "ccomp")
    # "X said Y had opened fire" parsed with Y as a second subject of "said": Y is the clause's
    subj = [k for k in subj if not (k > v and any(k < c for c in clauses))]
    if subj:
        return subj + _stray_conjuncts(sent, v, subj) + _split_before(sent, subj), passive
    if (decider := decision_owner(sent, v)) is not None:
        return decider, passive
    w = sent[v]
    if w.upos == "NOUN":  # a verb the tagger called a noun: "Blinken spoke" as a compound
        before = [k for k in sent.children(v, "compound") if k < v]
        if before:
            return before, passive
    if w.base == "ccomp" and w.head:
        split = [k for k in sent.children(w.head, "nsubj") if w.head < k < v]
        if split:
            return split, passive
    if depth < 3 and w.base in ("xcomp", "conj") and w.head:
        if w.base == "conj" and w.text.lower().endswith("ing") and _after_relative(sent, w.head, v):
            return [], passive  # "took protesters *who* were blocking streets, *demanding*"
        return subject(sent, w.head, depth + 1)[0], passive or _joined_passive(sent, v)
    # "raided the town, *arresting* five"; "made arrests *after clashing* with protesters";
    # "signed seven agreements *after holding* talks", hung on "agreements": the verb's doer
    governor = w.head if _trailing_participle(sent, v) or _led_participle(sent, v) else 0
    if _led_participle(sent, v, "acl"):
        governor = w.head
        while governor and sent[governor].upos != "VERB":
            governor = sent[governor].head
    if depth < 3 and governor:
        subj, head_passive = subject(sent, governor, depth + 1)
        return ([] if head_passive else subj), passive
    bare = [
        k for k in sent.children(v, "obl", "nmod")
        if k < v and not sent.case_of(k) and sent[k].upos in ("NOUN", "PROPN")
    ]  # fmt: skip
    if bare and w.base in ("root", "conj") and w.upos == "VERB":
        # "Colombia's second largest rebel group, the ELN, has released ...", the subject
        # hung as an oblique with no preposition
        return bare[:1], passive
    if depth < 3 and w.base == "acl" and w.head and sent.children(v, "mark"):
        return sent.children(w.head, "nsubj"), passive
    if depth == 0 and (root := _lost_main_verb(sent, v)):
        return [root], passive
    if depth == 0 and (noun := _hung_on_subject(sent, v)):
        return [noun], passive
    return [], passive


#: nouns of a decision taken: the infinitive after them is their owner's act ("Kenya's
#: decision *to expel* the ambassador", "the move by Kenya *to expel* ...")
DECISIONS = frozenset({"decision", "move"})


def decision_owner(sent: Sentence, v: int) -> list[int] | None:
    """The owner (possessor, or "by" phrase) of a decision noun that infinitive ``v`` follows,
    hung on the noun or, as small parsers do, on the verb the noun is the object of ("condemned
    the government's decision *to expel* ..."); None where ``v`` follows no such noun."""
    w = sent[v]
    if not w.head or not any(sent[k].text.lower() == "to" for k in sent.children(v, "mark")):
        return None
    noun = w.head if w.base == "acl" else next(
        (k for k in sent.children(w.head, "obj") if k < v), 0
    ) if w.base in ("advcl", "xcomp") else 0  # fmt: skip
    if not noun or sent[noun].text.lower() not in DECISIONS or v - noun > 2:
        return None
    owner = sent.children(noun, "nmod:poss")
    owner += [k for k in sent.children(noun, "nmod") if sent.case_of(k) == "by" and k < v]
    return owner or None


def _hung_on_subject(sent: Sentence, v: int) -> int:
    """The noun before ``v`` that a parser hung verb ``v`` on, where that noun is a subject
    (or the root) and ``v`` has no subject, mark, passive or "by" phrase of its own and no
    verb stands between them ("Russia, on Friday morning, *launched* six missiles ..., the
    Ukrainian armed forces said" with "launched" a parataxis of "Russia"); else 0."""
    w = sent[v]
    h = w.head
    if w.upos != "VERB" or w.base not in LOST_AS | {"amod"} or not h or h > v:
        return 0
    if sent[h].upos not in ("NOUN", "PROPN") or sent[h].base not in ("nsubj", "root", "conj"):
        return 0
    if sent.children(v, "mark", "aux:pass", "auxpass") or w.text.lower().endswith("ing"):
        return 0
    if any(sent.case_of(k) == "by" for k in sent.children(v, "obl")):
        return 0
    if any(sent[k].upos in ("VERB", "AUX") for k in range(h + 1, v) if k in sent.words):
        return 0
    return h


#: relations a small parser gives a sentence's main verb when it roots the sentence on the
#: subject's noun ("Colombian President Gustavo Petro on Wednesday *called* on ...")
LOST_AS = frozenset({"acl", "parataxis", "appos", "nmod", "conj"})


def _lost_main_verb(sent: Sentence, v: int) -> int:
    """The root of a sentence a parser rooted on a noun before ``v``, where ``v`` is the
    sentence's first verb hung inside that noun's phrase with no mark, auxiliary of the
    passive, "by" phrase or subject of its own, and not a present participle: that noun's
    phrase is who does it ("Hakim Benchamach, President of the Moroccan House of
    Councillors, *received* ..."); else 0."""
    w = sent[v]
    roots = sent.children(0)
    if w.upos != "VERB" or w.base not in LOST_AS or len(roots) != 1:
        return 0
    root = roots[0]
    if sent[root].upos not in ("NOUN", "PROPN") or not root < v:
        return 0
    if sent.children(v, "mark", "aux:pass", "auxpass") or w.text.lower().endswith("ing"):
        return 0
    if any(sent.case_of(k) == "by" for k in sent.children(v, "obl")):
        return 0  # a participle with its doer: "Norland's envoy, *invited* by Veltria, ..."
    if any(sent[k].upos in ("VERB", "AUX") for k in sent.ids if k < v):
        return 0
    j, seen = w.head, set()
    while j and j not in seen:  # v hangs under the root
        seen.add(j)
        j = sent[j].head
    return root if j == 0 and root in seen else 0


#: participles of what an act brought about, not a second act of its doer's ("shelled the
#: town, *killing* four", "carried out a swap, *leading* to the release of ...")
CONSEQUENCES = frozenset({
    "kill", "wound", "injure", "destroy", "damage", "leave", "lead", "end", "bring", "prompt",
    "cause", "force", "result", "spark", "trigger", "step", "raise", "mark", "make", "hit",
})  # fmt: skip


#: relative pronouns: a relative clause between a participle and its governor has the doer
RELATIVE = frozenset({"who", "which", "that"})


def _trailing_participle(sent: Sentence, v: int) -> bool:
    """``v`` is a present participle after a comma that follows its governing verb, with no
    subject or mark of its own ("Israeli troops raided the town, *arresting* five
    Palestinians"): the governor's doer does it (not a passive governor's: "five were killed,
    *prompting* ...")."""
    w = sent[v]
    prev = sent.words.get(v - 1)
    return (
        w.base == "advcl"
        and bool(w.head)
        and w.head < v
        and w.text.lower().endswith("ing")
        and w.upos == "VERB"
        and w.lemma.lower() not in CONSEQUENCES
        and prev is not None
        and prev.text == ","
        and not sent.children(v, "mark")
        and not _after_relative(sent, w.head, v)
    )


#: subordinators right before a present participle whose doer is its governor's subject
#: ("made arrests *after clashing* with protesters"); not "on" ("talks *on extending* a truce"),
#: nor "without" ("signed an agreement *without meeting* face to face")
PARTICIPLE_MARKS = frozenset({
    "after", "before", "while", "when", "since", "upon", "by", "despite",
})  # fmt: skip


def _led_participle(sent: Sentence, v: int, base: str = "advcl") -> bool:
    """``v`` is a present participle (an ``advcl``, or with ``base`` "acl" one a parser hung on
    a noun; not "being": "before *being* removed by police") right after a subordinator of
    :data:`PARTICIPLE_MARKS` ("without" negates), with no subject of its own: its governor's
    doer does it, as English has it ("Police made arrests after clashing with protesters",
    "shuttered the party's offices, a day after arresting its leader")."""
    w = sent[v]
    return (
        w.base == base
        and bool(w.head)
        and w.text.lower().endswith("ing")
        and w.upos == "VERB"
        and w.lemma.lower() != "be"
        and any(
            sent[k].text.lower() in PARTICIPLE_MARKS and k == v - 1
            for k in sent.children(v, "mark")
        )
    )


def _after_relative(sent: Sentence, head: int, v: int) -> bool:
    """A relative clause ("protesters *who* were blocking streets") stands between verb
    ``v`` and its governor ``head``: the participle after it may be the clause's doer's."""
    return any(
        k in sent.words and sent[k].text.lower() in RELATIVE and sent[k].base == "nsubj"
        for k in range(head + 1, v)
    )


def _split_before(sent: Sentence, subj: list[int]) -> list[int]:
    """A name right before "and" (and a determiner) that opens the subject, hung elsewhere by
    the parser, and the names of a comma list before it: "said *Morocco* and Algeria have
    agreed" with "Morocco" the object of "said", "after *Pakistan* and Afghanistan traded
    fire" with "Pakistan" in a phrase of "after"."""
    inside = {j for k in subj for j in sent.subtree(k)}
    k = sent.ids.index(min(j for j in inside if sent[j].base not in ("cc", "punct")))
    if k >= 1 and sent[sent.ids[k - 1]].upos == "DET":
        k -= 1
    if k < 2 or sent.low[k - 1] != "and":
        return []
    out, k = [], k - 2
    while k >= 0 and sent[sent.ids[k]].upos == "PROPN" and sent.ids[k] not in inside:
        out.append(sent.ids[k])  # "the leaders of *Egypt, Jordan* and the Palestinian
        while k > 0 and sent[sent.ids[k - 1]].upos == "PROPN":  # Authority met": a list
            k -= 1
        if k < 2 or sent.low[k - 1] != ",":
            break
        k -= 2
    return out


def _stray_conjuncts(sent: Sentence, v: int, subj: list[int]) -> list[int]:
    """Words a parser hung on verb ``v`` between its subject and itself that an "and" right
    after the subject joins to it: "Australia *and neighbouring Papua New Guinea* have signed"
    with "neighbouring" made a clause of its own."""
    end = max(j for k in subj for j in sent.subtree(k))
    return [
        k for k in sent.children(v)
        if end < k < v and k not in subj and sent[k].base not in ("conj", "punct")
        and any(c == end + 1 and sent[c].text.lower() in ("and", "or")
                for c in sent.children(k, "cc"))
    ]  # fmt: skip


def units_under(sent: Sentence, roots: Sequence[int], units: list[Unit]) -> list[Unit]:
    """The units of the phrases ``roots``: those on the phrase's own words, else every
    unit inside it (the first phrase that has one)."""
    out: list[Unit] = []
    for r in roots:
        heads = {r, *(k for k in conjuncts(sent, r))}
        top = [u for u in units if u.head in heads or (u.words & heads)]
        if not top:
            for h in sorted(heads):
                inside = sent.subtree(h, SUBJECT_CUT) - aimed_at(sent, h)
                top += [u for u in units if u.head in inside and u not in top]
        if not top:  # "Junichi Ihara, head of Japan's foreign ministry, ...": a name no
            # dictionary knows is who its apposition says
            for h in sorted(k for k in heads if sent[k].upos == "PROPN"):
                for a in sent.children(h, "appos"):
                    inside = sent.subtree(a, SUBJECT_CUT)
                    top += [u for u in units if u.head in inside and u not in top][:1]
        out += [u for u in top if u not in out]
    # (a conjunct may hang on a part of a name the unit does not cover: "Armenia's Foreign
    # Minister Zohrab | Mnatsakanyan and his Azeri counterpart")
    named = {k for u in out for w in (u.head, *u.words) for k in (w, *sent.children(w, "flat"))}
    partners = {c for w in named for c in conjuncts(sent, w)}
    # "Mordor, the awful Arnor, and Gondor": in a list, another actor hung as an apposition
    # is one more member (an apposition of a lone name is kept out: "Russia, the neighbour")
    partners |= {k for u in out if conjuncts(sent, u.head) for k in sent.children(u.head, "appos")}
    codes = {o.code for o in out}
    out += [u for u in units if u not in out and u.head in partners and u.code not in codes]
    return out


def _joined_passive(sent: Sentence, v: int) -> bool:
    """A participle with a "by" phrase and no object, joined to a passive or to a participle
    after "be" ("were shot and *killed* by members of the Defence Force"): passive too."""
    w, head = sent[v], sent[v].head
    if w.base != "conj" or not w.participle or not head or sent.children(v, "obj"):
        return False
    be = bool(sent.children(head, "aux:pass", "auxpass")) or (
        sent[head].participle
        and any(sent[k].lemma.lower() == "be" for k in sent.children(head, "cop", "aux"))
    )
    return be and any(sent.case_of(k) == "by" for k in sent.children(v, "obl", "nmod", "obl:agent"))
