"""Stanza pipelines: official models or a local model folder, one per language.

Two routes to a parse, never a fake one:

* **Official models** (online users): ``kg models download en id`` runs Stanza's
  own download into its resources folder; pipelines then load from there.
* **A model folder** (``--models DIR``, ``KG_MODELS=DIR``, or recorded once with
  ``kg models use DIR``), laid out ``DIR/<lang>/<processor>/*.pt`` (see ``kg models
  train``): pipelines are built from those files with Stanza's ``*_model_path`` arguments
  and no download.

>>> nlp = Parser(models_dir="../shared/models/stanza-small")   # doctest: +SKIP
>>> doc = nlp.parse(["Putin held talks with Xi."], "en")[0]     # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ModelNotFoundError
from kg.parse.typography import TEXT_PREPARATION

#: processors the extractor needs; ``ner`` and ``mwt`` are used where a model exists
REQUIRED = ("tokenize", "pos", "lemma", "depparse")
OPTIONAL = ("mwt", "ner")
ENV_MODELS = "KG_MODELS"
#: longest piece of text handed to Stanza at once (characters); longer articles are split
MAX_CHUNK = 20_000
#: longest stretch without sentence punctuation handed to Stanza as one piece: the
#: parser's memory grows with the square of sentence length, so a 5 MB line without
#: a full stop is cut at spaces into pieces this long
MAX_RUN = 1_000
_RUN = re.compile(r"[^.!?。\n]{" + str(MAX_RUN) + ",}")


#: the three ways to get models, for messages
HOW_TO_GET = (
    "get models one of three ways: `kg models download LANG` (online, official models), "
    "`kg models use DIR` (a local folder such as the project's ../shared/models/stanza-small), "
    "or `kg models train LANG --treebank DIR --out DIR` (offline)"
)


def config_file(env: Mapping[str, str] | None = None) -> Path | None:
    """kg's settings file: ``$KG_CONFIG`` when set, else ``config.json`` in the user's config
    folder (platformdirs: ``~/.config/kg`` on Linux, honouring ``XDG_CONFIG_HOME``). An
    explicit ``env`` without ``KG_CONFIG``, ``XDG_CONFIG_HOME`` or ``HOME`` has none.
    """
    if env is None or env is os.environ:
        env = os.environ
        if not env.get("KG_CONFIG"):
            from platformdirs import user_config_dir

            return Path(user_config_dir("kg", appauthor=False)) / "config.json"
    if env.get("KG_CONFIG"):
        return Path(env["KG_CONFIG"]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or (env.get("HOME") and str(Path(env["HOME"]) / ".config"))
    return Path(base) / "kg" / "config.json" if base else None


def _configured(env: Mapping[str, str] | None = None) -> str | None:
    path = config_file(env)
    if path is None:
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("models")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def use_models(
    directory: str | Path, env: Mapping[str, str] | None = None
) -> tuple[Path, list[str]]:
    """Record ``directory`` as the model folder kg uses when neither ``--models`` nor
    ``$KG_MODELS`` is given (``kg models use DIR``); returns it and its languages."""
    path = Path(directory).expanduser().resolve()
    langs = local_languages(path) if path.is_dir() else []
    if not langs:
        raise ModelNotFoundError(
            f"{path} holds no Stanza models (expected DIR/<lang>/<processor>/*.pt for "
            f"{', '.join(REQUIRED)}); {HOW_TO_GET}"
        )
    target = config_file(env)
    if target is None:
        raise ModelNotFoundError("no place to record the model folder: set KG_CONFIG or HOME")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        settings = json.loads(target.read_text(encoding="utf-8")) if target.is_file() else {}
        settings = settings if isinstance(settings, dict) else {}
        target.write_text(json.dumps({**settings, "models": str(path)}, indent=2) + "\n")
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(f"cannot record the model folder in {target}: {exc}") from None
    return path, langs


def models_dir(
    option: str | Path | None = None, env: Mapping[str, str] | None = None
) -> Path | None:
    """The local model folder: ``--models``, else ``$KG_MODELS``, else the folder recorded by
    ``kg models use``; ``None`` = official models (Stanza's resources folder)."""
    env = os.environ if env is None else env
    value, source = option, "--models"
    if not value and env.get(ENV_MODELS):
        value, source = env[ENV_MODELS], "KG_MODELS"
    if not value:
        value, source = _configured(env), f"`kg models use` ({config_file(env)})"
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_dir():
        raise ModelNotFoundError(
            f"the model folder {path} (from {source}) does not exist; {HOW_TO_GET}"
        )
    return path


def _model_file(folder: Path) -> Path | None:
    files = sorted(folder.glob("*.pt")) if folder.is_dir() else []
    return files[0] if files else None


def local_languages(directory: Path) -> list[str]:
    """Languages with every required processor in a model folder."""
    return sorted(
        d.name
        for d in directory.iterdir()
        if d.is_dir() and all(_model_file(d / p) for p in REQUIRED)
    )


def official_languages() -> list[str]:
    """Languages whose official models are already downloaded in Stanza's resources folder."""
    try:
        from stanza.resources.common import DEFAULT_MODEL_DIR
    except Exception:
        return []
    root = Path(os.environ.get("STANZA_RESOURCES_DIR", DEFAULT_MODEL_DIR))
    if not root.is_dir():
        return []
    return sorted(d.name for d in root.iterdir() if d.is_dir() and (d / "depparse").is_dir())


def set_threads(threads: int) -> None:
    """Set torch's intra-op thread count (one per worker avoids 100x oversubscription)."""
    import torch

    torch.set_num_threads(max(1, int(threads)))


@dataclass
class Parser:
    """Lazily built Stanza pipelines, one per language, reused for every article.

    ``models_dir`` None means official models from Stanza's resources folder.
    """

    models_dir: Path | None = None
    threads: int = 1
    use_gpu: bool | None = None  # None: use a GPU when torch sees one
    batch_size: int = 3000  # tokens per tokenizer/tagger batch
    datelines: bool = False  # parse an opening dateline apart (event coding: kg.code)
    _pipelines: dict[str, object] = field(default_factory=dict, repr=False)
    _identities: dict[str, str] = field(default_factory=dict, repr=False)

    def available(self) -> list[str]:
        return local_languages(self.models_dir) if self.models_dir else official_languages()

    def identity(self, lang: str) -> str:
        """A string naming the models used for ``lang`` (part of the parse-cache key); read
        from the model files once per language and Parser, like the pipeline itself."""
        if lang not in self._identities:  # with how texts are prepared for the models
            self._identities[lang] = f"{self._identity(lang)}|text:{TEXT_PREPARATION}"
        return self._identities[lang]

    def _identity(self, lang: str) -> str:
        if self.models_dir:
            parts = []
            for proc in REQUIRED + OPTIONAL:
                f = _model_file(self.models_dir / lang / proc)
                if f:
                    st = f.stat()
                    parts.append(f"{proc}:{st.st_size}:{int(st.st_mtime)}")
            return "local|" + "|".join(parts)
        import stanza

        return f"official|stanza-{stanza.__version__}"

    def _processors(self, lang: str) -> dict[str, Path | None]:
        if self.models_dir is None:
            return {p: None for p in REQUIRED}
        base = self.models_dir / lang
        if not base.is_dir():
            have = ", ".join(self.available()) or "none"
            raise ModelNotFoundError(
                f"no models for language '{lang}' in {self.models_dir} (have: {have}); "
                + HOW_TO_GET.replace("LANG", lang)
            )
        procs: dict[str, Path | None] = {}
        for proc in REQUIRED:
            f = _model_file(base / proc)
            if f is None:
                raise ModelNotFoundError(
                    f"no Stanza {proc} model for '{lang}' in {base}; "
                    f"run `kg models train {lang} --treebank DIR --out {self.models_dir}` "
                    f"or `kg models download {lang}` when online"
                )
            procs[proc] = f
        for proc in OPTIONAL:
            f = _model_file(base / proc)
            if f is not None:
                procs[proc] = f
        return procs

    def pipeline(self, lang: str):
        """The Stanza pipeline for ``lang``, built once."""
        if lang in self._pipelines:
            return self._pipelines[lang]
        import logging

        import stanza

        set_threads(self.threads)
        procs = self._processors(lang)
        order = [p for p in ("tokenize", "mwt", "pos", "lemma", "depparse", "ner") if p in procs]
        kwargs: dict[str, object] = {
            "lang": lang,
            "processors": ",".join(order),
            "download_method": None,
            "logging_level": "ERROR",
            "tokenize_batch_size": 64,
            "pos_batch_size": self.batch_size,
            "depparse_batch_size": self.batch_size,
        }
        if self.use_gpu is not None:
            kwargs["use_gpu"] = self.use_gpu
        if self.models_dir is not None:
            kwargs["dir"] = str(self.models_dir)
            kwargs["allow_unknown_language"] = True
            for proc, path in procs.items():
                kwargs[f"{proc}_model_path"] = str(path)
            if not (self.models_dir / "resources.json").exists():
                raise ModelNotFoundError(
                    f"{self.models_dir} has no resources.json (Stanza needs one, even empty: {{}}); "
                    f"create it with: echo '{{}}' > {self.models_dir}/resources.json"
                )
        logging.getLogger("stanza").setLevel(logging.ERROR)
        try:
            nlp = stanza.Pipeline(**kwargs)
        except (
            FileNotFoundError,
            stanza.pipeline.core.ResourcesFileNotFoundError,
            ValueError,
        ) as exc:
            if self.models_dir is None:
                raise ModelNotFoundError(
                    f"Stanza models for '{lang}' are not downloaded; "
                    + HOW_TO_GET.replace("LANG", lang)
                ) from None
            raise ModelNotFoundError(
                f"cannot load models for '{lang}' from {self.models_dir}: {exc}"
            ) from None
        except Exception as exc:  # e.g. LanguageNotDownloadedError, UnsupportedProcessorError
            if type(exc).__name__.endswith(
                ("NotDownloadedError", "ProcessorError", "NotFoundError")
            ):
                raise ModelNotFoundError(
                    f"Stanza models for '{lang}' are not available ({type(exc).__name__}); "
                    f"run `kg models download {lang}` or pass --models DIR"
                ) from None
            raise
        self._pipelines[lang] = nlp
        return nlp

    def parse(self, texts: Sequence[str], lang: str) -> list:
        """Parse a batch of texts in one language; returns one Stanza Document each.

        Uses Stanza's ``bulk_process`` so the models see whole batches; texts
        longer than :data:`MAX_CHUNK` characters are split at paragraph or
        sentence boundaries and their parses joined, keeping memory bounded; with
        ``datelines`` an opening dateline is parsed apart (:mod:`kg.parse.dateline`).
        """
        import stanza

        from kg.parse.dateline import dateline_pieces, graft
        from kg.parse.typography import plain_apostrophes, restore_text

        nlp = self.pipeline(lang)
        pieces: list[str] = []
        owners: list[int] = []
        datelines: set[int] = set()  # pieces that are a dateline, grafted onto the next
        for i, whole in enumerate(texts):
            for text, is_dateline in dateline_pieces(whole) if self.datelines else [(whole, 0)]:
                if is_dateline:
                    datelines.add(len(pieces))
                runs = [text] if is_dateline else [
                    piece for chunk in split_text(text, MAX_CHUNK)
                    for piece in (split_text(chunk, MAX_RUN) if _RUN.search(chunk) else [chunk])
                ]  # fmt: skip
                pieces += runs
                owners += [i] * len(runs)
        docs = nlp.bulk_process([stanza.Document([], text=plain_apostrophes(p)) for p in pieces])
        for doc, piece in zip(docs, pieces):
            restore_text(doc, piece)
        out: list[list] = [[] for _ in texts]
        held = None
        for n, (owner, doc) in enumerate(zip(owners, docs)):
            if n in datelines:
                held = doc
                continue
            out[owner].append(graft(held, doc) if held is not None else doc)
            held = None
        return [parts[0] if len(parts) == 1 else _join(parts) for parts in out]


def split_text(text: str, limit: int) -> list[str]:
    """Split ``text`` into pieces of at most ``limit`` characters, at paragraph,
    line, sentence or space boundaries where possible (a hard cut otherwise)."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep)
            if cut > limit // 4:
                cut += len(sep)
                break
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def _join(docs: list):
    """One Document from the parses of consecutive pieces of one text."""
    from stanza.models.common.doc import Document

    sentences = []
    offset = 0
    for doc in docs:
        for sent in doc.sentences:
            words = sent.to_dict()
            for w in words:  # character offsets are relative to the piece: make them the article's
                for key in ("start_char", "end_char"):
                    if w.get(key) is not None:
                        w[key] += offset
            sentences.append(words)
        offset += len(doc.text)
    return Document(sentences, text="".join(d.text for d in docs))


def download(langs: Sequence[str], directory: Path | None = None) -> list[str]:
    """Download official Stanza models (needs network): Stanza's own download."""
    import stanza

    done = []
    for lang in langs:
        try:
            kwargs = {"processors": "tokenize,mwt,pos,lemma,depparse,ner", "verbose": False}
            if directory is not None:
                kwargs["model_dir"] = str(directory)
            stanza.download(lang, **kwargs)
        except Exception as exc:
            raise ModelNotFoundError(
                f"cannot download Stanza models for '{lang}' ({type(exc).__name__}: {str(exc)[:120]}); "
                "check your network, or use --models DIR with local models"
            ) from None
        done.append(lang)
    return done
