"""Modality as the event-data field codes it, applied to the verbs the dictionary read.

A verb under another verb (``xcomp``: "urged Bree *to help*", ``ccomp``: "said Y *attacked*
Z") is read with its governor:

* **request**: want/ask/urge/pressure/call on X *to do Y* is an appeal (02x) by the
  governor's subject to X (what a state orders its own organs to do, it does: "ordered troops to
  withdraw from X" is the withdrawal); the kind of appeal follows Y (help → 023 aid, meet → 026,
  yield → 025, withdraw or exercise restraint → 0256 ...); Y itself is not an event; so is
  asking or demanding *that X do Y* (a demand the dictionary codes 10x becomes the 10x of Y:
  "demanded that Norland withdraw", 1056);
* **threat**: "wants to attack", "threatened to strike" is 138 (threaten with military force);
  so is force its doer says it will use ("will attack Y", "would strike back", "will respond
  forcefully to Y", "will retaliate"), made now, beside the act to come (future);
* **demand**: what a verb of demanding asks for is a demand (10x), whatever appeal (02x) a
  dictionary pattern gives ("DEMAND * WITHDRAW [025]");
* **intent**: pledged/promised/agreed/offered *to* cooperate, or promised *aid*, is intent
  (03x after the kind of cooperation: 036 meet, 033 aid ...); "vowed retaliation" a threat
  (138); pledged *to expel* is the act (174), as coders code it, and so is agreed *to stop
  fighting* (0871: a ceasefire agreed is declared); agreed *to* an act no dictionary codes
  ("agreed to accelerate work on a peace treaty") an intent to cooperate (030), not AGREE's
  bare 050; "met Y for talks" that
  took place is a meeting (040), not the dictionary's intent to meet (036);
* **complaint**: dissent (140, "protests") by a state or its government at another is an
  official complaint (114), as CAMEO's codebook says;
* **repression**: force (18x, 19x) done one way by a state or its security organs on its own
  protesters or opposition is violent repression (175: "police opened fire on protesters";
  :func:`kg.coding.pairs.pairs` applies it, for the word-order reading too);
* **hosting**: a guest a state *hosted* came on a visit (042 beside the host's 043), as one
  "received" in a sentence that names a visit did;
* **joint drills**: a show of force (15x) by two or more actors at no one is their military
  cooperation (062: "U.S. and Philippine forces began military exercises");
* **negation**: a negated act of cooperation is its rejection (12x: "would not provide
  support" → 122), any other negated verb codes nothing;
* **reported speech**: "X said Y attacked Z" is X accusing Y (112) and Y→Z attack, reported;
  "X said X attacked Z" is the attack alone (no claim of responsibility, 015, beside it),
  "X said it would attack Z" a threat (138);
* **denial**: denying doing Y is a denial (016) aimed at Y's target, and Y no act (nor
  is what a claim says: "rejected allegations *that* Russia is pushing migrants", see
  :func:`kg.coding.speech.claimed`);
  refusing, declining or failing to do Y is its rejection (12x: "refused to send tanks",
  122); preparing or planning to attack is a threat (138);
* a verb of phase ("managed to", "began", "continued") is the act it governs, and so is a
  purpose aimed at someone when the governor's own code names no one ("approved a
  resolution to set up an investigation into X");
* a verb under a governor that already made an event adds nothing (the dictionary's pattern
  for the governor has read the whole phrase).

Each event carries a factuality: ``asserted``, ``reported`` (under a verb of saying),
``future`` (will/shall/would, may/might/could/should/must, "is set/expected/scheduled/due
to", or under "if"/"unless").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from kg.coding.crowds import crowd_code
from kg.coding.nominal import FIGHT_NOUNS
from kg.coding.pairs import directed, pairs, partnered, reciprocal, side, unilateral, visiting
from kg.coding.reading import DENY, INTENT, READY, REFUSE, REQUEST, SAY, WANT, Reading
from kg.coding.requests import expulsion
from kg.coding.sentence import Sentence, Unit
from kg.coding.speech import claimed, speech_verbs
from kg.coding.subjects import decision_owner
from kg.coding.targets import opened_by

__all__ = ["apply_modality"]

FUTURE = frozenset({"will", "shall", "would", "'ll"})
#: auxiliaries of what may or should be, not what is: "the EU may impose sanctions"
MAYBE = frozenset({"may", "might", "could", "should", "must"})
#: words whose infinitive is an act still to come: "is set to visit", "is expected to meet"
SCHEDULED = frozenset({"set", "expect", "expected", "schedule", "scheduled", "due", "slate",
                       "slated", "likely", "poise", "poised"})  # fmt: skip

#: the marks of a condition: "threatened to open fire *if* Y allows the flights" has Y allow
#: nothing yet
CONDITION = frozenset({"if", "unless"})

#: a request for an act of root R (the first two digits) is appeal code APPEAL[R]
#: verbs of demanding: what they ask for is a demand (10x), not an appeal (02x), whatever a
#: dictionary's pattern ("DEMAND * WITHDRAW [025]")
DEMANDS = frozenset({"demand", "insist"})
APPEAL = {"03": "020", "04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
#: an intent to an act of root R
INTENT_CODE = {"01": "030", "02": "030", "04": "036", "05": "032", "06": "031", "07": "033",
               "08": "035"}  # fmt: skip
#: the rejection of an act of root R
REJECT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
ATTACK = frozenset({"18", "19", "20"})

#: verbs of the phase of an act, whose own dictionary code is not the event ("managed to
#: seize the towns", "has begun withdrawing", "continued shelling the city")
ASPECT = frozenset({"manage", "continue", "begin", "start", "resume", "keep"})
#: nouns of acts, by CAMEO root, that a verb of intent can take as its object ("promised
#: aid", "pledged talks", "vowed retaliation": a threat)
NOMINAL_ACTS = {
    "aid": "07", "assistance": "07", "help": "07", "relief": "07", "talks": "04",
    "negotiations": "04", "dialogue": "04", "visit": "04", "meeting": "04",
    "cooperation": "06", "investment": "06", "raid": "19", "attack": "19", "strike": "19",
    "war": "19", "retaliation": "19", "revenge": "19", "vengeance": "19",
}  # fmt: skip


#: premises that prosecutors or police raid or search in an investigation (091)
PREMISES = frozenset({"home", "house", "office", "headquarters", "premises", "residence"})


def _root(code: str) -> str:
    return code.split(":")[0][:2]


def _lemma(sent: Sentence, v: int) -> str:
    return sent[v].lemma.lower()


def _official(u: Unit) -> bool:
    """A state itself or its government (``VNM``, ``VNMGOV``), not its people."""
    return not u.code.startswith("---") and (len(u.code) == 3 or u.code[3:6] == "GOV")


def _appeal(code: str) -> str:
    """The appeal (02x) for an act of ``code``: to de-escalate or withdraw (087x) is 0256,
    as CAMEO codes "urged X to exercise restraint" and "called on X to withdraw its forces"."""
    return "0256" if code.startswith("087") else APPEAL.get(_root(code), "020")


def _asks(sent: Sentence, v: int) -> bool:
    """Whether ``v`` is a verb of asking or demanding (not one of saying, as "tell" is too),
    whose clause is what it asks for, not an act done."""
    return _lemma(sent, v) in REQUEST and _lemma(sent, v) not in SAY


def _content(sent: Sentence, v: int) -> bool:
    """``v`` is the content clause of its governor: a ``ccomp``, or a clause opened by "that"
    a parser hung as an adverbial ("demanded *that France withdraw* its troops")."""
    w = sent[v]
    return w.base == "ccomp" or (
        w.base == "advcl" and any(sent[k].text.lower() == "that" for k in sent.children(v, "mark"))
    )


def _has_object(sent: Sentence, v: int) -> bool:
    """Whether ``v`` has a direct object other than "each other" or a fight ("fought a fierce
    battle": with each other)."""
    return any(
        sent[k].lemma.lower() not in ("each", "other", "another", *FIGHT_NOUNS)
        for k in sent.children(v, "obj", "dobj")
    )


def _alternatives(sent: Sentence, units: list[Unit]) -> bool:
    """An "or" stands between the first and the last of ``units`` ("X or Y attacked")."""
    spans = sorted((min(u.words), max(u.words)) for u in units if u.words)
    return len(spans) > 1 and any(
        sent.words[i].text.lower() in ("or", "nor")
        for i in range(spans[0][1] + 1, spans[-1][0])
        if i in sent.words
    )


#: verbs of hitting back, and the manners that make a response one of force
RETALIATE = frozenset({"retaliate", "avenge"})
BACK = frozenset({"strike", "hit", "fight"})
FORCEFULLY = frozenset({
    "forcefully", "militarily", "decisively", "harshly", "firmly", "resolutely", "strongly",
    "force", "weapons", "missiles",
})  # fmt: skip


def _threat(sent: Sentence, v: int, code: str) -> bool:
    """``v`` is force its doer says it will use, not yet used, on no condition of its own:
    "will attack", "would strike back", "will respond forcefully", "will retaliate" (a threat,
    138). "if Y attacked" is the condition, no threat; "is expected to attack" a forecast."""
    if _conditional(sent, v) or not any(
        sent[k].text.lower() in FUTURE for k in sent.children(v, "aux")
    ):
        return False
    w = sent[v]
    if w.base == "xcomp" and w.head and _lemma(sent, w.head) in SCHEDULED:
        return False
    lemma = _lemma(sent, v)
    if _root(code) in ATTACK or lemma in RETALIATE:
        return True
    back = any(sent[k].text.lower() == "back" for k in sent.children(v, "advmod", "compound:prt"))
    manner = {
        sent[j].text.lower() for k in sent.children(v, "advmod", "obl") for j in sent.subtree(k)
    }
    return (lemma in BACK and back) or (lemma == "respond" and bool(manner & FORCEFULLY))


def _conditional(sent: Sentence, v: int) -> bool:
    return any(sent[k].text.lower() in CONDITION for k in sent.children(v, "mark"))


def _future(sent: Sentence, v: int) -> bool:
    """``v`` has not happened: "will attack", or a condition ("if Y attacks")."""
    w = sent[v]
    if w.base == "xcomp" and w.head and _lemma(sent, w.head) in SCHEDULED:
        return True  # "Blinken is set to visit China"
    return _conditional(sent, v) or any(
        sent[k].text.lower() in FUTURE | MAYBE for k in sent.children(v, "aux")
    )


def _agreed_to_do(sent: Sentence, v: int) -> bool:
    """``v`` governs an infinitive whose act the dictionary does not code (or codes nothing
    more than cooperation)."""
    return any(_infinitive(sent, k) and sent[k].upos == "VERB" for k in sent.kids.get(v, []))


#: verbs of commanding: what a state commands its own organs to do, it does
COMMAND = frozenset({"order", "instruct", "direct", "command"})


def _own(objects: list[Unit], sources: list[Unit]) -> bool:
    """Every object is an organ of a source's state ("Shoigu ordered *troops* to withdraw")."""
    states = {u.state[:3] for u in sources if u.state}
    return bool(states) and all(u.state[:3] in states and len(u.code) > 3 for u in objects)


def _infinitive(sent: Sentence, v: int) -> bool:
    """``v`` is a governed infinitive: an ``xcomp``, or a subject-less ``advcl`` with "to"
    (a parser's reading of "urged X to help"), but not one of a decision's owner."""
    w = sent[v]
    if decision_owner(sent, v) is not None:
        return False  # "criticized Kenya's decision *to expel* X": Kenya's act, not the critic's
    if w.base == "xcomp":
        return True
    return (
        w.base == "advcl"
        and not sent.children(v, "nsubj", "nsubj:pass")
        and any(sent[k].text.lower() == "to" for k in sent.children(v, "mark"))
    )


def _object_units(sent: Sentence, v: int, r: Reading) -> list[Unit]:
    objs = set(sent.children(v, "obj", "dobj", "iobj"))
    on = [u for u in r.targets if u.head in objs or u.words & objs]
    return on or r.targets


def apply_modality(
    sent: Sentence, readings: Mapping[int, Reading]
) -> Iterator[tuple[Reading, str, str, str, str]]:
    """(reading, source, target, code, factuality) of every event of the sentence."""
    visits = visiting(sent)
    for v in sorted(readings):
        r = readings[v]
        w = sent[v]
        if _infinitive(sent, v) and w.head in readings:
            continue  # read with its governor below
        if _content(sent, v) and w.head in readings and _asks(sent, w.head):
            continue  # "demanded that Ukraine withdraw": asked for, read with its governor
        if (_content(sent, v) and w.head and _lemma(sent, w.head) in DENY) or claimed(sent, v):
            continue  # "Russia denied that its forces had attacked X": not done, as said
        says = speech_verbs(sent, v)  # "Y said (that) X ...", "X ..., Y said"
        fact = "future" if _future(sent, v) else "reported" if says else "asserted"
        code = r.code
        sources, targets = r.sources, r.targets
        inner = [
            readings[k] for k in sent.kids.get(v, []) if k in readings and _infinitive(sent, k)
        ]
        lemma = _lemma(sent, v)
        scheduled = bool(inner) and (lemma in SCHEDULED or w.text.lower() in SCHEDULED)
        if scheduled:
            fact = "future"  # "is set to visit China", read with its governor "set"
        for x in inner:
            if not x.code or x.negated:
                continue
            xr = _root(x.code)
            obj = _object_units(sent, v, r) if sent.children(v, "obj", "dobj", "iobj") else []
            if lemma in COMMAND and obj and _own(obj, sources) and x.targets:
                code, targets = x.code, x.targets  # "ordered troops to withdraw from X": the act
            elif lemma in REQUEST and obj:
                if not r.pattern or _root(code) in ("", "02"):
                    code = _appeal(x.code)
                targets = obj
            elif lemma in ASPECT or scheduled:
                # "managed to seize", "continued shelling": the act; "is expected to sign a
                # pact with X": the act to come, not a pattern of EXPECT's own
                code, targets, sources = x.code, x.targets, sources or x.sources
            elif lemma in WANT and not obj and xr in ATTACK:
                code, targets = "138", x.targets
            elif lemma in REFUSE:  # "Germany refused to send tanks": a rejection
                code, targets = REJECT.get(xr, ""), x.targets
            elif lemma in INTENT and not obj:
                if lemma == "agree" and x.code.startswith("0871"):
                    code, targets = x.code, x.targets  # a ceasefire agreed is declared
                elif xr in INTENT_CODE and (not code or not r.pattern):
                    code, targets = INTENT_CODE[xr], x.targets
                elif xr in ATTACK:  # "is preparing to attack Lebanon": a threat of force
                    code, targets = "138", x.targets
                elif xr not in INTENT_CODE and xr != "03":
                    code, targets = x.code, x.targets  # "pledged to expel": the act
            elif lemma in DENY:  # "Iran denied supplying drones to Russia": a denial
                code, targets = (code if r.pattern else "016"), targets or x.targets
            elif not code or (not targets and x.targets and not r.pattern and len(sources) < 2):
                # "approved a resolution to set up an investigation into X": the act aimed
                # at someone is the purpose, when the governor's own code names no one
                code, targets = x.code, x.targets
                sources = sources or x.sources
        if lemma in REQUEST | COMMAND and not r.pattern and (out := expulsion(sent, v, targets)):
            code = out  # "ordered an Indian official to leave the country": an expulsion
        if lemma == "agree" and not r.pattern and _root(code) == "05" and _agreed_to_do(sent, v):
            code = "030"  # "agreed to accelerate work on a peace treaty": an intent, no act
        asked = [readings[k] for k in sent.kids.get(v, []) if k in readings and _content(sent, k)]
        for x in asked if _asks(sent, v) else []:  # "demanded that Ukraine withdraw"
            if x.code and not x.negated and x.sources:
                appeal = _appeal(x.code)
                if _root(code) == "10":  # a demand: 10x as the appeal's 02x, unless a
                    code = "10" + appeal[2:] if code == "100" else code  # pattern gave one
                elif not r.pattern or _root(code) in ("", "02"):
                    code = appeal
                targets = x.sources
        for x in asked if lemma in DENY and not r.pattern else []:  # "denied that it attacked X"
            code, targets = "016", targets or x.targets
        if not code and lemma in INTENT and not inner:  # "promised aid to X": intent
            objs = [sent[k].lemma.lower() for k in sent.children(v, "obj", "dobj")]
            act = NOMINAL_ACTS.get(objs[0]) if objs else None
            code = ("138" if act in ATTACK else INTENT_CODE.get(act, "")) if act else ""
        if r.negated:
            rejection = REJECT.get(_root(code))
            if rejection is None:
                continue
            # "will not provide aid": a refusal, stated now; "if Y does not ...": none yet
            code, fact = rejection, "future" if _conditional(sent, v) else "asserted"
        if lemma in SAY:
            content = sent.children(v, "ccomp", "parataxis")
            claims = [readings[k] for k in content if k in readings]
            if content and (_root(code) == "01" or (r.pattern and any(c.code for c in claims))):
                code = ""  # "X said (that) Y ...": the content is the event, not a statement,
                # nor a word of it a pattern of SAY found ("said it was severing ties over Y's
                # *support* for ...")
            for c in claims:
                if _root(c.code) in ATTACK and not c.negated and c.sources:
                    same = {side(u) for u in c.sources} & {side(u) for u in sources}
                    if same and _future(sent, c.verb):  # "X said it would attack Z"
                        code, targets = "138", c.targets
                    elif not same:
                        code, targets = "112", c.sources
                    # "X said it attacked Z": the attack, reported, is the event; coders
                    # write no claim of responsibility (015) beside it
        code = crowd_code(sent, lemma, code, sources, targets)  # a demonstration, a riot
        if lemma in DEMANDS and _root(code) == "02":
            code = "10" + code[2:]  # "demanded that Serbia withdraw": a demand (10x), no appeal
        ready = (
            w.base == "xcomp" and _lemma(sent, w.head) in READY and w.head not in readings
        ) or (any(_lemma(sent, k) in READY for k in sent.children(v, "advmod")))
        if code and ready:
            code = INTENT_CODE.get(_root(code), code if _root(code) == "03" else "030")
        elif code.startswith("036") and lemma == "meet" and fact == "asserted":
            code = code.replace("036", "040")  # "met Y for talks / at Z": a meeting held
        if (
            lemma in ("raid", "search")
            and _root(code) in ("09", "17", "19")
            and sources
            and all(u.agents & {"JUD", "COP"} for u in sources)
            and {sent[k].lemma.lower() for k in sent.children(v, "obj")} & PREMISES
        ):
            code = "091"  # "prosecutors raided the offices of the ruling party": a search
        if code == "140" and targets and sources and all(_official(u) for u in sources):
            code = "114"  # "Vietnam protests to China's ...": a state's protest is a complaint
        if code[:2] == "15" and not targets and len(sources) > 1:
            code = "062"  # "U.S. and Philippine forces began exercises": military cooperation
        if not targets and ":" not in code and _root(code) in ATTACK and _has_object(sent, v):
            continue  # "Mali and Burkina Faso attacked the rebel base": not each other
        if not targets and _alternatives(sent, sources):
            continue  # "if the United States or Israel attacked": not each other
        one_way, mutual = directed(sent, v, targets, code), partnered(sent, v, targets, code)
        if unilateral(sent, v):  # "Putin declared a unilateral ceasefire": Russia's alone
            code, one_way, mutual = code.split(":")[0], True, False
        elif _root(code) in SIDES and len(targets) > 1 and opened_by(sent, targets[0]) == "between":
            # "Qatar announced a ceasefire agreement between Afghanistan and Pakistan": theirs
            first = code.split(":")[0]
            code, sources, targets, one_way = f"{first}:{first}", targets, [], False
        together = any(  # "X and Y delayed *their* meeting"
            sent[k].text.lower() == "their"
            for o in sent.children(v, "obj", "dobj")
            for k in sent.children(o, "nmod:poss")
        )
        together = together or reciprocal(sent, v)  # "X and Y blamed *each other*"
        hosted = visits or lemma == "host"  # "Putin hosted Erdogan": a guest who came
        for s, t, c in pairs(code, sources, targets, one_way, mutual, together, hosted):
            yield r, s, t, c, fact
        threatened = targets or [  # "Tehran would strike back *if the United States ... attacked*"
            u for k in readings if k > v and _conditional(sent, k) for u in readings[k].sources
        ]  # fmt: skip
        if threatened and not r.negated and code != "138" and _threat(sent, v, code):
            # "Iran will respond forcefully to any Israeli action": a threat made now (138),
            # beside the act to come; to whom the condition names where the act names no one
            for s, t, c in pairs("138", sources, threatened):
                yield r, s, t, c, "asserted"


#: roots of an act two sides do together (a ceasefire): "between" names them, not whoever
#: announces it
SIDES = frozenset({"08"})
