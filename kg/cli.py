"""The ``kg`` command line: each command parses options, calls one library function, prints.

Only this module decides exit codes: library errors (``kg.errors.KgError``) become
one line on stderr and the error's exit code; anything else is an internal error
(one line; ``--debug`` shows the traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kg.commands import graph, knowledge, timeline
from kg.commands.options import (
    date_cb,
    factuality_option,
    models_option,
    open_store,
    since_option,
    store_location,
    store_option,
    until_option,
)
from kg.errors import KgError, UsageError
from kg.version import __version__


class KgGroup(click.Group):
    """Turns kg's errors, and click's usage errors, into one line and an exit code."""

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:  # a bad option value, a missing argument, a typo
            words = exc.ctx.command_path.split()[1:] if exc.ctx else []
            click.echo(
                f"kg: error: {exc.format_message()}; see 'kg {' '.join(words + ['--help'])}'",
                err=True,
            )
            sys.exit(UsageError.exit_code)
        except click.ClickException as exc:
            click.echo(f"kg: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)
        sys.exit(code if isinstance(code, int) else 0)

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
    "--date", callback=date_cb, help="article date YYYY-MM-DD (default: from the article)"
)
@models_option
@click.option("--threads", default=1, show_default=True, help="torch threads per worker")
@click.option("--workers", default=1, show_default=True, help="parallel worker processes")
@click.option(
    "--batch-size", type=int, default=None, help="articles per parse batch [32; 8 per worker]"
)
@click.option(
    "--max-bytes",
    default=20_000_000,
    show_default=True,
    help="largest input file (or page of a WARC) accepted",
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
    """Read articles, parse, extract, store.

    PATHS are files or folders (which may mix them) of: .txt (the first line is the headline),
    .jsonl (one article per line), .conllu (already parsed), HTML pages (main text, headline,
    date, URL, language), WARC crawls (.warc, .warc.gz: their HTML pages, streamed), RSS/Atom
    feeds (an article per entry; nothing is fetched) and news-please JSON. What a file is comes
    from its content, not only its name.
    """
    from kg.pipeline import build_at

    def warn(msg: str) -> None:
        click.echo(f"kg: warning: {msg}", err=True)

    report, location = build_at(
        store_location(store), paths, workers=workers, engine=engine, address=address,
        lang=lang, date=date, models=models, threads=threads, batch_size=batch_size,
        max_bytes=max_bytes, use_cache=not no_cache, progress=not quiet, warn=warn,
    )  # fmt: skip
    if report.articles:  # else the one error line below says it all
        for s in report.skipped:
            click.echo(f"kg: skipped {s.source}: {s.reason}", err=True)
        click.echo(f"built {location}: {report.summary()}", err=True)
    problem = report.problem()
    if problem is not None:
        raise problem


@main.command()
@store_option
@click.option("--workers", type=int, default=1, show_default=True, help="extraction processes")
def rebuild(store, workers):
    """Re-run extraction over every cached parse (after lexicon or ontology changes);
    rewrites the articles whose graph changed."""
    from kg.pipeline import rebuild as run_rebuild

    with open_store(store) as st:
        report = run_rebuild(st, workers=workers)
    click.echo(f"rebuilt {st.location}: {report.summary()}", err=True)


# --- read the store ---------------------------------------------------------


@main.command()
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["tsv", "csv", "json"]), default="tsv", show_default=True
)
@factuality_option
@click.option("--all", "show_all", is_flag=True, help="every factuality (--factuality all)")
@since_option
@until_option
@click.option("--actor", default=None, help="only instances involving this actor")
def triples(store, fmt, factualities, show_all, since, until, actor):
    """One row per relation instance: subject relation object date factuality confidence article sentence."""
    from kg.export import format_triples
    from kg.records import FACTUALITIES

    facts = FACTUALITIES if show_all else factualities
    with open_store(store, read_only=True, create=False) as st:
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
    from kg.store.results import format_result
    from kg.store.sparql import parse_params

    if qfile is not None:
        query = qfile.read_text(encoding="utf-8")
    if not query or not query.strip():
        raise UsageError("no query: give QUERY or -f FILE")
    with open_store(store, read_only=not update, create=False) as st:
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
        ["turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf", "csv", "cameo", "plover"]
    ),
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file (default: stdout)"
)
@factuality_option
@click.option("--with-ontology", is_flag=True, help="RDF formats: add the ontology graph")
@since_option
@until_option
@click.option("--actor", default=None, help="only events involving this actor")
def export(store, fmt, output, factualities, with_ontology, since, until, actor):
    """Export the graph (RDF, graph formats, CSV, CAMEO event rows or PLOVER JSON lines)."""
    from kg.export import export as run_export

    choice = dict(factualities=factualities, ontology=with_ontology)
    with open_store(store, read_only=True, create=False) as st:
        if output is None:
            run_export(st, fmt, sys.stdout.buffer, since, until, actor, **choice)
        else:
            with output.open("wb") as fh:
                run_export(st, fmt, fh, since, until, actor, **choice)
            click.echo(f"wrote {output}", err=True)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--parses",
    type=click.Choice(["auto", "given", "stanza"]),
    default="auto",
    show_default=True,
    help="given: each <Parse> (CoNLL-U); stanza: parse <Text>; auto: given when all have one",
)
@click.option(
    "--coder",
    "engine",
    type=click.Choice(["dictionary", "kg"]),
    default="dictionary",
    show_default=True,
    help="dictionary: PETRARCH verb/actor/agent dictionaries on UD trees; kg: kg's extractor",
)
@click.option(
    "--dictionaries",
    help="Phoenix (default), PETR.Validate, or a folder of PETRARCH dictionaries "
    "(*.actors/*.agents/*.verbs/CAMEO*/*.discards .txt); with --coder kg: actor dictionaries",
)
@factuality_option
@models_option
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="file (default: stdout)"
)
def code(file, parses, engine, dictionaries, factualities, models, output):
    """Code a PETRARCH input file (XML <Sentence> records): one event a line,
    date, source, target, CAMEO code and sentence id, tab-separated."""
    from kg.code import format_events, read_records
    from kg.coding.records import code_file

    records = read_records(file)
    events = code_file(
        records, engine=engine, parses=parses, dictionaries=dictionaries, models=models,
        factualities=factualities,
    )  # fmt: skip
    text = format_events(events)
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(
            f"wrote {output}: {len(events)} event(s) from {len(records)} sentence(s)", err=True
        )


@main.command()
@store_option
def stats(store):
    """Counts: articles, sentences, actors, relation instances by type and language."""
    from kg.export import format_stats

    with open_store(store, read_only=True, create=False) as st:
        click.echo(format_stats(st.stats()))


@main.command()
@click.argument("article")
@store_option
def remove(article, store):
    """Remove an article (id, URL or source path) and everything extracted from it."""
    with open_store(store) as st:
        st.remove_article(article)
    click.echo(f"removed {article}", err=True)


@main.command()
@store_option
def validate(store):
    """Check the store against ontologies/shapes.ttl (SHACL)."""
    from kg.store.validate import format_violations, validate_store

    with open_store(store, read_only=True, create=False) as st:
        problems = validate_store(st)
    if problems:
        for line in format_violations(problems):
            click.echo(line)
        raise KgError(f"{len(problems)} violation(s) of the shapes")
    click.echo("valid: the store conforms to kg's shapes")


# --- the other commands (kg.commands) ------------------------------------------------------

for _command in (*graph.COMMANDS, *knowledge.COMMANDS, timeline.timeline):
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    main()
