/**
 * The right detail panel: the focused actor (kind, aliases, relations grouped by type, paged with
 * "show more", each with its first evidence and "more evidence"), or the clicked relation with all
 * its evidence, or the multi-selection. Relations the filters hide are counted, not listed. Content
 * is replaced only when the new answer is in (no "Loading…" flash); stale requests are cancelled.
 */
import { api, type RelationsPage } from "../api.ts";
import { relationPasses, toFilter } from "../core/filter-input.ts";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { el, fill, highlighted } from "../dom.ts";
import { report } from "../effects/report.ts";
import { addFromSelection, entityActions, relationActions } from "./corrections.ts";
import { evidenceList } from "./evidence.ts";

const PAGE = 50;
type Relation = RelationsPage["relations"][number];

/**
 * True when the relation passes the filters (the shared predicate), judged on all its evidence when
 * the view has fetched it, else on the pieces listed; an end the view has not loaded counts as an
 * allowed kind (the panel lists relations beyond the view).
 */
function passes(r: Relation, s: AppState): boolean {
  const f = s.view.filters;
  const kind = (id: string) => s.data.nodes[id] ?? { kind: f.kinds[0] ?? "Person" };
  const edge = {
    source: r.source,
    target: r.target,
    attributes: { ...r, evidenceCount: r.evidence.length, documents: r.evidence.map((e) => e.document) },
    evidence: s.data.edges[r.id]?.evidence ?? r.evidence,
  };
  return relationPasses(edge, { [r.source]: kind(r.source), [r.target]: kind(r.target) }, toFilter(f), f);
}

