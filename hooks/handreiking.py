"""MkDocs hook: the only place that knows MkDocs. It calls the core's build steps
(handreiking/bouwstappen/bouw.py) and turns their Dutch errors into clean build errors."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from handreiking.bouwstappen import bouw  # noqa: E402
from handreiking.kern import bouwfout, voetnoten  # noqa: E402
from handreiking.kern.configuratie import read_config  # noqa: E402
from handreiking.kern.gegevens import BouwFout, DataFout  # noqa: E402
from handreiking.model import Model, instellingen, laad  # noqa: E402

_state: dict[str, Any] = {}

try:  # a data error inside a macro call: the Dutch message alone, no traceback (mkdocs-macros' error hook)
    from mkdocs_macros.errors import format_error

    @format_error.register
    def _data_error(error: DataFout, markdown: str, page: Any) -> str:
        """The page and the Dutch message of a data error in a macro."""
        return f"{page.file.src_uri}: {error}"
except ImportError:  # another macros plugin: its own message
    pass


def _model(config: Any) -> Model:
    """The validated model for this config (loaded once per build, shared with the macros)."""
    path = Path(config["config_file_path"])
    try:
        read_config(path)  # the same file as data only: a tag or alias bomb stops the build (too late to stop
        # MkDocs' own loader, which is why `make build CONFIG=…` runs `python -m handreiking controleer` first)
        return laad(path.resolve().parent, instellingen(config, path.name))
    except DataFout as err:
        raise PluginError(str(err)) from None


@event_priority(100)  # before the macros plugin, so a data error stops the build cleanly
def on_config(config: Any) -> Any:
    """Validate the data, stage PDFs, scripts and branding; point the theme at the logo and colour."""
    model = _model(config)
    staging = Path(tempfile.mkdtemp(prefix="handreiking-"))
    try:
        prep = bouw.voorbereiden(model, staging)
    except BouwFout as err:
        raise PluginError(str(err)) from None
    _state.update(prep=prep, model=model)
    config.extra["bewaardagen"] = model.bewaardagen  # the keep period, for the theme's every-page sweep
    if prep.logo:
        config.theme["logo"] = prep.logo
    config.extra_css.extend(css for css in prep.extra_css if css not in config.extra_css)
    return config


@event_priority(100)  # before the plugins (htmlproofer keeps a copy of the file list in its own on_files)
def on_files(files: Files, config: Any) -> Files:
    """Add the staged files to the build (a theme file of the same path gives way)."""
    prep: bouw.Voorbereiding = _state["prep"]
    for path in prep.bestanden:
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, path, abs_src_path=str(prep.map / path)))
    return files


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """Stop the build when a page's footnotes cannot keep the source's numbers."""
    problem = voetnoten.problem(html)
    if problem:
        raise PluginError(f"{page.file.src_uri}: {problem}")
    return html


@event_priority(-100)  # after every plugin (search and offline write the index first)
def on_post_build(config: Any) -> None:
    """Finish the built site: index, minifying, book PDF, CSP; then remove the staging folder."""
    prep: bouw.Voorbereiding = _state["prep"]
    try:
        bouw.afronden(_state["model"], Path(config["site_dir"]))
    except BouwFout as err:
        raise PluginError(str(err)) from None
    finally:
        shutil.rmtree(prep.map, ignore_errors=True)


class _Errors(logging.Handler):
    """The error messages MkDocs logs during one build."""

    def __init__(self) -> None:
        """Collect from now on."""
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the message."""
        self.messages.append(record.getMessage())


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Under `mkdocs serve`: a rebuild that stops (bad data or config after an edit) shows its Dutch message on
    every address, without a traceback, instead of leaving every request waiting; fixed, the site comes back."""
    build = server.builder
    root = Path(config["config_file_path"]).resolve().parent

    def build_or_show_the_error() -> None:
        """Rebuild; on an error, serve the error page (the server then reloads the browsers as after a build)."""
        errors = _Errors()
        logger = logging.getLogger("mkdocs")
        logger.addHandler(errors)
        try:
            build()
        except Exception as err:  # noqa: BLE001 (every failed build: MkDocs would print its traceback and hang)
            # MkDocs logs the plugin's message and raises "Aborted with a BuildError!": show what it logged.
            message = "\n".join(errors.messages) or str(err) or type(err).__name__
            bouwfout.show(Path(server.root), root, message)
            logger.error("De site kan niet worden gebouwd; elke pagina van make serve toont nu de melding hierboven.")
        finally:
            logger.removeHandler(errors)

    server.builder = build_or_show_the_error
    return server
