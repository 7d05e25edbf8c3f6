"""The entity recogniser: people, organisations and places, with coreference and roles.

:func:`find_mentions` reads the content blocks word by word (:mod:`khabar.entities.words`) and
finds names from the lexicons and from grammar: head nouns (:mod:`khabar.entities.heads`),
person names (:mod:`khabar.entities.names`) and the slots that call for them, such as roles
(:mod:`khabar.entities.roles`); :func:`resolve_entities` groups the mentions into entities
(:mod:`khabar.entities.coreference`).
"""

from khabar.entities.coreference import resolve_entities
from khabar.entities.recognise import find_mentions

__all__ = ["find_mentions", "resolve_entities"]
