"""Errors a user can cause, each with a code, its parameters and an English sentence.

The sentence is the English source text; the interface translates it through Qt using the same
template (``template``) and fills in ``params``. Nothing here carries a traceback to a user.
"""

from __future__ import annotations

from typing import Any


class MinutierError(Exception):
    """Base of every error that is the user's to fix; ``str(e)`` is a full English sentence."""

    code = "error"
    template = "{detail}"

    def __init__(self, detail: str = "", **params: Any) -> None:
        self.params: dict[str, Any] = {"detail": detail, **params}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        # encode/decode: a lone surrogate quoted from bad input must not make it unprintable
        return self.template.format(**self.params).encode("utf-8", "replace").decode("utf-8")


class ValidationError(MinutierError):
    """A value the user typed cannot be accepted; names the field and quotes the text."""

    code = "validation"
    template = "{field}: {reason} (you entered “{text}”)."

    def __init__(self, field: str, text: object, reason: str) -> None:
        # A lone surrogate (broken UTF-16 from a paste or an import) would make the sentence
        # itself unprintable: show it as "?".
        shown = str(text).encode("utf-8", "replace").decode("utf-8")
        # The sentence stays on one line (a dialog, a log line, stderr): line breaks, tabs and
        # other control characters are shown as visible escapes, not obeyed.
        shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in shown)
        if len(shown) > 80:
            shown = shown[:77] + "…"
        super().__init__(field=field, text=shown, reason=reason)

    @property
    def field(self) -> str:
        return self.params["field"]

    @property
    def reason(self) -> str:
        return self.params["reason"]


class NotFound(MinutierError):
    """A reference (id, UUID, CODE/NUMBER, name) matches no record."""

    code = "not_found"
    template = "No {kind} matches “{ref}”."

    def __init__(self, kind: str, ref: object) -> None:
        super().__init__(kind=kind, ref=str(ref))


class Ambiguous(MinutierError):
    """A name matches several records; the user must be more precise."""

    code = "ambiguous"
    template = "“{ref}” matches several {kind} records: {choices}. Be more precise."

    def __init__(self, kind: str, ref: object, choices: list[str]) -> None:
        super().__init__(kind=kind, ref=str(ref), choices=", ".join(choices[:5]))


class Conflict(MinutierError):
    """The action contradicts what is stored (duplicate number, frozen meeting, stale undo)."""

    code = "conflict"
    template = "{detail}"


class FrozenRecord(Conflict):
    """The record belongs to a meeting whose minutes are approved; only an amendment may change it."""

    code = "frozen"
    template = (
        "This record belongs to a meeting whose minutes are approved; "
        "open an amendment (with a reason) to change it."
    )


class DatabaseProblem(MinutierError):
    """The file cannot be used as asked (damaged, newer, locked, read-only, not a database)."""

    code = "database"
    template = "{detail}"

    def __init__(self, detail: str, *, path: str = "", hint: str = "", **params: Any) -> None:
        super().__init__(detail, path=path, hint=hint, **params)

    @property
    def hint(self) -> str:
        return self.params.get("hint", "")
