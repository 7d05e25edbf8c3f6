"""Speaker entities: link a named speaker to a recognised entity, or create one.

A speaker is linked, in order, to the recognised entity with a mention overlapping its name, to
an entity whose name, alias or mention has the same matching key or the same last word (the
family name: ``بوشكوف`` is ``الكسي بوشكوف``), or to an entity this plugin already created.
Otherwise a new provisional entity (``q1`` ...) is created, so that the recogniser finding the
name later makes the plugin link to it instead of duplicating it.
"""

from __future__ import annotations

import attrs

from khabar import Article, Entity, Mention, Span
from khabar.text import match_key
from khabar_quotes.grammar import GRAMMAR
from khabar_quotes.speakers import NameRef

__all__ = ["SpeakerBook"]


def _keys(entity: Entity) -> set[str]:
    forms = {entity.name, *entity.aliases, *(mention.span.text for mention in entity.mentions)}
    return {match_key(form) for form in forms}


_COUNTERPARTS = frozenset({"نظيره", "نظيرته", "نظيرهم", "نظيرها"})


def _bare_word(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 3 else key


def _last_word(key: str) -> str:
    words = key.split()
    return words[-1] if words else key


def _first_word(key: str) -> str:
    """The first word of *key*, or ``""`` for a key without one (a name of marks alone)."""
    words = key.split()
    return words[0] if words else ""


def _role_head(role: str) -> str:
    """The head noun of a role (its first title word, past honorifics), bare of و and ال:
    ``محافظ`` for محافظ حمص, ``وزير`` for معالي وزير التعليم."""
    words = [word[1:] if word.startswith("و") and len(word) > 2 else word for word in role.split()]
    for word in words:
        if GRAMMAR.is_a("title", word) and not GRAMMAR.is_a("honorific", word):
            return _bare_word(word)
    return ""


class SpeakerBook:
    """The entities of an article plus those created for speakers, with lookups by name."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._known: dict[str, Entity] = {entity.id: entity for entity in article.entities}
        self._created: list[str] = []
        self._changed: set[str] = set()

    def entity(self, entity_id: str) -> Entity:
        """The entity with id *entity_id* (recognised or created)."""
        return self._known[entity_id]

    def lookup(self, name: NameRef) -> str | None:
        """The id of the known entity *name* refers to, or ``None`` (nothing is created)."""
        span = Span.of(self._article.text, name.start, name.end)
        if name.entity is not None and name.entity.id in self._known:
            return name.entity.id
        key = match_key(span.text)
        for entity in self._known.values():
            if key in _keys(entity):
                return entity.id
        for entity in self._known.values():
            if entity.type == name.type and any(span.contains(m.span) for m in entity.mentions):
                return entity.id
        for entity in self._known.values():
            surnames = {_last_word(known) for known in _keys(entity)}
            if any(mention.span.overlaps(span) for mention in entity.mentions):
                continue  # a wider recognised name around this one is a different reading
            if entity.type == name.type == "PER" and (
                _last_word(key) in surnames or key in surnames
            ):
                return entity.id
        return None

    def resolve(self, name: NameRef) -> str:
        """The id of the entity *name* refers to (created when none matches)."""
        span = Span.of(self._article.text, name.start, name.end)
        found = self.lookup(name)
        if found is None:
            return self._create(span, name)
        entity = self._known[found]
        partial = [m for m in entity.mentions if span.contains(m.span) and m.span != span]
        if partial and entity.type == name.type:
            return self._extend(found, span, partial, name)
        overlapping = any(mention.span.overlaps(span) for mention in entity.mentions)
        overlapping = overlapping or any(
            mention.span.overlaps(span)
            for entity in self._known.values()
            for mention in entity.mentions
        )
        if overlapping:
            return self._with_role(found, name.role)
        return self._add_mention(found, span, name)

    def anaphor(self, phrase: str, recent: tuple[str, ...]) -> str | None:
        """The entity a definite description (الرئاسة، الوزير، نظيره الإندونيسي) refers back to.

        Every word of the description but a pronoun-suffixed نظيره must appear in the entity's
        roles or as the head of its name (ال ignored); recent speakers are tried first.
        """
        words = [_bare_word(word) for word in phrase.split() if word not in _COUNTERPARTS]
        if not words:
            return None
        head, modifiers = words[0], words[1:]
        if GRAMMAR.is_a("honorific", phrase.split()[0]):
            # سمو، معالي ... name one particular person: the last speaker so addressed
            for entity_id in recent:
                entity = self._known.get(entity_id)
                if entity is not None and entity.type == "PER":
                    roles = {w for role in entity.roles for w in match_key(role).split()}
                    if phrase.split()[0] in roles:
                        return entity_id
        candidates = [*recent, *reversed(self._created), *self._known]
        for entity_id in dict.fromkeys(candidates):
            entity = self._known.get(entity_id)
            if entity is None:
                continue
            name = [_bare_word(word) for word in match_key(entity.name).split()]
            roles = {_bare_word(word) for role in entity.roles for word in match_key(role).split()}
            heads = roles | set(name[:1])
            if entity.type == "PER" and len(name) > 1:
                heads.add(name[-1])  # the family name alone: الخطيب for سامر الخطيب
            counterpart = len(words) < len(phrase.split())
            if counterpart:  # نظيره الإندونيسي: every word describes the counterpart
                if all(word in roles or word in name for word in words):
                    return entity_id
                continue
            if head in heads and all(word in roles or word in name for word in modifiers):
                return entity_id
        return self._unique_head(head) if len(words) == len(phrase.split()) else None

    def title_holder(self, head: str, before: int) -> str | None:
        """The person mentioned last before offset *before* whose role has the head noun
        *head* (a matching key without ال): a bare definite title (المحافظ، الوزير) refers
        back to the person the article gave that title."""
        latest: tuple[int, str] | None = None
        for entity in self._known.values():
            if entity.type != "PER" or not any(
                _role_head(match_key(role)) == head for role in entity.roles
            ):
                continue
            starts = [m.span.start for m in entity.mentions if m.span.start < before]
            if starts and (latest is None or max(starts) > latest[0]):
                latest = (max(starts), entity.id)
        return latest[1] if latest is not None else None

    def _unique_head(self, head: str) -> str | None:
        """The only organisation whose name begins with *head* (اللجنة الأسبانية → لجنة ...)."""
        found = [
            entity.id
            for entity in self._known.values()
            if entity.type == "ORG" and _bare_word(_first_word(match_key(entity.name))) == head
        ]
        return found[0] if len(found) == 1 else None

    def changed(self) -> tuple[Entity, ...]:
        """The entities created or changed (new mentions, roles) for the result."""
        return tuple(
            self._known[entity_id] for entity_id in sorted(self._changed | set(self._created))
        )

    def _with_role(self, entity_id: str, role: str | None) -> str:
        entity = self._known[entity_id]
        if role and role not in entity.roles:
            self._known[entity_id] = attrs.evolve(entity, roles=(*entity.roles, role))
            self._changed.add(entity_id)
        return entity_id

    def _add_mention(self, entity_id: str, span: Span, name: NameRef) -> str:
        entity = self._known[entity_id]
        if not any(mention.span.overlaps(span) for mention in entity.mentions):
            mention = Mention(span=span, type=entity.type, key=match_key(span.text))
            mentions = tuple(sorted((*entity.mentions, mention), key=lambda m: m.span.start))
            longer = (
                span.text
                if len(match_key(span.text)) > len(match_key(entity.name))
                else entity.name
            )
            aliases = tuple(
                dict.fromkeys(a for a in (*entity.aliases, entity.name, span.text) if a != longer)
            )
            entity = attrs.evolve(entity, name=longer, aliases=aliases, mentions=mentions)
            self._known[entity_id] = entity
            self._changed.add(entity_id)
        return self._with_role(entity_id, name.role)

    def _extend(self, entity_id: str, span: Span, partial: list[Mention], name: NameRef) -> str:
        """Widen a recognised mention to the full name the subject grammar found."""
        entity = self._known[entity_id]
        mention = Mention(span=span, type=entity.type, key=match_key(span.text))
        mentions = tuple(
            sorted(
                (*(m for m in entity.mentions if m not in partial), mention),
                key=lambda m: m.span.start,
            )
        )
        forms = dict.fromkeys((*entity.aliases, entity.name))
        fullest = span.text if len(span.text) > len(entity.name) else entity.name
        aliases = tuple(form for form in forms if form != fullest)
        self._known[entity_id] = attrs.evolve(
            entity, name=fullest, aliases=aliases, mentions=mentions
        )
        self._changed.add(entity_id)
        return self._with_role(entity_id, name.role)

    def _create(self, span: Span, name: NameRef) -> str:
        entity_id = f"q{len(self._created) + 1}"
        mention = Mention(span=span, type=name.type, key=match_key(span.text))
        self._known[entity_id] = Entity(
            id=entity_id,
            type=name.type,
            name=span.text,
            roles=(name.role,) if name.role else (),
            mentions=(mention,),
        )
        self._created.append(entity_id)
        return entity_id
