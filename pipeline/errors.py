"""One error root; every message says where (file:line:col) and what, in plain words."""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error the pipeline reports to a user."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def located(self, path: str | None = None) -> str:
        """Return the message as `path:line:col: message`, leaving out what is unknown."""
        where = [str(path or self.path or "<input>")]
        if self.line is not None:
            where.append(str(self.line))
            if self.column is not None:
                where.append(str(self.column))
        return f"{':'.join(where)}: {self.message}"

    def __str__(self) -> str:
        return self.located()


class InputError(PipelineError):
    """The source text cannot be converted (empty, binary, undecodable, illegal characters)."""


class DocumentError(PipelineError):
    """An XML document given to validate or export cannot be read or was refused."""


class ExportError(PipelineError):
    """An export could not be produced."""
