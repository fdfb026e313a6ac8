"""What the generator needs to know from mkdocs.yml: where the site lives and which search it uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from .errors import BriefingsError

CONFIG_FILE = "mkdocs.yml"
# Material's built-in search plugin; without it the site is searched with Pagefind.
LUNR_PLUGINS = ("search", "material/search")
PAGEFIND = "pagefind"
LUNR = "lunr"


@dataclass(frozen=True)
class SiteConfig:
    url: str
    search: str
    name: str = "Briefing archive"
    description: str = ""

    @property
    def pagefind(self) -> bool:
        return self.search == PAGEFIND


def load_site_config(root: Path) -> SiteConfig:
    """Read ``mkdocs.yml`` the way MkDocs does (``!ENV`` resolved)."""
    path = root / CONFIG_FILE
    try:
        with path.open("rb") as stream:
            config = yaml_load(stream) or {}
    except (OSError, ValueError) as error:
        raise BriefingsError(f"{path}: cannot read the site configuration: {error}") from None
    url = str(config.get("site_url") or "http://127.0.0.1:8000/")
    return SiteConfig(url if url.endswith("/") else url + "/", _search(config.get("plugins") or []),
                      str(config.get("site_name") or SiteConfig.name), str(config.get("site_description") or ""))


def _search(plugins: list) -> str:
    names = [next(iter(p)) if isinstance(p, dict) else p for p in plugins]
    return LUNR if any(name in LUNR_PLUGINS for name in names) else PAGEFIND
