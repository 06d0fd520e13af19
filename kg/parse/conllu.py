"""CoNLL-U in and out: validation with clear errors, Stanza Documents, text.

>>> doc = to_document("# text = Hi.\\n1\\tHi\\thi\\tINTJ\\t_\\t_\\t0\\troot\\t_\\t_\\n")  # doctest: +SKIP
"""

from __future__ import annotations

import re

from kg.errors import InputError

_RANGE_OR_EMPTY = re.compile(r"[1-9][0-9]*-[1-9][0-9]*|[0-9]+\.[1-9][0-9]*")


def _sentences(raw: str) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        current.append((number, line))
    if current:
        blocks.append(current)
    return blocks


def check_conllu(raw: str, source: str = "<conllu>") -> None:
    """Raise :class:`InputError` naming the line if ``raw`` is not valid CoNLL-U.

    Checks: 10 tab-separated columns, integer ids and heads, heads in range,
    exactly one root per sentence, no cycles.
    """
    blocks = _sentences(raw)
    if not any(not line.startswith("#") for block in blocks for _, line in block):
        raise InputError(f"{source}: no token lines; is this CoNLL-U?")
    for block in blocks:
        heads: dict[int, int] = {}
        first = block[0][0]
        for number, line in block:
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{source}:{number}"
            if len(cols) != 10:
                raise InputError(
                    f"{where}: {len(cols)} columns, CoNLL-U needs 10 tab-separated columns"
                )
            tid, head = cols[0], cols[6]
            if "-" in tid or "." in tid:
                if not _RANGE_OR_EMPTY.fullmatch(tid):
                    raise InputError(f"{where}: token id {tid!r} is not N, N-M or N.M")
                continue  # multi-word token range or empty node
            if not (tid.isascii() and tid.isdigit()):
                raise InputError(f"{where}: token id {tid!r} is not an integer")
            if not (head.isascii() and head.isdigit()):
                raise InputError(f"{where}: head {head!r} is not an integer")
            heads[int(tid)] = int(head)
        if not heads:
            if any(not line.startswith("#") for _, line in block):
                raise InputError(
                    f"{source}:{first}: sentence has no words (only ranges or empty nodes)"
                )
            continue
        n = len(heads)
        if sorted(heads) != list(range(1, n + 1)):
            raise InputError(f"{source}:{first}: token ids of this sentence are not 1..{n}")
        roots = [i for i, h in heads.items() if h == 0]
        if len(roots) != 1:
            raise InputError(f"{source}:{first}: sentence has {len(roots)} roots, needs exactly 1")
        for i, h in heads.items():
            if h > n:
                raise InputError(f"{source}:{first}: token {i} has head {h}, beyond the sentence")
        for start in heads:
            seen = set()
            node = start
            while node != 0:
                if node in seen:
                    raise InputError(f"{source}:{first}: dependency cycle through token {start}")
                seen.add(node)
                node = heads[node]


def conllu_text(raw: str) -> str:
    """The article text of a CoNLL-U file: its ``# text =`` lines, or its tokens."""
    out: list[str] = []
    for block in _sentences(raw):
        text = next(
            (
                ln.split("=", 1)[1].strip()
                for _, ln in block
                if ln.startswith("#") and ln[1:].split("=", 1)[0].strip() == "text" and "=" in ln
            ),
            None,
        )
        if text is None:
            rows = [ln.split("\t") for _, ln in block if not ln.startswith("#")]
            text = " ".join(r[1] for r in rows if len(r) > 1 and r[0].isdigit())
        out.append(text)
    return "\n".join(out)


def to_document(raw: str, source: str = "<conllu>"):
    """A Stanza ``Document`` from CoNLL-U text (validated first)."""
    from stanza.utils.conll import CoNLL

    check_conllu(raw, source)
    try:
        doc = CoNLL.conll2doc(input_str=raw)
    except Exception as exc:  # stanza raises assorted errors on odd input
        raise InputError(f"{source}: Stanza cannot read this CoNLL-U ({exc})") from None
    # conll2doc leaves sentence .text empty unless "# text" is given: rebuild it
    for sent in doc.sentences:
        if not getattr(sent, "text", None):
            sent.text = " ".join(t.text for t in sent.tokens)
    return doc


#: UD v1 relation labels → UD v2 (nmod is decided by its head, see :func:`ud1_to_ud2`)
UD1_LABELS = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "name": "flat",
    "mwe": "fixed",
    "neg": "advmod",
    "remnant": "orphan",
    "foreign": "flat:foreign",
}
_UD1_ONLY = frozenset({"dobj", "nsubjpass", "csubjpass", "auxpass", "name", "mwe", "neg"})


def ud1_to_ud2(raw: str) -> str:
    """CoNLL-U with UD v1 labels (as UDPipe 1 and older treebanks write them) relabelled to UD
    v2, which kg's extractor reads: ``dobj`` → ``obj``, ``nsubjpass`` → ``nsubj:pass``, ``neg``
    → ``advmod``, ``name`` → ``flat``..., and an ``nmod`` (``nmod:tmod``, ``nmod:npmod``) of a
    verb, adjective or adverb → ``obl`` (``nmod:agent`` → ``obl:agent``). Text with none of
    v1's own labels is returned unchanged.

    >>> ud1_to_ud2("1\\tsee\\tsee\\tVERB\\t_\\t_\\t0\\troot\\t_\\t_\\n2\\tit\\tit\\tPRON\\t_\\t_\\t1\\tdobj\\t_\\t_\\n")
    '1\\tsee\\tsee\\tVERB\\t_\\t_\\t0\\troot\\t_\\t_\\n2\\tit\\tit\\tPRON\\t_\\t_\\t1\\tobj\\t_\\t_\\n'
    """
    rows = [line.split("\t") for line in raw.splitlines()]
    words = [r for r in rows if len(r) == 10 and r[0].isdigit()]
    if not any(r[7].split(":")[0] in _UD1_ONLY for r in words):
        return raw
    return _relabel(rows)


def _relabel(rows: list[list[str]]) -> str:
    out: list[str] = []
    block: list[list[str]] = []
    for r in rows + [[""]]:
        if len(r) == 1 and not r[0].strip():
            out += _relabel_block(block)
            out.append("")
            block = []
        else:
            block.append(r)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _relabel_block(block: list[list[str]]) -> list[str]:
    upos = {int(r[0]): r[3] for r in block if len(r) == 10 and r[0].isdigit()}
    lines = []
    for r in block:
        if len(r) == 10 and r[0].isdigit():
            base, _, sub = r[7].partition(":")
            label = UD1_LABELS.get(r[7]) or UD1_LABELS.get(base, r[7])
            if base == "nmod" and sub != "poss":
                head = int(r[6]) if r[6].isdigit() else 0
                if upos.get(head) in ("VERB", "ADJ", "ADV", "AUX"):
                    label = "obl" + (f":{sub}" if sub else "")
            r = r[:7] + [label] + r[8:]
        lines.append("\t".join(r))
    return lines