/** Mounts the panel in `root`. */
export function mountPanel(root: HTMLElement, store: Store): void {
  const published = new Map<string, string>();
  void api
    .documents()
    .then((r) => {
      for (const d of r.documents) if (d.published) published.set(d.id, d.published);
    })
    .catch((e) => report(store, "Loading the document list", e));
  let ctrl: AbortController | undefined;
  // Nothing shown yet: the first change fills the panel, the empty state included.
  let shown: string | undefined;
  const focused = () => {
    const id = store.state.view.focus;
    const n = id ? store.state.data.nodes[id] : undefined;
    return id && n ? { id, name: n.name, kind: n.kind } : undefined;
  };

  const openDocument = async (id: string, start: number, end: number, back: () => void) => {
    try {
      const doc = await api.document(id);
      const body = el(
        "div",
        { class: "doc-text", "data-testid": "document" },
        highlighted(doc.text, start, end),
      );
      fill(
        root,
        el("button", { class: "link", type: "button", text: "← back", onclick: back }),
        el("h2", { text: doc.title ?? doc.source }),
        el("p", {
          class: "muted",
          text: `${doc.source}${doc.published ? ` · reported ${doc.published}` : ""}`,
        }),
        body,
        addFromSelection(body, id, focused(), store),
      );
      body.querySelector("mark")?.scrollIntoView({ block: "center" });
    } catch (e) {
      report(store, "Opening the document", e);
    }
  };

  const relationBlock = (r: Relation, id: string, back: () => void): HTMLElement => {
    const outgoing = r.source === id;
    const evidence = el(
      "div",
      {},
      evidenceList(r.evidence, published, (ev) => void openDocument(ev.document, ev.start, ev.end, back)),
    );
    const total = r.evidenceCount ?? r.evidence.length;
    let loaded = r.evidence.length;
    const more =
      total > loaded
        ? el("button", {
            class: "link small",
            type: "button",
            text: `${total - loaded} more evidence`,
            onclick: async () => {
              try {
                const next = await api.relation(r.id, loaded);
                loaded += next.evidence.length;
                evidence.append(
                  evidenceList(
                    next.evidence,
                    published,
                    (ev) => void openDocument(ev.document, ev.start, ev.end, back),
                  ),
                );
                if (loaded >= (next.evidenceCount ?? loaded)) more?.remove();
              } catch (e) {
                report(store, "Loading more evidence", e);
              }
            },
          })
        : null;
    return el(
      "div",
      { class: "relation", "data-relation": r.id },
      el("button", {
        class: "link",
        type: "button",
        text: `${outgoing ? "→" : "←"} ${outgoing ? r.targetName : r.sourceName}`,
        onclick: () => store.dispatch({ type: "expand", ids: [outgoing ? r.target : r.source] }),
      }),
      el("span", { class: "muted", text: ` confidence ${r.confidence.toFixed(2)}` }),
      relationActions(r.id, store.state.data.edges[r.id]?.attributes.curation, store),
      evidence,
      more,
    );
  };

  const showEntity = async (id: string, s: AppState) => {
    ctrl?.abort();
    ctrl = new AbortController();
    const signal = ctrl.signal;
    try {
      const [entity, page] = await Promise.all([api.entity(id, signal), api.relations(id, 0, PAGE, signal)]);
      const relations = [...page.relations];
      const body = el("div", {});
      const back = () => void showEntity(id, store.state);
      const render = () => {
        const kept = relations.filter((r) => passes(r, store.state));
        const byType = new Map<string, Relation[]>();
        for (const r of kept) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
        const total = page.total ?? relations.length;
        fill(
          body,
          kept.length < relations.length
            ? el("p", {
                class: "muted",
                "data-testid": "panel-filtered",
                text: `${relations.length - kept.length} relations hidden by the filters`,
              })
            : null,
          ...[...byType.entries()].map(([type, rels]) =>
            el(
              "section",
              { class: "rel-group" },
              el("h3", { text: `${type} (${rels.length})` }),
              ...rels.map((r) => relationBlock(r, id, back)),
            ),
          ),
          total > relations.length
            ? el("button", {
                type: "button",
                class: "link",
                "data-testid": "more-relations",
                text: `Show more relations (${total - relations.length} left)`,
                onclick: async () => {
                  try {
                    const next = await api.relations(id, relations.length, PAGE);
                    relations.push(...next.relations);
                    if (next.total === undefined) page.total = relations.length;
                    render();
                  } catch (e) {
                    report(store, "Loading more relations", e);
                  }
                },
              })
            : null,
        );
      };
      render();
      fill(
        root,
        el("h2", { text: entity.name, "data-testid": "panel-title" }),
        el("p", {
          class: "muted",
          text: `${entity.kind} · ${entity.degree} relations · ${entity.documents.length} documents`,
        }),
        entity.aliases.length
          ? el("p", { class: "aliases", text: `Also: ${entity.aliases.join(", ")}` })
          : null,
        entityActions(entity, store),
        body,
      );
      refilter = render;
      void s;
    } catch (e) {
      report(store, `Loading ${s.data.nodes[id]?.name ?? id}`, e);
    }
  };

  const showRelation = async (id: string) => {
    ctrl?.abort();
    ctrl = new AbortController();
    try {
      const r = await api.relation(id, 0, ctrl.signal);
      const s = store.state;
      const name = (n: string) => s.data.nodes[n]?.name ?? n;
      const back = () => void showRelation(id);
      fill(
        root,
        el("h2", { "data-testid": "panel-title", text: `${name(r.source)} → ${name(r.target)}` }),
        el("p", {
          class: "muted",
          "data-testid": "edge-type",
          text: `${r.type} · confidence ${r.confidence.toFixed(2)} · ${r.evidenceCount ?? r.evidence.length} evidence`,
        }),
        relationActions(r.id, s.data.edges[id]?.attributes.curation, store),
        evidenceList(r.evidence, published, (ev) => void openDocument(ev.document, ev.start, ev.end, back)),
      );
      refilter = undefined;
    } catch (e) {
      report(store, "Loading the relation's evidence", e);
    }
  };

  let refilter: (() => void) | undefined;
  const showSelection = (s: AppState) => {
    fill(
      root,
      el("h2", { text: `${s.selection.length} actors selected` }),
      el(
        "ul",
        { class: "plain" },
        ...s.selection.map((id) => el("li", { text: s.data.nodes[id]?.name ?? id })),
      ),
      el("p", {
        class: "muted",
        text: "Expand, pin or hide them with the toolbar; shift-click to add or remove.",
      }),
    );
    refilter = undefined;
  };

  store.subscribe((s, prev) => {
    const key = s.selectedEdge
      ? `edge:${s.selectedEdge}`
      : s.selection.length > 1
        ? `sel:${s.selection.join(",")}`
        : s.view.focus
          ? `node:${s.view.focus}:${s.attempt}`
          : "";
    if (key === shown) {
      if (s.view.filters !== prev.view.filters) refilter?.();
      return;
    }
    shown = key;
    if (s.selectedEdge) void showRelation(s.selectedEdge);
    else if (s.selection.length > 1) showSelection(s);
    else if (s.view.focus) void showEntity(s.view.focus, s);
    else {
      refilter = undefined;
      fill(
        root,
        el("p", { class: "muted", text: "Pick an actor in the overview, the search box or the graph." }),
      );
    }
  });
}
