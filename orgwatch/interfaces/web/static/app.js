// orgwatch pages: each page is rendered from the JSON API. Text from the store is only ever
// set with textContent (via el()), never parsed as HTML; links to sources must be http(s).
"use strict";

const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}

const enc = encodeURIComponent;
const personHref = (name) => "/person/" + enc(name);
const orgHref = (name) => "/org/" + enc(name);
const docHref = (id) => "/doc/" + enc(id);
const factHref = (f) => "/fact?" + new URLSearchParams({type: f.type, subject: f.subject, object: f.object});
const PARTIES = ["sues", "invests", "acquires"];  // either side may be a person or an organization
const label = (type) => type.replace(/_/g, " ");

async function api(path) {
  const response = await fetch("/api" + path, {headers: {Accept: "application/json"}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined));
}

function badge(status) {
  return el("span", {class: "badge status-" + status, title: "status: " + status}, status);
}

function entityLink(name, kind) {
  return el("a", {href: kind === "person" ? personHref(name) : orgHref(name)}, name);
}

function quote(e) {
  const src = safeUrl(e.url);
  return el("figure", {class: "quote"},
    el("blockquote", {lang: e.lang || null}, e.quote),
    el("figcaption", {},
      el("span", {class: "lang"}, (e.lang || "?").toUpperCase()), " ",
      e.published ? el("time", {}, e.published) : null, " ",
      el("a", {href: docHref(e.doc)}, e.title || e.doc),
      src ? [" · ", el("a", {href: src, rel: "noopener noreferrer nofollow", target: "_blank"}, "source")] : null));
}

// ---- pages ----------------------------------------------------------------------------------

const ARRIVALS = ["joins", "appointed", "returns", "founds"];
const DEPARTURES = ["leaves", "dismissed"];
const plural = (n, word) => `${n} ${n === 1 ? word : word.endsWith("y") ? word.slice(0, -1) + "ies" : word + "s"}`;

async function home(q) {
  if (q) {
    const hits = await api("/search?" + new URLSearchParams({q, limit: 50}));
    show(el("h1", {}, "Results for “", q, "”"),
      hits.length ? el("ul", {class: "hits"}, hits.map((h) =>
        el("li", {}, entityLink(h.name, h.kind), " ", el("span", {class: "kind"}, h.kind === "org" ? "organization" : "person"))))
        : el("p", {class: "muted"}, "Nobody and nothing by that name."));
    return;
  }
  const [stories, docs] = await Promise.all([api("/stories"), api("/documents")]);
  const titles = new Map(docs.map((d) => [d.id, d.title || d.id]));
  show(el("h1", {}, "Stories"),
    el("p", {class: "muted"}, `${plural(docs.length, "article")} in ${plural(stories.length, "story")}. `,
      "Search for a person or an organization above."),
    el("ul", {class: "stories"}, stories.map((s) =>
      el("li", {}, el("a", {href: "/story/" + enc(s.id)}, titles.get(s.id) || s.id), " ",
        s.first_reported ? el("time", {}, s.first_reported) : null, " ",
        s.langs.map((l) => [el("span", {class: "lang"}, l.toUpperCase()), " "]),
        el("span", {class: "muted"}, plural(s.docs.length, "article"))))));
}

function sourceOf(entry) {
  // The quote behind the event as shown: a source giving this date and status, if any.
  return entry.sources.find((s) => s.date === entry.date && s.status === entry.status)
    || entry.sources.find((s) => s.doc === entry.doc) || entry.sources[0];
}

function eventItem(e) {
  // "dismissed OpenAI" on the person's page, "Sam Altman dismissed" on the organization's.
  const asSubject = e.as === "subject";
  const link = PARTIES.includes(e.type) ? el("a", {href: "/?q=" + enc(e.other)}, e.other)
    : entityLink(e.other, asSubject ? "org" : "person");
  const what = el("strong", {}, label(e.type));
  const source = sourceOf(e);
  const when = e.date || (e.placed ? "reported " + e.placed : "undated");
  return el("li", {class: "event", "data-type": e.type},
    el("div", {class: "when"}, when),
    el("div", {class: "what"},
      el("div", {class: "headline"}, asSubject ? [what, " ", link] : [link, " ", what],
        e.role ? el("span", {class: "role"}, " as " + e.role) : null, " ", badge(e.status)),
      quote({doc: source.doc, quote: source.evidence, lang: source.lang, published: source.reported}),
      el("a", {class: "sources", href: factHref(e)},
        plural(e.sources.length, "source"), ` · ${plural(e.independent_sources, "independent story")}`)));
}

function aliasLine(view) {
  if (!view.aliases.length) return null;
  return el("p", {class: "muted"}, "Also named: ", view.aliases.map((a, i) =>
    [i ? ", " : "", el("span", {title: a.source}, a.alias)]));
}

