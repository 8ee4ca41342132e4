/**
 * The explorer's corrections UI: actions on the focused actor (merge into another found by search,
 * rename, change kind), on each relation (confirm, reject with a reason), adding a relation from
 * the sentence selected in the document view, the audit list of corrections with undo, and the
 * marks that confirmed and analyst-added relations get in the graph.
 */
import "../corrections.css";
import { CURATION_LABEL, type Curation } from "../../../graph/corrections/schema.ts";
import type { EntityDetail } from "../../../graph/model.ts";
import { NODE_KINDS, RELATION_TYPES } from "../../../graph/ontology.ts";
import { api } from "../api.ts";
import type { Store } from "../core/store.ts";
import { el, fill } from "../dom.ts";
import { author, corrections, followMerge, reloadOn, setAuthor } from "../effects/corrections.ts";
import { report } from "../effects/report.ts";

type Entity = { id: string; name: string; kind: string };

/** A relation's display with its curation mark: thicker, and ✓ (confirmed) or ✎ (analyst) after its label. */
export function withCuration<T extends { label?: string | null; size?: number }>(curation: unknown, d: T): T {
  if (curation !== "confirmed" && curation !== "analyst") return d;
  return {
    ...d,
    size: (d.size ?? 1) + 1.5,
    label: d.label ? `${d.label} ${curation === "analyst" ? "✎" : "✓"}` : d.label,
  };
}

/** A search box that offers actors (other than `except`) and calls `pick` with the chosen one. */
function actorPicker(
  placeholder: string,
  except: string,
  pick: (hit: Entity) => void,
  testid: string,
): HTMLElement {
  const hits = el("div", { class: "picker-hits" });
  const input = el("input", { type: "search", placeholder, "data-testid": testid });
  input.addEventListener("input", async () => {
    const q = input.value.trim();
    if (!q) return fill(hits);
    try {
      const found = (await api.search(q, 6)).hits.filter((h) => h.id !== except);
      fill(
        hits,
        ...found.map((h) =>
          el("button", {
            type: "button",
            class: "link small",
            "data-pick": h.id,
            text: `${h.name} (${h.kind})`,
            onclick: () => pick(h),
          }),
        ),
      );
    } catch {
      fill(hits);
    }
  });
  return el("div", { class: "picker" }, input, hits);
}

/** Runs a correction and reloads on success; reports the error otherwise. */
async function apply(store: Store, what: string, run: () => Promise<unknown>, view = store.state.view) {
  try {
    await run();
    reloadOn(view);
  } catch (e) {
    report(store, what, e);
  }
}

/** "Add to my actors file": the next load and re-extraction find this actor by its name and aliases. */
function actorsFileRow(entity: EntityDetail, store: Store): HTMLElement {
  const status = el("span", { class: "muted small", "data-testid": "actors-file-status" });
  return el(
    "div",
    { class: "row" },
    el("button", {
      type: "button",
      text: "Add to my actors file",
      "data-testid": "add-to-actors-file",
      onclick: () =>
        void corrections
          .addActor({ name: entity.name, kind: entity.kind, aliases: entity.aliases })
          .then((r) => {
            status.textContent = `${r.replaced ? "Updated" : "Added"}: ${r.count} ${r.count === 1 ? "actor" : "actors"} in your file; the next load finds it.`;
          })
          .catch((e) => report(store, "Adding to your actors file", e)),
    }),
    status,
  );
}

/** The actions on the focused actor. */
export function entityActions(entity: EntityDetail, store: Store): HTMLElement {
  const name = el("input", { type: "text", value: entity.name, "data-testid": "rename-input" });
  const kind = el(
    "select",
    { "data-testid": "kind-select" },
    ...NODE_KINDS.map((k) => el("option", { value: k, text: k, selected: k === entity.kind })),
  );
  return el(
    "details",
    { class: "corrections", "data-testid": "entity-actions" },
    el("summary", { text: "Correct this actor" }),
    el("p", {
      class: "muted small",
      text: "Merge it into another actor (its aliases, mentions and relations move there):",
    }),
    actorPicker(
      "Merge into… (search)",
      entity.id,
      (into) =>
        void apply(
          store,
          `Merging ${entity.name} into ${into.name}`,
          () => corrections.make({ op: "merge", from: entity.id, into: into.id }),
          followMerge(store.state.view, entity.id, into.id),
        ),
      "merge-search",
    ),
    el(
      "div",
      { class: "row" },
      name,
      el("button", {
        type: "button",
        text: "Rename",
        "data-testid": "rename",
        onclick: () =>
          void apply(store, "Renaming", () =>
            corrections.make({ op: "rename", actor: entity.id, name: name.value.trim() }),
          ),
      }),
    ),
    el(
      "div",
      { class: "row" },
      kind,
      el("button", {
        type: "button",
        text: "Change kind",
        onclick: () =>
          void apply(store, "Changing the kind", () =>
            corrections.make({
              op: "kind",
              actor: entity.id,
              kind: kind.value as (typeof NODE_KINDS)[number],
            }),
          ),
      }),
    ),
    actorsFileRow(entity, store),
  );
}

