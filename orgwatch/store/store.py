"""The store: documents, entities, claims and aliases, one transaction per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Engine,
    create_engine,
    delete,
    event,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, aliased, sessionmaker

from orgwatch.errors import StoreError
from orgwatch.model import AnalyzedDocument, Claim, EntityKind
from orgwatch.model import Document as ModelDocument
from orgwatch.resolution import Alias, AliasTable, CreatedBy, curated_aliases, name_key, slot_kinds
from orgwatch.store.config import database_url
from orgwatch.store.models import (
    AliasRow,
    Base,
    ClaimRow,
    DocumentRow,
    EmbeddingRow,
    EntityRow,
    ResolvedNameRow,
    RevisionRow,
)

AddStatus = Literal["added", "unchanged", "replaced", "duplicate"]
_CHUNK = 500  # names or ids per IN (...): below every database's limit on bound parameters


@dataclass(frozen=True)
class AddResult:
    status: AddStatus
    claims: int = 0  # claims stored by this call
    duplicate_of: str | None = None  # for "duplicate": the id already holding this text


@dataclass(frozen=True)
class DocMeta:
    """What the store keeps of the analysis: the language and date it settled on."""

    lang: str | None = None
    doc_date: str | None = None

    @classmethod
    def of(cls, adoc: AnalyzedDocument) -> DocMeta:
        return cls(adoc.lang, adoc.doc_date.iso if adoc.doc_date else None)


@dataclass(frozen=True)
class StoredDocument:
    id: str
    hash: str
    source: str
    url: str | None
    published: str | None
    lang: str | None
    title: str | None
    doc_date: str | None
    claims: int


@dataclass(frozen=True, order=True)
class Entity:
    kind: EntityKind
    name: str


def fact_sort_key(fact: dict[str, Any]) -> tuple[str, ...]:
    """The FACTS.md export order (doc, type, subject, object, role, date, status, evidence).

    Sorted in Python, not SQL: database collations differ (SQLite vs PostgreSQL), and two
    exports of one store must be byte-identical wherever it lives.
    """
    fields = ("doc", "type", "subject", "object", "role", "date", "status", "evidence")
    return tuple(fact[f] or "" for f in fields)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on (cascading deletes); WAL with normal sync: one transaction per document
    must not cost a disk flush each, and a crash still never leaves half a document."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """A SQLAlchemy-backed store; SQLite by default, any SQLAlchemy URL works."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        try:
            self._engine: Engine = create_engine(self.url)
            if self._engine.dialect.name == "sqlite":
                event.listen(self._engine, "connect", _sqlite_pragmas)
            Base.metadata.create_all(self._engine)
        except (ArgumentError, SQLAlchemyError) as e:
            raise StoreError(f"cannot open the store at {self.url}: {e}") from e
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        try:  # the row ``add`` bumps; created here, once, so that adds only ever update it
            with self._sessions.begin() as session:
                if session.get(RevisionRow, "documents") is None:
                    session.add(RevisionRow(name="documents", value=0))
        except IntegrityError:
            pass  # another process opening the store created it first

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- documents and claims -------------------------------------------------------------

    def add(self, doc: ModelDocument, meta: DocMeta, claims: Iterable[Claim]) -> AddResult:
        """Store one document and its claims atomically: all of it or, on any error, nothing.

        Same id and text as before: nothing changes. Same id, new text: the document and its
        claims are replaced. Same text under another id: reported, not stored twice.
        """
        try:
            with self._sessions.begin() as session:
                return self._add(session, doc, meta, list(claims))
        except SQLAlchemyError as e:
            raise StoreError(f"could not store {doc.id}: {e}") from e

    def has(self, doc: ModelDocument) -> bool:
        """Whether this document is stored with this very text (re-ingest would change nothing)."""
        query = select(DocumentRow.content_hash).where(DocumentRow.id == doc.id)
        with self._sessions() as session:
            return session.scalars(query).first() == doc.hash

    def _add(self, session: Session, doc: ModelDocument, meta: DocMeta, claims: list[Claim]) -> AddResult:
        row = session.get(DocumentRow, doc.id)
        if row is not None and row.content_hash == doc.hash:
            return AddResult("unchanged")
        twin = session.scalars(
            select(DocumentRow.id).where(DocumentRow.content_hash == doc.hash, DocumentRow.id != doc.id)
        ).first()
        if twin is not None:
            return AddResult("duplicate", duplicate_of=twin)
        status: AddStatus = "added" if row is None else "replaced"
        if row is None:
            row = DocumentRow(id=doc.id)
            session.add(row)
        else:
            session.execute(delete(ClaimRow).where(ClaimRow.doc_id == doc.id))
        row.content_hash = doc.hash
        row.source, row.url, row.published = doc.source, doc.url, doc.published
        row.title, row.text = doc.title, doc.text
        row.lang, row.doc_date = meta.lang or doc.lang, meta.doc_date
        session.execute(
            update(RevisionRow).where(RevisionRow.name == "documents").values(value=RevisionRow.value + 1)
        )
        session.flush()
        for claim in claims:
            subject_kind, object_kind = slot_kinds(claim.type)
            session.add(
                ClaimRow(
                    doc_id=doc.id,
                    type=claim.type,
                    subject=self._entity(session, subject_kind, claim.subject),
                    object=self._entity(session, object_kind, claim.object),
                    role=claim.role,
                    date=claim.date,
                    date_how=claim.date_how,
                    status=claim.status,
                    evidence=claim.evidence,
                    start_offset=claim.start,
                    end_offset=claim.end,
                    lang=claim.lang,
                    extractor=claim.extractor,
                    confidence=claim.confidence,
                )
            )
        return AddResult(status, claims=len(claims))

    def _entity(self, session: Session, kind: EntityKind | None, name: str) -> EntityRow:
        """The entity row for ``name``; an unknown kind ("sues" parties) reuses a known entity."""
        query = select(EntityRow).where(EntityRow.key == name_key(name))
        if kind is not None:
            query = query.where(EntityRow.kind == kind)
        found = session.scalars(query.order_by(EntityRow.kind.desc())).first()  # person first
        if found is not None:
            return found
        row = EntityRow(kind=kind or "org", name=name, key=name_key(name))
        session.add(row)
        session.flush()
        return row

    def documents(self) -> list[StoredDocument]:
        with self._sessions() as session:
            per_doc = select(ClaimRow.doc_id, func.count()).group_by(ClaimRow.doc_id)
            counts = {doc_id: n for doc_id, n in session.execute(per_doc)}
            d = DocumentRow
            columns = (d.id, d.content_hash, d.source, d.url, d.published, d.lang, d.title, d.doc_date)
            rows = session.execute(select(*columns).order_by(d.id))  # no text: can be large
            return [StoredDocument(*row, claims=counts.get(row[0], 0)) for row in rows]

    def revision(self) -> int:
        """A number that changes whenever a document is added or replaced."""
        with self._sessions() as session:
            return session.scalars(select(RevisionRow.value).where(RevisionRow.name == "documents")).one()

    def entities_named(self, *names: str) -> list[Entity]:
        """The entities whose canonical name is one of ``names`` in any case, by index."""
        name = func.coalesce(ResolvedNameRow.canonical, EntityRow.name)
        query = (
            select(EntityRow.kind, name)
            .outerjoin(ResolvedNameRow, ResolvedNameRow.entity_id == EntityRow.id)
            .where(EntityRow.id.in_(self._named([name_key(n) for n in names])))
        )
        with self._sessions() as session:
            return sorted({Entity(cast(EntityKind, kind), n) for kind, n in session.execute(query)})

    def entities(self) -> list[Entity]:
        """Every entity under its canonical name (variants resolved to one entity appear once)."""
        name = func.coalesce(ResolvedNameRow.canonical, EntityRow.name)
        query = select(EntityRow.kind, name).outerjoin(
            ResolvedNameRow, ResolvedNameRow.entity_id == EntityRow.id
        )
        with self._sessions() as session:
            return sorted({Entity(cast(EntityKind, kind), n) for kind, n in session.execute(query)})

    def facts(self) -> list[dict[str, Any]]:
        """Every claim as a FACTS.md record (canonical names), in the stable export order."""
        return sorted((c.to_fact() for c in self._claims()), key=fact_sort_key)

    def claims(self, resolved: bool = True) -> list[Claim]:
        """Every claim, under canonical names or (``resolved=False``) as its document named them."""
        return self._claims(resolved=resolved)

    def claims_for(self, *names: str) -> list[Claim]:
        """Claims with any of ``names`` as subject or object (exact or canonical name, any case)."""
        keys = [name_key(n) for n in names]
        ids = (
            select(EntityRow.id)
            .where(EntityRow.key.in_(keys))
            .union(select(ResolvedNameRow.entity_id).where(ResolvedNameRow.key.in_(keys)))
        )
        claims = self._claims(or_(ClaimRow.subject_id.in_(ids), ClaimRow.object_id.in_(ids)))
        return sorted(claims, key=lambda c: fact_sort_key(c.to_fact()))

    def claims_about(self, names: Iterable[str]) -> list[Claim]:
        """Every claim whose subject or object has one of ``names`` as canonical name (any case).

        Unlike ``claims_for``, a variant resolved to another entity does not count: what is
        merged from these claims is then exactly what the whole store gives for those names.
        """
        keys = sorted({name_key(n) for n in names})
        found: set[int] = set()
        with self._sessions() as session:
            for at in range(0, len(keys), _CHUNK):
                named = self._named(keys[at : at + _CHUNK])
                where = or_(ClaimRow.subject_id.in_(named), ClaimRow.object_id.in_(named))
                found.update(session.scalars(select(ClaimRow.id).where(where)))
        ids = sorted(found)
        claims: list[Claim] = []
        for at in range(0, len(ids), _CHUNK):  # ascending ids: the order ``claims`` has them in
            claims += self._claims(ClaimRow.id.in_(ids[at : at + _CHUNK]))
        return claims

    def claims_in(self, doc_ids: Iterable[str]) -> list[Claim]:
        """Every claim of these documents, by index."""
        ids = sorted(set(doc_ids))
        claims: list[Claim] = []
        for at in range(0, len(ids), _CHUNK):
            claims += self._claims(ClaimRow.doc_id.in_(ids[at : at + _CHUNK]))
        return claims

    @staticmethod
    def _named(keys: list[str]) -> CompoundSelect[int]:
        """Ids of the entities whose canonical name has one of ``keys`` (both lookups indexed)."""
        unresolved = (
            select(EntityRow.id)
            .outerjoin(ResolvedNameRow, ResolvedNameRow.entity_id == EntityRow.id)
            .where(EntityRow.key.in_(keys), ResolvedNameRow.entity_id.is_(None))
        )
        return unresolved.union(select(ResolvedNameRow.entity_id).where(ResolvedNameRow.key.in_(keys)))

    def _claims(self, where: ColumnElement[bool] | None = None, resolved: bool = True) -> list[Claim]:
        subject, obj = aliased(EntityRow), aliased(EntityRow)
        subject_as, obj_as = aliased(ResolvedNameRow), aliased(ResolvedNameRow)
        names = (
            (func.coalesce(subject_as.canonical, subject.name), func.coalesce(obj_as.canonical, obj.name))
            if resolved
            else (subject.name, obj.name)
        )
        query = (
            select(ClaimRow, *names)
            .join(subject, ClaimRow.subject_id == subject.id)
            .join(obj, ClaimRow.object_id == obj.id)
            .outerjoin(subject_as, subject_as.entity_id == subject.id)
            .outerjoin(obj_as, obj_as.entity_id == obj.id)
        )
        if where is not None:
            query = query.where(where)
        query = query.order_by(ClaimRow.id)  # one order for every subset: merges depend on it
        with self._sessions() as session:
            return [
                Claim(
                    doc_id=c.doc_id, type=c.type, subject=s, object=o, role=c.role, date=c.date,
                    status=c.status, evidence=c.evidence, start=c.start_offset, end=c.end_offset,
                    lang=c.lang, extractor=c.extractor, confidence=c.confidence, date_how=c.date_how,
                )
                for c, s, o in session.execute(query)
            ]  # fmt: skip

    # -- aliases --------------------------------------------------------------------------

    def alias_add(
        self,
        alias: str,
        canonical: str,
        kind: EntityKind | None = None,
        source: str = "",
        created_by: Literal["user", "learned"] = "user",
    ) -> None:
        """Add or replace the alias ``alias`` -> ``canonical``."""
        with self._sessions.begin() as session:
            row = session.scalars(select(AliasRow).where(AliasRow.key == name_key(alias))).first()
            if row is None:
                row = AliasRow(key=name_key(alias))
                session.add(row)
            row.alias, row.canonical, row.kind = alias, canonical, kind
            row.source, row.created_by = source, created_by

    def alias_remove(self, alias: str) -> bool:
        """Remove a stored alias; False if there was none."""
        with self._sessions.begin() as session:
            result = session.execute(delete(AliasRow).where(AliasRow.key == name_key(alias)))
            return bool(getattr(result, "rowcount", 0))

    def alias_list(self) -> list[Alias]:
        """The aliases stored by users or learned, by alias."""
        with self._sessions() as session:
            rows = session.scalars(select(AliasRow).order_by(AliasRow.key))
            return [
                Alias(
                    r.alias,
                    r.canonical,
                    cast(EntityKind | None, r.kind),
                    r.source,
                    cast(CreatedBy, r.created_by),
                )
                for r in rows
            ]

    def learned_aliases_replace(self, aliases: Iterable[Alias]) -> None:
        """Replace every learned alias (user aliases stay): resolution re-learns them from evidence."""
        with self._sessions.begin() as session:
            session.execute(delete(AliasRow).where(AliasRow.created_by == "learned"))
            user = set(session.scalars(select(AliasRow.key)))
            for a in aliases:
                if name_key(a.alias) not in user:
                    session.add(
                        AliasRow(
                            alias=a.alias, key=name_key(a.alias), canonical=a.canonical, kind=a.kind,
                            source=a.source, created_by="learned",
                        )
                    )  # fmt: skip

    # -- entity resolution and stories ----------------------------------------------------

    def resolution_replace(self, canonical: Callable[[EntityKind, str], str]) -> None:
        """Set the canonical name of every entity to ``canonical(kind, name)``."""
        with self._sessions.begin() as session:
            session.execute(delete(ResolvedNameRow))
            rows = session.execute(select(EntityRow.id, EntityRow.kind, EntityRow.name))
            for entity_id, kind, name in rows:
                target = canonical(cast(EntityKind, kind), name)
                if target != name:
                    session.add(ResolvedNameRow(entity_id=entity_id, canonical=target, key=name_key(target)))

    def texts(self) -> dict[str, str]:
        """Every stored text by content hash (one per text, however many documents share it)."""
        with self._sessions() as session:
            return {h: t for h, t in session.execute(select(DocumentRow.content_hash, DocumentRow.text))}

    def embeddings(self) -> dict[str, bytes]:
        """The cached sentence vectors, by content hash."""
        with self._sessions() as session:
            return {h: d for h, d in session.execute(select(EmbeddingRow.content_hash, EmbeddingRow.data))}

    def embeddings_add(self, vectors: Mapping[str, bytes]) -> None:
        with self._sessions.begin() as session:
            known = set(session.scalars(select(EmbeddingRow.content_hash)))
            session.add_all(
                EmbeddingRow(content_hash=h, data=d) for h, d in vectors.items() if h not in known
            )

    def alias_table(self) -> AliasTable:
        """Curated aliases with the stored ones on top: what resolution applies."""
        return curated_aliases(self.alias_list())
