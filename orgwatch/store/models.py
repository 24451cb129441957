"""The tables. Portable column types only, so the same models run on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    lang: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    doc_date: Mapped[str | None] = mapped_column(String(32))  # the date analysis settled on

    claims: Mapped[list[ClaimRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(8))  # 'person' | 'org'
    name: Mapped[str] = mapped_column(String(512))
    key: Mapped[str] = mapped_column(String(512), index=True)  # name_key(name): lookups


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(128))
    date: Mapped[str | None] = mapped_column(String(32))
    date_how: Mapped[str] = mapped_column(String(128), default="")
    status: Mapped[str] = mapped_column(String(16))
    evidence: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(16), default="")
    extractor: Mapped[str] = mapped_column(String(64), default="")
    confidence: Mapped[float] = mapped_column(Float, default=1.0)

    document: Mapped[DocumentRow] = relationship(back_populates="claims")
    subject: Mapped[EntityRow] = relationship(foreign_keys=[subject_id])
    object: Mapped[EntityRow] = relationship(foreign_keys=[object_id])


class AliasRow(Base):
    __tablename__ = "aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    alias: Mapped[str] = mapped_column(String(512))
    key: Mapped[str] = mapped_column(String(512), unique=True)  # name_key(alias)
    canonical: Mapped[str] = mapped_column(String(512))
    kind: Mapped[str | None] = mapped_column(String(8))
    source: Mapped[str] = mapped_column(Text, default="")  # evidence: who says so and why
    created_by: Mapped[str] = mapped_column(String(8))  # 'user' | 'learned'


class ResolvedNameRow(Base):
    """The canonical name entity resolution gave an entity across documents (none: its own).

    Kept apart from ``entities`` so that claims keep the names their documents gave, and a user
    correction can be re-applied to them at any time (``orgwatch.graph.refresh``).
    """

    __tablename__ = "resolved_names"

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True)
    canonical: Mapped[str] = mapped_column(String(512))
    key: Mapped[str] = mapped_column(String(512), index=True)  # name_key(canonical)


class EmbeddingRow(Base):
    """Sentence vectors of a document text, by content hash: a cache for finding stories."""

    __tablename__ = "embeddings"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RevisionRow(Base):
    """How often the documents changed: a key for caches of what is computed from all of them
    (stories), valid across processes sharing the store."""

    __tablename__ = "revisions"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
