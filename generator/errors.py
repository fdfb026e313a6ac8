"""Every error the tool reports on purpose.

The CLI turns each of these into one line on stderr and a non-zero exit; anything else is a bug and
shows a traceback only with ``--verbose``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input, located as precisely as we know it."""

    path: str
    line: int = 0
    col: int = 0
    field: str = ""
    message: str = ""

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}"
            if self.col:
                where += f":{self.col}"
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {field}{self.message}"


class BriefingsError(Exception):
    """Base class: ``str(error)`` is what the user sees."""

    exit_code = 1


class InputError(BriefingsError):
    """One bad input, located by a :class:`Problem`."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


class ValidationError(BriefingsError):
    """Several problems found in one pass, reported together."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        count = len(self.problems)
        summary = f"{count} problem{'s' if count != 1 else ''} found"
        super().__init__("\n".join([*map(str, self.problems), summary]))


class CleaningError(InputError):
    """A raw report that cannot be read as text (empty, binary, too large, undecodable)."""


class NoArticleFound(CleaningError):
    """The input decoded fine but holds no article; a warning, nothing is written."""


class FetchError(BriefingsError):
    """A URL could not be fetched (network error, timeout, size limit, bad status)."""


class BuildError(BriefingsError):
    """The site build (mkdocs) failed; the previous site is left in place."""
