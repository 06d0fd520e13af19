"""Which language an article is written in: py3langid's guess, read as kg reads languages
(Malay as Indonesian) and narrowed to the languages that have models."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from kg.errors import LanguageError

__all__ = ["detect_language"]


def detect_language(text: str, candidates: Sequence[str] | None = None) -> str:
    """ISO 639-1 code of ``text`` using py3langid (ships its model; no download).

    Malay and Indonesian are near-identical in writing and Stanza has no Malay
    models, so ``ms`` is read as ``id``. A short text may look like several languages
    ("Vladimir Putin met Xi Jinping in Moscow." scores Afrikaans 0.11, English 0.10):
    when the best guess is unsure (below 0.5) and not among ``candidates``, one of the
    candidates among the three best guesses is taken. Raises :class:`LanguageError` when
    the text is too short or the language is not among ``candidates``.
    """
    sample = text[:5000]
    if len(sample.split()) < 3:
        raise LanguageError("text too short to detect its language; pass --lang")
    ranked = [
        ("id" if lang == "ms" else lang, p) for lang, p in _language_identifier().rank(sample)
    ]
    lang, prob = ranked[0]
    if candidates is not None and lang not in candidates and prob < 0.5:
        lang = next((x for x, _p in ranked[1:3] if x in candidates), lang)
    if candidates is not None and lang not in candidates:
        have = ", ".join(candidates) or "none"
        raise LanguageError(
            f"detected language '{lang}', which has no models here (have: {have}); "
            f"pass --lang, or get models with `kg models download {lang}`"
        )
    return lang


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    """py3langid's identifier with probabilities that sum to one, loaded once."""
    from py3langid import langid

    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
