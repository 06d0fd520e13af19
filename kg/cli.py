"""The ``kg`` command line: each command parses options, calls one library function, prints.

Only this module decides exit codes: library errors (``kg.errors.KgError``) become
one line on stderr and the error's exit code; anything else is an internal error
(one line; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import KgError, PartialSuccess, UsageError

STORE_HELP = "store: a folder (embedded Oxigraph), 'memory', or a SPARQL endpoint URL [env KG_STORE; default ./kg-store]"


class KgGroup(click.Group):
    """Turns kg's errors into one line and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"kg: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo(
                "kg: interrupted; articles already written are complete, re-run to finish", err=True
            )
            ctx.exit(130)
        except BrokenPipeError:
            ctx.exit(0)
        except OSError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"kg: error: {exc.strerror or exc}{': ' + str(exc.filename) if exc.filename else ''}",
                err=True,
            )
            ctx.exit(1)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(
                f"kg: internal error: {type(exc).__name__}: {exc} (re-run with --debug for details)",
                err=True,
            )
            ctx.exit(70)


def _store_location(store: str | None) -> str:
    return store or os.environ.get("KG_STORE") or "kg-store"


def _date_cb(ctx, param, value):
    """--date/--since/--until: YYYY-MM-DD, checked by kg.read.parse_date."""
    if value is None:
        return None
    from kg.read import parse_date

    try:
        return parse_date(value)
    except UsageError as exc:
        raise click.BadParameter(str(exc)) from None


def _open(store: str | None, *, read_only: bool = False, create: bool = True):
    from kg.store import Store

    return Store.open(_store_location(store), read_only=read_only, create=create)


