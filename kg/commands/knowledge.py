"""``kg resolve``, ``kg actors``, ``kg eval``, ``kg models``: the actor dictionary, scoring
extraction, and Stanza models."""

from __future__ import annotations

from pathlib import Path

import click

from kg.commands.options import date_cb, models_option

# --- knowledge: actors, resolution ------------------------------------------


@click.command()
@click.argument("text")
@click.option("--date", callback=date_cb, help="date YYYY-MM-DD for titles (default: today)")
@click.option("--lang", default=None, help="language of TEXT (en, id)")
def resolve(text, date, lang):
    """Which actor a name or title refers to, and why."""
    from kg.errors import NotFoundError
    from kg.knowledge.actors import load_actors

    res = load_actors().resolve(text, date=date, lang=lang)
    if res is None:
        raise NotFoundError(f"no actor matches {text!r}; try `kg actors list` or a fuller name")
    click.echo(f"{res.actor.label}\t{res.actor.type}\t{res.actor.id}\t{res.why}")


@click.group()
def actors():
    """Browse the actor dictionary."""


@actors.command("list")
@click.option("--type", "type_", default=None, help="State, Person, Organization, Alliance, ...")
def actors_list(type_):
    """List actors (id, type, label)."""
    from kg.knowledge.actors import load_actors
    from kg.knowledge.browse import list_actors

    for a in list_actors(load_actors(), type_):
        click.echo(f"{a.id}\t{a.type}\t{a.label}")


@actors.command("show")
@click.argument("name")
@click.option("--date", callback=date_cb, help="resolve titles at this date")
def actors_show(name, date):
    """Everything kg knows about one actor."""
    from kg.knowledge.actors import load_actors
    from kg.knowledge.browse import describe, find_actor

    index = load_actors()
    for field, value in describe(find_actor(index, name, date), index, date):
        click.echo(f"{field:<14} {value}")


# --- evaluation ---------------------------------------------------------------


@click.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--gold",
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="folder of gold .tsv files",
)
@models_option
@click.option("--lang", default="auto", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="list missed and extra triples")
def eval_(paths, gold, models, lang, verbose):
    """Score extraction against gold TSV files (precision, recall, F1)."""
    from kg.evaluate import evaluate

    result = evaluate(list(paths), gold, models=models, lang=lang)
    click.echo(result.table())
    if verbose:
        click.echo(result.differences(), nl=False)
    if result.seconds.get("parse"):
        click.echo(result.timing(), err=True)


# --- models -------------------------------------------------------------------


@click.group()
def models():
    """Stanza models: download official ones, train small ones offline, list."""


@models.command("download")
@click.argument("langs", nargs=-1, required=True)
@click.option("--missing", is_flag=True, help="only languages kg cannot parse yet (make demo)")
def models_download(langs, missing):
    """Download official Stanza models (needs network)."""
    from kg.parse.stanza import Parser, download, models_dir

    have = set(Parser(models_dir=models_dir()).available()) if missing else set()
    todo = [lang for lang in langs if lang not in have]
    for lang in download(todo) if todo else []:
        click.echo(f"downloaded Stanza models for {lang}")
    if not todo:
        click.echo(f"models for {', '.join(langs)} are here already (see `kg models list`)")


@models.command("use")
@click.argument("directory", type=click.Path(path_type=Path))
def models_use(directory):
    """Use the models in DIRECTORY from now on (recorded in kg's config file)."""
    from kg.parse.stanza import config_file, use_models

    path, langs = use_models(directory)
    click.echo(f"kg will use {path} ({', '.join(langs)}); recorded in {config_file()}")


@models.command("list")
@models_option
def models_list(models):
    """Languages kg can parse here."""
    from kg.parse.stanza import Parser, models_dir

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
    from kg.parse.train import parse_steps, train_models

    budget = parse_steps(steps)
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


COMMANDS = [resolve, actors, eval_, models]
