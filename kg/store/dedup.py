"""Near-duplicate articles: MinHash signatures of a text's word 5-grams and an LSH index
(:class:`Signatures`) that finds a stored article whose text is a near copy.

>>> sig = minhash("Russia and China signed an agreement on energy in Moscow on Monday.")
>>> len(sig), sig == minhash("Russia and China signed an agreement on energy in Moscow on Monday.")
(64, True)
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Sequence

DUPLICATE_JACCARD = 0.9
_BANDS, _ROWS = 16, 4  # 64 MinHash values, LSH in 16 bands of 4
# 64 (odd multiplier, addend) pairs of 64 bits for minhash(), fixed so signatures stay
# comparable across runs and machines (bytes: immutable)
_MULTIPLIERS = b"".join(
    (int.from_bytes(hashlib.sha256(b"kg-minhash-a%d" % i).digest()[:8], "big") | 1).to_bytes(
        8, "big"
    )
    for i in range(_BANDS * _ROWS)
)
_ADDENDS = b"".join(
    hashlib.sha256(b"kg-minhash-b%d" % i).digest()[:8] for i in range(_BANDS * _ROWS)
)


def minhash(text: str, n: int = 5) -> tuple[int, ...]:
    """64 MinHash values (32-bit) over the word ``n``-grams of ``text`` (case folded).

    Each n-gram is hashed once (CRC-32); 64 multiply-add-shift hashes of that value (a
    strongly universal family on 32-bit keys, fixed odd multipliers) give the 64 values,
    vectorised with numpy; the signature is their element-wise minimum. Equal positions / 64
    estimates the Jaccard similarity of two texts' n-gram sets."""
    import numpy as np

    words = re.findall(r"\w+", text.casefold())
    grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    keys = np.fromiter((zlib.crc32(g.encode()) for g in grams), np.uint64, len(grams))
    mul = np.frombuffer(_MULTIPLIERS, ">u8").astype(np.uint64)
    add = np.frombuffer(_ADDENDS, ">u8").astype(np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        values = (keys[:, None] * mul[None, :] + add[None, :]) >> np.uint64(32)
    return tuple(int(v) for v in values.min(axis=0))


def sig_text(sig: Sequence[int]) -> str:
    """A signature as hex text (8 hex digits per value), as kept in the bookkeeping graph."""
    return b"".join(v.to_bytes(4, "big") for v in sig).hex()


def sig_parse(text: str) -> tuple[int, ...]:
    """The signature :func:`sig_text` wrote."""
    raw = bytes.fromhex(text)
    return tuple(int.from_bytes(raw[i : i + 4], "big") for i in range(0, len(raw), 4))


class Signatures:
    """In-memory LSH index of the stored articles' signatures (loaded once per Store).

    Kept compact, since it grows with the store: each signature as 256 bytes, each of its
    16 band keys as 17 bytes mapping to the one article (or the set of articles) with that
    band; about 3 KB per article."""

    def __init__(self) -> None:
        self.sigs: dict[str, bytes] = {}
        self.bands: dict[bytes, str | set[str]] = {}

    @staticmethod
    def _keys(packed: bytes) -> list[bytes]:
        width = 4 * _ROWS
        return [bytes((b,)) + packed[b * width : (b + 1) * width] for b in range(_BANDS)]

    def add(self, article: str, sig: Sequence[int]) -> None:
        packed = struct.pack(f">{len(sig)}I", *sig)
        self.sigs[article] = packed
        for key in self._keys(packed):
            have = self.bands.get(key)
            if have is None or have == article:
                self.bands[key] = article
            elif isinstance(have, set):
                have.add(article)
            else:
                self.bands[key] = {have, article}

    def get(self, article: str) -> tuple[int, ...] | None:
        """The signature stored for ``article``, if any."""
        packed = self.sigs.get(article)
        return struct.unpack(f">{len(packed) // 4}I", packed) if packed else None

    def discard(self, article: str) -> None:
        packed = self.sigs.pop(article, None)
        for key in self._keys(packed) if packed else []:
            have = self.bands.get(key)
            if have == article:
                del self.bands[key]
            elif isinstance(have, set):
                have.discard(article)

    def near(self, sig: Sequence[int], exclude: set[str], prefer: str | None = None) -> str | None:
        """The stored article most similar to ``sig`` with estimated Jaccard ≥ 0.9, if any;
        ``prefer`` (the original a copy was linked to) wins while it is still that near, so
        re-deriving a copy does not move its link to an original stored after it."""
        found: set[str] = set()
        for key in self._keys(struct.pack(f">{len(sig)}I", *sig)):
            have = self.bands.get(key)
            if isinstance(have, set):
                found |= have
            elif have is not None:
                found.add(have)
        scored = []
        for a in sorted(found - exclude):
            other = struct.unpack(f">{len(sig)}I", self.sigs[a])
            scored.append((sum(x == y for x, y in zip(sig, other, strict=True)), a))
        near = [(score, a) for score, a in scored if score >= DUPLICATE_JACCARD * len(sig)]
        if any(a == prefer for _, a in near):
            return prefer
        return max(near, default=(0, None))[1]


# --- RDF terms as N-Triples text ------------------------------------------------------------