store_option = click.option("--store", "store", default=None, help=STORE_HELP)
since_option = click.option("--since", callback=_date_cb, help="only events on or after YYYY-MM-DD")
until_option = click.option(
    "--until", callback=_date_cb, help="only events on or before YYYY-MM-DD"
)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="show tracebacks")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """kg: knowledge graphs of international relations from news text."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


# --- build ------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--lang", default="auto", show_default=True, help="language code (en, id, ...) or auto"
)
@click.option(
    "--date", callback=_date_cb, help="article date YYYY-MM-DD (default: from the article)"
)
@click.option(
    "--models", type=click.Path(path_type=Path), help="local Stanza model folder [env KG_MODELS]"
)
@click.option("--threads", default=1, show_default=True, help="torch threads per worker")
@click.option("--workers", default=1, show_default=True, help="parallel worker processes")
@click.option("--batch-size", default=32, show_default=True, help="articles per parse batch")
@click.option(
    "--max-bytes", default=20_000_000, show_default=True, help="largest input file accepted"
)
@click.option("--no-cache", is_flag=True, help="do not read or write the parse cache")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--address", default=None, help="Ray cluster address (with --engine ray)")
@click.option("--quiet", "-q", is_flag=True, help="no progress bar")
def build(
    paths,
    store,
    lang,
    date,
    models,
    threads,
    workers,
    batch_size,
    max_bytes,
    no_cache,
    engine,
    address,
    quiet,
):
    """Read articles (.txt, .jsonl, .conllu, folders), parse, extract, store."""
    from kg.pipeline import build as run_build

    def warn(msg: str) -> None:
        click.echo(f"kg: warning: {msg}", err=True)

    options = dict(
        lang=lang, date=date, models=models, threads=threads, batch_size=batch_size,
        max_bytes=max_bytes, use_cache=not no_cache, progress=not quiet, warn=warn,
    )  # fmt: skip
    with _open(store) as st:
        if engine == "ray" or workers > 1 or address:
            from kg.parallel import build_parallel

            report = build_parallel(
                paths, st, workers=workers, engine=engine, address=address, **options
            )
        else:
            report = run_build(paths, st, **options)
    for s in report.skipped:
        click.echo(f"kg: skipped {s.source}: {s.reason}", err=True)
    click.echo(f"built {st.location}: {report.summary()}", err=True)
    if report.skipped:
        if report.articles == 0:
            first = report.skipped[0]
            raise UsageError(
                f"nothing built: {first.reason}"
                if len(report.skipped) == 1
                else f"nothing built: all {len(report.skipped)} inputs were skipped"
            )
        raise PartialSuccess(
            f"{len(report.skipped)} input(s) skipped, {report.articles} article(s) built; see the lines above"
        )


@main.command()
@store_option
@click.option(
    "--models", type=click.Path(path_type=Path), help="local Stanza model folder [env KG_MODELS]"
)
@click.option("--workers", type=int, default=1, show_default=True, help="extraction processes")
def rebuild(store, models, workers):
    """Re-run extraction over every cached parse (after lexicon or ontology changes);
    rewrites the articles whose graph changed."""
    from kg.pipeline import rebuild as run_rebuild

    with _open(store) as st:
        report = run_rebuild(st, workers=workers)
    click.echo(f"rebuilt {st.location}: {report.summary()}", err=True)


# --- read the store ---------------------------------------------------------


@main.command()
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["tsv", "csv", "json"]), default="tsv", show_default=True
)
@click.option("--all", "show_all", is_flag=True, help="include negated and future instances")
@since_option
@until_option
@click.option("--actor", default=None, help="only instances involving this actor")
def triples(store, fmt, show_all, since, until, actor):
    """One row per relation instance: subject relation object date factuality confidence article sentence."""
    from kg.export import format_triples

    facts = ("asserted", "reported", "negated", "future") if show_all else ("asserted", "reported")
    with _open(store, read_only=True, create=False) as st:
        click.echo(
            format_triples(st, fmt, since=since, until=until, actor=actor, factualities=facts),
            nl=False,
        )


@main.command()
@click.argument("query", required=False)
@click.option(
    "-f",
    "--file",
    "qfile",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="read the query from a file",
)
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="bind ?NAME to VALUE (an RDF term, never pasted into the text)",
)
@click.option("--update", is_flag=True, help="allow SPARQL UPDATE")
@click.option("--allow-service", is_flag=True, help="allow SERVICE (federated) queries")
@click.option("--timeout", type=float, default=None, help="give up after this many seconds")
def sparql(query, qfile, store, fmt, params, update, allow_service, timeout):
    """Run a SPARQL query (read-only unless --update)."""
    from kg.query import format_result, parse_params

    if qfile is not None:
        query = qfile.read_text(encoding="utf-8")
    if not query or not query.strip():
        raise UsageError("no query: give QUERY or -f FILE")
    with _open(store, read_only=not update, create=False) as st:
        result = st.query(
            query, parse_params(params), update=update, allow_service=allow_service, timeout=timeout
        )
        click.echo(format_result(result, fmt), nl=False)


@main.command()
@store_option
@click.option(
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(
        ["turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf", "csv", "cameo"]
    ),
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file (default: stdout)"
)
@since_option
@until_option
@click.option("--actor", default=None, help="only events involving this actor")
def export(store, fmt, output, since, until, actor):
    """Export the graph (RDF, graph formats, CSV, or CAMEO event rows)."""
    from kg.export import export as run_export

    with _open(store, read_only=True, create=False) as st:
        if output is None:
            run_export(st, fmt, sys.stdout.buffer, since=since, until=until, actor=actor)
        else:
            with output.open("wb") as fh:
                run_export(st, fmt, fh, since=since, until=until, actor=actor)
            click.echo(f"wrote {output}", err=True)


@main.command()
@store_option
def stats(store):
    """Counts: articles, sentences, actors, relation instances by type and language."""
    from kg.export import format_stats

    with _open(store, read_only=True, create=False) as st:
        click.echo(format_stats(st.stats()))


@main.command()
@click.argument("article")
@store_option
def remove(article, store):
    """Remove an article (id, URL or source path) and everything extracted from it."""
    with _open(store) as st:
        st.remove_article(article)
    click.echo(f"removed {article}", err=True)


@main.command()
@store_option
def validate(store):
    """Check the store against ontologies/shapes.ttl (SHACL)."""
    from kg.validate import format_violations, validate_store

    with _open(store, read_only=True, create=False) as st:
        problems = validate_store(st)
    if problems:
        for line in format_violations(problems):
            click.echo(line)
        raise KgError(f"{len(problems)} violation(s) of the shapes")
    click.echo("valid: the store conforms to kg's shapes")


# --- graph analytics and drawings -------------------------------------------

level_option = click.option(
    "--level",
    type=click.Choice(["actor", "state"]),
    default="state",
    show_default=True,
    help="state: persons rolled up to the state they served at the event's date",
)


def _graph_view(st):
    from kg.graph import GraphView

    return GraphView(st)


@main.command()
@click.argument("a")
@click.argument("b")
@store_option
@click.option(
    "--polarity",
    type=click.Choice(["cooperative", "conflictual", "any"]),
    default="cooperative",
    show_default=True,
)
@click.option("-k", "k", default=3, show_default=True, help="how many paths")
@level_option
@since_option
@until_option
def path(a, b, store, polarity, k, level, since, until):
    """The k best paths between two actors, each hop with its evidence."""
    from kg.paths import format_paths

    with _open(store, read_only=True, create=False) as st:
        found = _graph_view(st).paths(
            a, b, polarity=polarity, k=k, level=level, since=since, until=until
        )
    click.echo(format_paths(found))


@main.command()
@click.argument("actor")
@store_option
@click.option("--top", default=10, show_default=True)
@level_option
@since_option
@until_option
def allies(actor, store, top, level, since, until):
    """Cooperative partners of an actor, ranked, with evidence."""
    from kg.analysis import format_ties

    with _open(store, read_only=True, create=False) as st:
        ties = _graph_view(st).allies(actor, top=top, level=level, since=since, until=until)
    click.echo(format_ties(ties, f"Allies of {actor}"))


@main.command()
@click.argument("actor")
@store_option
@click.option("--top", default=10, show_default=True)
@level_option
@since_option
@until_option
def rivals(actor, store, top, level, since, until):
    """Conflictual counterparts of an actor, ranked, with evidence."""
    from kg.analysis import format_ties

    with _open(store, read_only=True, create=False) as st:
        ties = _graph_view(st).rivals(actor, top=top, level=level, since=since, until=until)
    click.echo(format_ties(ties, f"Rivals of {actor}"))


@main.command()
@store_option
@level_option
@since_option
@until_option
def balance(store, level, since, until):
    """Structural balance: signed triangles, balanced vs unbalanced."""
    from kg.analysis import format_balance

    with _open(store, read_only=True, create=False) as st:
        report = _graph_view(st).balance(level=level, since=since, until=until)
    click.echo(format_balance(report))


@main.command()
@store_option
@level_option
@since_option
@until_option
def blocs(store, level, since, until):
    """Communities of the cooperative graph."""
    from kg.analysis import format_blocs

    with _open(store, read_only=True, create=False) as st:
        found = _graph_view(st).blocs(level=level, since=since, until=until)
    click.echo(format_blocs(found))


@main.command()
@store_option
@click.option("--top", default=10, show_default=True)
@level_option
@since_option
@until_option
def central(store, top, level, since, until):
    """The most central actors of the relation graph."""
    from kg.analysis import format_central

    with _open(store, read_only=True, create=False) as st:
        ranking = _graph_view(st).central(top=top, level=level, since=since, until=until)
    click.echo(format_central(ranking))


@main.command()
@store_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="FILE.png, .svg or .html",
)
@click.option("--focus", default=None, help="draw only around this actor")
@click.option("--depth", default=1, show_default=True, help="hops around --focus")
@click.option("--level", type=click.Choice(["actor", "state"]), default="actor", show_default=True)
@since_option
@until_option
def draw(store, output, focus, depth, level, since, until):
    """Draw the relation graph: PNG/SVG (matplotlib) or one offline HTML page."""
    with _open(store, read_only=True, create=False) as st:
        out = _graph_view(st).draw(
            output, focus=focus, depth=depth, level=level, since=since, until=until
        )
    click.echo(f"wrote {out}", err=True)


# --- knowledge: actors, resolution ------------------------------------------


@main.command()
@click.argument("text")
@click.option("--date", callback=_date_cb, help="date YYYY-MM-DD for titles (default: today)")
@click.option("--lang", default=None, help="language of TEXT (en, id)")
def resolve(text, date, lang):
    """Which actor a name or title refers to, and why."""
    from kg.actors import load_actors
    from kg.errors import NotFoundError

    res = load_actors().resolve(text, date=date, lang=lang)
    if res is None:
        raise NotFoundError(f"no actor matches {text!r}; try `kg actors list` or a fuller name")
    click.echo(f"{res.actor.label}\t{res.actor.type}\t{res.actor.id}\t{res.why}")


@main.group()
def actors():
    """Browse the actor dictionary."""


@actors.command("list")
@click.option("--type", "type_", default=None, help="State, Person, Organization, Alliance, ...")
def actors_list(type_):
    """List actors (id, type, label)."""
    from kg.actors import list_actors, load_actors

    for a in list_actors(load_actors(), type_):
        click.echo(f"{a.id}\t{a.type}\t{a.label}")


@actors.command("show")
@click.argument("name")
@click.option("--date", callback=_date_cb, help="resolve titles at this date")
def actors_show(name, date):
    """Everything kg knows about one actor."""
    from kg.actors import describe, load_actors
    from kg.errors import NotFoundError

    index = load_actors()
    if name in index:
        actor = index.get(name)
    else:
        res = index.resolve(name, date=date)
        if res is None:
            raise NotFoundError(f"no actor matches {name!r}; try `kg actors list`")
        actor = res.actor
    for field, value in describe(actor, index):
        click.echo(f"{field:<14} {value}")


# --- evaluation ---------------------------------------------------------------


@main.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="folder of gold .tsv files",
)
@click.option(
    "--models", type=click.Path(path_type=Path), help="local Stanza model folder [env KG_MODELS]"
)
@click.option("--lang", default="auto", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="list missed and extra triples")
def eval_(paths, gold, models, lang, verbose):
    """Score extraction against gold TSV files (precision, recall, F1)."""
    from kg.evaluate import evaluate

    result = evaluate(list(paths), gold, models=models, lang=lang)
    click.echo(result.table())
    if verbose:
        for name, views in result.files.items():
            for row in views["strict"].missed:
                click.echo(f"{name}\tmissed\t{' | '.join(row)}")
            for row in views["strict"].extra:
                click.echo(f"{name}\textra\t{' | '.join(row)}")
    s = result.seconds
    if s.get("parse"):
        click.echo(
            f"time: parse {s['parse']:.2f}s, extract {s['extract']:.2f}s ({100 * s['extract'] / s['parse']:.1f}% of parse)",
            err=True,
        )


# --- models -------------------------------------------------------------------


@main.group()
def models():
    """Stanza models: download official ones, train small ones offline, list."""


@models.command("download")
@click.argument("langs", nargs=-1, required=True)
def models_download(langs):
    """Download official Stanza models (needs network)."""
    from kg.nlp import download

    for lang in download(langs):
        click.echo(f"downloaded Stanza models for {lang}")


@models.command("list")
@click.option(
    "--models", type=click.Path(path_type=Path), help="local Stanza model folder [env KG_MODELS]"
)
def models_list(models):
    """Languages kg can parse here."""
    from kg.nlp import Parser, models_dir

    d = models_dir(models)
    langs = Parser(models_dir=d).available()
    where = str(d) if d else "Stanza's resources folder (official models)"
    click.echo(f"{where}: {', '.join(langs) if langs else 'no languages'}")


@models.command("train")
@click.argument("lang")
@click.option(
    "--treebank",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="UD treebank folder (NAME-ud-train.conllu [+ NAME-ud-dev.conllu]) or one .conllu file to split",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("models"),
    show_default=True,
)
@click.option("--processors", default="tokenize,mwt,pos,lemma,depparse", show_default=True)
@click.option(
    "--steps",
    "steps",
    multiple=True,
    metavar="PROC=N",
    help="budget per processor: steps for tokenize/pos/depparse, epochs for mwt/lemma "
    "(defaults tokenize=2000 mwt=5 pos=2000 lemma=2 depparse=900)",
)
@click.option(
    "--threads",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="torch threads per trainer",
)
@click.option(
    "--work",
    type=click.Path(file_okay=False, path_type=Path),
    help="keep intermediate files and trainer logs here",
)
def models_train(lang, treebank, out, processors, steps, threads, work):
    """Train small Stanza models from a UD treebank (offline)."""
    from kg.train import train_models

    budget = {}
    for item in steps:
        name, _, value = item.partition("=")
        if not value.isdigit():
            raise UsageError(f"--steps {item!r}: use PROC=N, e.g. depparse=2000")
        budget[name] = int(value)
    done = train_models(
        lang,
        treebank,
        out,
        processors=tuple(p for p in processors.split(",") if p),
        steps=budget or None,
        threads=threads,
        work=work,
        log=lambda m: click.echo(m, err=True),
    )
    for proc, path in done.items():
        click.echo(f"{proc}\t{path}")


if __name__ == "__main__":  # pragma: no cover
    main()
