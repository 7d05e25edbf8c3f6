"""The errors khabar raises.

Every failure that reaches a user is a :class:`KhabarError`, so a caller can catch one type and
still tell what went wrong from the subclass and the message.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "FormatError",
    "GoldError",
    "InputError",
    "KhabarError",
    "MissingExtraError",
    "ModelError",
    "PluginError",
    "SchemaError",
]


class KhabarError(Exception):
    """The base of every error khabar raises on purpose."""


class ModelError(KhabarError, ValueError):
    """A model object would break an invariant (a span outside the text, an unknown kind)."""


class InputError(KhabarError):
    """An input file cannot be read as an article."""


class DecodeError(InputError):
    """Bytes that cannot be decoded with the chosen encoding.

    :ivar path: the file, when there is one.
    :ivar offset: the byte offset of the first undecodable byte.
    """

    def __init__(self, message: str, *, path: str | None = None, offset: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.offset = offset


class PluginError(KhabarError):
    """A plugin failed to load, or raised inside a hook.

    :ivar plugin: the plugin's name.
    :ivar hook: the hook's name, or ``None`` when the plugin failed to load.
    """

    def __init__(self, message: str, *, plugin: str, hook: str | None = None) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.hook = hook


class FormatError(KhabarError):
    """An unknown output format, or two plugins registering the same name."""


class SchemaError(KhabarError, ValueError):
    """A JSON document that does not follow the ``khabar.article`` contract."""


class GoldError(KhabarError):
    """A gold annotation file that cannot be read."""


class MissingExtraError(KhabarError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra to install, e.g. ``pip install 'khabar[html]'``.
    """
