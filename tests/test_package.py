"""The installed package: entry point, shipped ontologies, fast --help."""

import subprocess
import sys

from click.testing import CliRunner

from kg.cli import main


def test_help_lists_the_commands():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for cmd in (
        "build",
        "triples",
        "sparql",
        "export",
        "path",
        "draw",
        "resolve",
        "validate",
        "eval",
        "models",
    ):
        assert cmd in result.output


def test_cli_import_stays_light():
    code = "import sys, kg.cli; print(sorted(m for m in ('torch', 'stanza', 'matplotlib', 'trafilatura', 'warcio', 'feedparser', 'lxml') if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_ontologies_ship_with_the_package():
    from kg.knowledge.ontology import ontology_dir

    d = ontology_dir()
    assert (d / "ir.ttl").is_file()
    assert (d / "shapes.ttl").is_file()
    assert list((d / "actors").glob("*.ttl"))
    assert (d / "lexicon" / "en.tsv").is_file() and (d / "lexicon" / "id.tsv").is_file()
