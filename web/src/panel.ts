/**
 * The side panel: an actor's kind, aliases and relations grouped by type; each relation lists its
 * evidence sentences with the cue marked, source, date and confidence; a click on a sentence opens
 * the document with that sentence highlighted.
 */
import { api } from "./api.ts";
import { el, fill, highlighted } from "./dom.ts";

/** Shows the actor `id` in `panel`; `onOpen` is called with each actor the user clicks. */
export async function showEntity(
  panel: HTMLElement,
  id: string,
  onOpen: (id: string) => void,
): Promise<void> {
  fill(panel, el("p", { text: "Loading…" }));
  const [entity, { relations }] = await Promise.all([api.entity(id), api.relations(id)]);
  const byType = new Map<string, typeof relations>();
  for (const r of relations) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  fill(
    panel,
    el("h2", { text: entity.name, "data-testid": "panel-title" }),
    el("p", {
      class: "muted",
      text: `${entity.kind} · ${entity.degree} relations · ${entity.documents.length} documents`,
    }),
    entity.aliases.length ? el("p", { class: "aliases", text: `Also: ${entity.aliases.join(", ")}` }) : null,
    ...[...byType.entries()].map(([type, rels]) =>
      el(
        "section",
        { class: "rel-group" },
        el("h3", { text: `${type} (${rels.length})` }),
        ...rels.map((r) => {
          const other = r.source === id ? r.targetName : r.sourceName;
          const otherId = r.source === id ? r.target : r.source;
          const arrow = r.source === id ? "→" : "←";
          return el(
            "div",
            { class: "relation", "data-relation": r.id },
            el("button", {
              class: "link",
              type: "button",
              text: `${arrow} ${other}`,
              onclick: () => onOpen(otherId),
            }),
            el("span", { class: "muted", text: ` confidence ${r.confidence.toFixed(2)}` }),
            el(
              "ul",
              { class: "evidence" },
              ...r.evidence.map((ev) => {
                const a =
                  ev.cueStart !== undefined
                    ? ev.cueStart - ev.start
                    : ev.cue
                      ? ev.sentence.indexOf(ev.cue)
                      : -1;
                const b =
                  a >= 0
                    ? a +
                      (ev.cueEnd !== undefined && ev.cueStart !== undefined
                        ? ev.cueEnd - ev.cueStart
                        : (ev.cue?.length ?? 0))
                    : -1;
                return el(
                  "li",
                  {},
                  el(
                    "button",
                    {
                      class: "sentence",
                      type: "button",
                      title: "Open the document",
                      onclick: () =>
                        void showDocument(
                          panel,
                          ev.document,
                          ev.start,
                          ev.end,
                          () => void showEntity(panel, id, onOpen),
                        ),
                    },
                    highlighted(ev.sentence, a, b),
                  ),
                  el("div", {
                    class: "cite",
                    text: `${ev.documentTitle ?? ev.document}${ev.date ? ` · ${ev.date}` : ""}${ev.confidence !== undefined ? ` · ${ev.confidence.toFixed(2)}` : ""}${ev.rule ? ` · ${ev.rule}` : ""}`,
                  }),
                );
              }),
            ),
          );
        }),
      ),
    ),
  );
}

/** Shows a document with [start, end) highlighted and scrolled into view. */
export async function showDocument(
  panel: HTMLElement,
  id: string,
  start: number,
  end: number,
  back: () => void,
): Promise<void> {
  const doc = await api.document(id);
  const body = el("div", { class: "doc-text", "data-testid": "document" }, highlighted(doc.text, start, end));
  fill(
    panel,
    el("button", { class: "link", type: "button", text: "← back", onclick: back }),
    el("h2", { text: doc.title ?? doc.source }),
    el("p", { class: "muted", text: `${doc.source}${doc.published ? ` · ${doc.published}` : ""}` }),
    body,
  );
  body.querySelector("mark")?.scrollIntoView({ block: "center" });
}