async function personPage(name) {
  const p = await api("/people/" + enc(name));
  document.title = p.name + " · orgwatch";
  show(el("h1", {}, p.name), aliasLine(p),
    el("h2", {}, "Roles held"),
    p.roles.length ? el("table", {class: "roles"},
      el("thead", {}, el("tr", {}, ["role", "organization", "status", "sources"].map((h) => el("th", {}, h)))),
      el("tbody", {}, p.roles.map((r) => el("tr", {},
        el("td", {}, r.roles.join(", ") || "—"), el("td", {}, entityLink(r.org, "org")),
        el("td", {}, badge(r.status)), el("td", {}, String(r.sources))))))
      : el("p", {class: "muted"}, "No roles known."),
    p.moves.length ? [el("h2", {}, "Moves"), el("ul", {class: "moves"}, p.moves.map((m) => el("li", {},
      el("span", {class: "when"}, m.date || "undated"), " ", entityLink(m.origin, "org"), " → ",
      entityLink(m.destination, "org"), " ", badge(m.status))))] : null,
    el("h2", {}, "Timeline"),
    el("ol", {class: "timeline"}, p.timeline.filter((e) => e.type !== "holds_role").map(eventItem)));
}

function movementTable(entries, otherOf, header) {
  if (!entries.length) return el("p", {class: "muted"}, "Nobody known.");
  return el("table", {class: "moves"},
    el("thead", {}, el("tr", {}, ["date", "person", "event", "status", header].map((h) => el("th", {}, h)))),
    el("tbody", {}, entries.map((e) => el("tr", {},
      el("td", {}, e.date || "undated"), el("td", {}, entityLink(e.subject, "person")), el("td", {}, label(e.type)),
      el("td", {}, badge(e.status)), el("td", {}, otherOf(e) ? entityLink(otherOf(e), "org") : "")))));
}

function flowDiagram(org) {
  // Origins on the left, the organization in the middle, destinations on the right; a band's
  // width is the number of people who moved.
  const left = org.inflow, right = org.outflow;
  const rows = Math.max(left.length, right.length, 1);
  const width = 760, rowH = 44, height = rows * rowH + 20, mid = width / 2;
  const root = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "flows", role: "img",
    "aria-label": `People moving into and out of ${org.name}`});
  root.append(svg("rect", {x: mid - 70, y: 10, width: 140, height: height - 20, rx: 6, class: "node self"}));
  root.append(svg("text", {x: mid, y: height / 2, class: "label center"}, org.name));
  const side = (flows, isLeft) => flows.forEach((f, i) => {
    const y = 10 + i * rowH + rowH / 2, x = isLeft ? 10 : width - 190;
    const band = Math.min(4 + 6 * f.count, rowH - 8);
    const [x1, y1, x2, y2] = isLeft ? [x + 180, y, mid - 70, height / 2] : [mid + 70, height / 2, x, y];
    const cx = (x1 + x2) / 2;
    const path = svg("path", {class: isLeft ? "band in" : "band out", "stroke-width": band,
      d: `M${x1},${y1} C${cx},${y1} ${cx},${y2} ${x2},${y2}`});
    path.append(svg("title", {}, `${f.origin} → ${f.destination}: ${f.people.join(", ")}`));
    root.append(path);
    const name = isLeft ? f.origin : f.destination;
    const link = svg("a", {href: orgHref(name)});
    link.append(svg("rect", {x, y: y - 14, width: 180, height: 28, rx: 4, class: "node"}));
    const short = name.length > 20 ? name.slice(0, 19) + "…" : name;  // the box is 180 px wide
    link.append(svg("title", {}, name));
    link.append(svg("text", {x: x + 90, y: y + 4, class: "label center"}, `${short} (${f.count})`));
    root.append(link);
  });
  side(left, true);
  side(right, false);
  return root;
}

function departuresChart(buckets) {
  const width = 760, height = 180, pad = 28;
  const root = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "bars", role: "img",
    "aria-label": "Departures over time"});
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const step = (width - 2 * pad) / Math.max(buckets.length, 1);
  buckets.forEach((b, i) => {
    const h = (height - 2 * pad) * b.count / max, x = pad + i * step, w = Math.min(Math.max(step - 8, 2), 48);
    const bar = svg("rect", {x: x + (step - w) / 2, y: height - pad - h, width: w, height: h, class: "bar"});
    bar.append(svg("title", {}, `${b.period}: ${b.people.join(", ")}`));
    root.append(bar);
    root.append(svg("text", {x: x + step / 2, y: height - pad - h - 4, class: "label center"}, String(b.count)));
    root.append(svg("text", {x: x + step / 2, y: height - 8, class: "label center small"}, b.period));
  });
  return root;
}

