"""The FastAPI application: JSON under /api, the web pages everywhere else.

Reads are open; writes need ``Authorization: Bearer <token>``, and with no token configured
the server takes no writes at all.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from importlib.metadata import version
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from orgwatch.errors import BadInput, NotFound, OrgwatchError
from orgwatch.graph import timeline
from orgwatch.interfaces.api import models, views
from orgwatch.interfaces.api.ingest import ingest_request
from orgwatch.interfaces.urlfetch import DEFAULT_LIMITS, FetchLimits, IPNetwork
from orgwatch.interfaces.web import mount_web
from orgwatch.model import FACT_TYPES
from orgwatch.store import Store

# Module level: FastAPI resolves the (string) annotations of dependencies in module globals.
_BEARER = HTTPBearer(auto_error=False, description="The server's ORGWATCH_TOKEN")
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": models.Problem, "description": "No such entity or document"}
}


def create_app(
    store: Store,
    token: str | None = None,
    fetch_limits: FetchLimits = DEFAULT_LIMITS,
    fetch_allow: Iterable[IPNetwork] = (),
) -> FastAPI:
    """The app over ``store``. ``fetch_allow`` exempts networks from the URL-ingest address
    check; only tests pass it, to reach their own server on 127.0.0.1.
    """
    app = FastAPI(
        title="orgwatch",
        version=version("orgwatch"),
        description="Leadership changes and talent flows from multilingual news, with the evidence.",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN: broken offline
        redoc_url=None,
    )
    allow = tuple(fetch_allow)

    def require_token(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)]) -> None:
        if token is None:
            raise HTTPException(403, "writes are disabled: the server was started without ORGWATCH_TOKEN")
        given = credentials.credentials if credentials else ""
        if not secrets.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})

    @app.exception_handler(NotFound)
    def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=404)

    @app.exception_handler(BadInput)
    def bad_input(request: Request, exc: BadInput) -> JSONResponse:
        return JSONResponse({"detail": exc.message}, status_code=400)

    @app.exception_handler(OrgwatchError)
    def store_error(request: Request, exc: OrgwatchError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    api = APIRouter(prefix="/api")

    @api.get("/search")
    def search(
        q: Annotated[str, Query(min_length=1, max_length=200)],
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> list[models.EntityRef]:
        """People and organizations whose name contains every word of ``q``."""
        return views.search(store, q, limit)

    @api.get("/people/{name:path}", responses=_NOT_FOUND)
    def person(name: str) -> models.Entity:
        """A person: aliases, roles, moves, and the timeline with the quotes behind each event."""
        return views.person(store, name)

    @api.get("/orgs/{name:path}", responses=_NOT_FOUND)
    def organization(name: str) -> models.Organization:
        """An organization: who came and went, from where and to where, departures per month."""
        return views.organization(store, name)

    @api.get("/timeline/{name:path}", responses=_NOT_FOUND)
    def entity_timeline(name: str) -> list[models.TimelineEntry]:
        """Every claim about a person or organization, dated ones by date, undated last."""
        return [models.TimelineEntry.model_validate(e.to_dict()) for e in timeline(store, name)]

    @api.get("/flows", responses=_NOT_FOUND)
    def flows(org: Annotated[str | None, Query(min_length=1)] = None) -> list[models.Flow]:
        """People who left one organization for another, most people first; only flows into
        or out of ``org`` if given."""
        return views.flows(store, org)

    @api.get("/facts")
    def facts(
        type: Annotated[str | None, Query(pattern="^(" + "|".join(FACT_TYPES) + ")$")] = None,
        subject: str | None = None,
        object: str | None = None,
    ) -> list[models.Fact]:
        """Facts merged across documents, each with every source: document, language, quote."""
        return views.facts(store, type, subject, object)

    @api.get("/stories")
    def stories() -> list[models.Story]:
        """Articles grouped with their copies and translations."""
        return views.stories(store)

    @api.get("/stories/{story_id}", responses=_NOT_FOUND)
    def story(story_id: str) -> models.StoryDetail:
        """A story's articles and the facts they report."""
        return views.story(store, story_id)

    @api.get("/documents")
    def documents() -> list[models.DocumentSummary]:
        return views.documents(store)

    @api.get("/documents/{doc_id:path}", responses=_NOT_FOUND)
    def document(doc_id: str) -> models.DocumentDetail:
        """A document's metadata and the facts it states."""
        return views.document(store, doc_id)

    @api.post(
        "/ingest",
        dependencies=[Depends(require_token)],
        responses={
            400: {"model": models.Problem, "description": "Not an article, or a URL that is refused"},
            401: {"model": models.Problem},
            403: {"model": models.Problem},
        },
    )
    def ingest(request: models.IngestRequest) -> models.IngestResult:
        """Add an article, given as text or as a public http(s) URL (fetched with size and
        time caps; private, loopback and link-local addresses are refused)."""
        return ingest_request(store, request, fetch_limits, allow)

    app.include_router(api)
    mount_web(app)
    return app