/** Confirm and reject buttons for one relation (and its curation mark). */
export function relationActions(
  relationId: string,
  curation: Curation | undefined,
  store: Store,
): HTMLElement {
  const reason = el("input", {
    type: "text",
    placeholder: "why is it wrong?",
    "data-testid": "reject-reason",
  });
  const rejectForm = el(
    "span",
    { class: "row", hidden: true },
    reason,
    el("button", {
      type: "button",
      text: "Reject",
      "data-testid": "reject-confirm",
      onclick: () =>
        void apply(store, "Rejecting the relation", () =>
          corrections.make({
            op: "reject",
            relation: relationId,
            reason: reason.value.trim() || "rejected by an analyst",
          }),
        ),
    }),
  );
  return el(
    "span",
    { class: "relation-actions" },
    curation
      ? el("span", {
          class: `curation ${curation}`,
          "data-testid": "curation",
          text: CURATION_LABEL[curation],
        })
      : null,
    curation
      ? null
      : el("button", {
          type: "button",
          class: "link small",
          text: "confirm",
          "data-testid": "confirm",
          onclick: () =>
            void apply(store, "Confirming the relation", () =>
              corrections.make({ op: "confirm", relation: relationId }),
            ),
        }),
    el("button", {
      type: "button",
      class: "link small",
      text: "reject",
      "data-testid": "reject",
      onclick: () => rejectForm.toggleAttribute("hidden"),
    }),
    rejectForm,
  );
}

/** Offsets of the current selection inside `body` (whose text is the document text), if any. */
function selectedSpan(body: HTMLElement): { start: number; end: number } | undefined {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return undefined;
  const r = sel.getRangeAt(0);
  if (!body.contains(r.startContainer) || !body.contains(r.endContainer)) return undefined;
  const before = document.createRange();
  before.setStart(body, 0);
  before.setEnd(r.startContainer, r.startOffset);
  const start = before.toString().length;
  return { start, end: start + r.toString().length };
}

/** "Add a relation from the selected sentence" under the document view. */
export function addFromSelection(
  body: HTMLElement,
  documentId: string,
  source: Entity | undefined,
  store: Store,
): HTMLElement {
  const out = el("div", { class: "corrections", "data-testid": "add-relation" });
  let from = source;
  let span: { start: number; end: number } | undefined;
  let last: { start: number; end: number } | undefined;
  const track = () => {
    if (!body.isConnected) return document.removeEventListener("selectionchange", track);
    last = selectedSpan(body) ?? last;
  };
  document.addEventListener("selectionchange", track);
  const type = el(
    "select",
    { "data-testid": "relation-type" },
    ...RELATION_TYPES.map((t) => el("option", { value: t, text: t })),
  );
  const status = el("p", { class: "muted small", "data-testid": "selected-span" });
  const form = el(
    "div",
    { hidden: true },
    status,
    actorPicker(
      "Source actor (search)",
      "",
      (hit) => {
        from = hit;
        status.textContent = describe();
      },
      "source-search",
    ),
    type,
    actorPicker(
      "Target actor (search)",
      "",
      (to) => {
        if (!from || !span) return;
        void apply(store, "Adding the relation", () =>
          corrections.make({
            op: "addRelation",
            source: from!.id,
            target: to.id,
            type: type.value as (typeof RELATION_TYPES)[number],
            evidence: { document: documentId, ...span! },
          }),
        );
      },
      "target-search",
    ),
  );
  const describe = () =>
    `${from ? `From ${from.name}` : "Pick the source"} · characters ${span?.start}–${span?.end}: “${body.textContent?.slice(span!.start, span!.end)}”`;
  fill(
    out,
    el("button", {
      type: "button",
      text: "Add a relation from the selected sentence",
      "data-testid": "add-from-selection",
      onclick: () => {
        span = selectedSpan(body) ?? last;
        if (!span) {
          status.textContent = "Select the sentence in the text first.";
          return;
        }
        status.textContent = describe();
        form.removeAttribute("hidden");
      },
    }),
    form,
  );
  return out;
}

/** The audit list: a toggle that shows every correction with undo, and the analyst's name. */
export function mountCorrections(root: HTMLElement, store: Store): void {
  const list = el("div", { class: "audit-list", "data-testid": "audit-list", hidden: true });
  const who = el("input", {
    type: "text",
    value: author(),
    "aria-label": "your name",
    onchange: () => setAuthor(who.value),
  });
  const load = async () => {
    try {
      const { corrections: all, rejected = [] } = await corrections.list();
      fill(
        list,
        el("label", { class: "row" }, "Corrections by ", who),
        all.length ? null : el("p", { class: "muted", text: "No corrections yet." }),
        el(
          "ol",
          { class: "plain" },
          ...all.map((c) => {
            const { id, op, author: by, at, note, ...args } = c;
            const rej = rejected.find((r) => r.correction === id);
            return el(
              "li",
              { "data-correction": id },
              el("strong", { text: op }),
              ` ${Object.values(args)
                .filter((v) => typeof v === "string")
                .join(
                  " · ",
                )} — ${by}, ${at.slice(0, 16).replace("T", " ")}${note ? ` (${note})` : ""}${rej ? ` [hides ${rej.evidenceCount} evidence]` : ""} `,
              el("button", {
                type: "button",
                class: "link small",
                text: "undo",
                "data-testid": "undo-correction",
                onclick: () => void apply(store, "Undoing the correction", () => corrections.undo(id)),
              }),
            );
          }),
        ),
      );
    } catch (e) {
      report(store, "Loading the corrections", e);
    }
  };
  root.append(
    el("button", {
      type: "button",
      class: "audit-toggle",
      text: "Corrections",
      "data-testid": "audit-toggle",
      onclick: () => {
        list.toggleAttribute("hidden");
        if (!list.hidden) void load();
      },
    }),
    list,
  );
}