async function orgPage(name) {
  const o = await api("/orgs/" + enc(name));
  document.title = o.name + " · orgwatch";
  const mine = o.timeline.filter((e) => e.as === "object");
  const cameFrom = new Map(o.moves.filter((m) => m.destination === o.name).map((m) => [m.person, m.origin]));
  const wentTo = new Map(o.moves.filter((m) => m.origin === o.name).map((m) => [m.person, m.destination]));
  show(el("h1", {}, o.name, " ", el("span", {class: "kind"}, "organization")), aliasLine(o),
    el("h2", {}, "Inflow and outflow"),
    o.inflow.length || o.outflow.length ? flowDiagram(o) : el("p", {class: "muted"}, "No known moves between organizations."),
    el("h2", {}, "Departures over time"),
    o.departures.length ? departuresChart(o.departures) : el("p", {class: "muted"}, "No dated departures."),
    el("h2", {}, "People in"),
    movementTable(mine.filter((e) => ARRIVALS.includes(e.type)), (e) => cameFrom.get(e.subject), "from"),
    el("h2", {}, "People out"),
    movementTable(mine.filter((e) => DEPARTURES.includes(e.type)), (e) => wentTo.get(e.subject), "to"),
    el("h2", {}, "Events"),
    el("ol", {class: "timeline"}, o.timeline.filter((e) => e.type !== "holds_role").map(eventItem)));
}

async function factPage(params) {
  const [facts, docs] = await Promise.all([api("/facts?" + params), api("/documents")]);
  if (!facts.length) throw new Error("No such fact in the store.");
  const byId = new Map(docs.map((d) => [d.id, d]));
  const f = facts[0];
  const party = (name, kind) => PARTIES.includes(f.type) ? el("a", {href: "/?q=" + enc(name)}, name) : entityLink(name, kind);
  document.title = `${f.subject} ${label(f.type)} ${f.object} · orgwatch`;
  show(el("h1", {}, party(f.subject, "person"), " ", label(f.type), " ", party(f.object, "org")),
    facts.flatMap((fact) => [
      el("p", {class: "meta"}, fact.date || "undated", " ", badge(fact.status),
        fact.roles.length ? " · role: " + fact.roles.join(", ") : "",
        ` · ${plural(fact.independent_sources, "independent story")} · confidence ${fact.confidence.toFixed(2)}`),
      el("h2", {}, plural(fact.sources.length, "source")),
      el("ul", {class: "evidence"}, fact.sources.map((s) => {
        const doc = byId.get(s.doc) || {};
        return el("li", {},
          quote({doc: s.doc, quote: s.evidence, lang: s.lang, published: s.reported || doc.published, url: doc.url, title: doc.title}),
          el("p", {class: "muted"}, "this source dates it ", s.date || "—", ", status ", s.status));
      }))]));
}

function docList(docs) {
  return el("ul", {class: "docs"}, docs.map((d) => el("li", {},
    el("a", {href: docHref(d.id)}, d.title || d.id), " ",
    el("span", {class: "lang"}, (d.lang || "?").toUpperCase()), " ",
    d.published ? el("time", {}, d.published) : null)));
}

function factList(facts) {
  return el("ul", {class: "facts"}, facts.map((f) => el("li", {},
    el("span", {class: "when"}, f.date || "undated"), " ",
    el("a", {href: factHref(f)}, `${f.subject} ${label(f.type)} ${f.object}`), " ", badge(f.status))));
}

async function storyPage(id) {
  const s = await api("/stories/" + enc(id));
  const title = (s.documents[0] && s.documents[0].title) || s.id;
  document.title = title + " · orgwatch";
  show(el("h1", {}, title), el("p", {class: "meta"}, s.first_reported || "date unknown", " · ",
      plural(s.docs.length, "article"), s.links.length ? " · " + s.links.map((l) => l.how).join(", ") : ""),
    el("h2", {}, "Articles"), docList(s.documents),
    el("h2", {}, "What they report"), factList(s.facts));
}

async function docPage(id) {
  const d = await api("/documents/" + enc(id));
  const src = safeUrl(d.url);
  document.title = (d.title || d.id) + " · orgwatch";
  show(el("h1", {}, d.title || d.id),
    el("p", {class: "meta"}, el("span", {class: "lang"}, (d.lang || "?").toUpperCase()), " ", d.published || "undated",
      src ? [" · ", el("a", {href: src, rel: "noopener noreferrer nofollow", target: "_blank"}, "original")] : null),
    el("h2", {}, "Facts"), factList(d.facts));
}

async function route() {
  const path = decodeURIComponent(location.pathname);
  const params = new URLSearchParams(location.search);
  document.getElementById("q").value = params.get("q") || "";
  try {
    if (path.startsWith("/person/")) return await personPage(path.slice(8));
    if (path.startsWith("/org/")) return await orgPage(path.slice(5));
    if (path.startsWith("/story/")) return await storyPage(path.slice(7));
    if (path.startsWith("/doc/")) return await docPage(path.slice(5));
    if (path === "/fact") return await factPage(params);
    return await home(params.get("q"));
  } catch (err) {
    show(el("h1", {}, "Not found"), el("p", {class: "error"}, err.message));
  }
}

document.addEventListener("DOMContentLoaded", route);
