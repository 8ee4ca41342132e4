/**
 * The corrections calls of the explorer: list, make and undo corrections through the API, then
 * reload the page so every view shows the curated graph (the view lives in the URL hash, so the
 * reload keeps it; after a merge the view follows the merged actor to the one it went into).
 */
import type { z } from "zod";
import type { CorrectionInput } from "../../../graph/corrections/schema.ts";
import {
  CorrectionCreatedResponse,
  CorrectionRemovedResponse,
  CorrectionsResponse,
  type UserActorRequest,
  UserActorResponse,
} from "../../../src/schemas/api.ts";
import { send } from "../api.ts";
import type { ViewState } from "../core/types.ts";
import { encodeView } from "../core/url.ts";

/** Who the explorer's corrections are by (remembered in this browser). */
export function author(): string {
  return localStorage.getItem("kgx.author") || "analyst";
}

/** Remembers the analyst's name. */
export function setAuthor(name: string): void {
  localStorage.setItem("kgx.author", name.trim());
}

type Input = CorrectionInput extends infer T ? (T extends unknown ? Omit<T, "author"> : never) : never;

export const corrections = {
  list: () => send(CorrectionsResponse, "corrections?includeRejected=true"),
  make: (input: Input) =>
    send(CorrectionCreatedResponse, "corrections", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...input, author: author() }),
    }),
  undo: (id: string) =>
    send(CorrectionRemovedResponse, `corrections/${encodeURIComponent(id)}`, { method: "DELETE" }),
  /** Adds an actor to the analyst's actors file (the next load and re-extraction find it). */
  addActor: (actor: z.input<typeof UserActorRequest>) =>
    send(UserActorResponse, "actors", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(actor),
    }),
};

/** Reloads the explorer on `view` (the curated graph changed). */
export function reloadOn(view: ViewState): void {
  location.hash = encodeView(view);
  location.reload();
}

/** The view after `from` was merged into `into`. */
export function followMerge(view: ViewState, from: string, into: string): ViewState {
  const swap = (ids: string[]) => [...new Set(ids.map((id) => (id === from ? into : id)))];
  return {
    ...view,
    focus: view.focus === from ? into : view.focus,
    expanded: swap(view.expanded),
    pinned: swap(view.pinned),
  };
}
