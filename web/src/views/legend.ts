/**
 * The legend under the graph: node colours by kind, edge colours by relation type.
 */
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import { NODE_KINDS, RELATION_TYPES } from "../../../graph/ontology.ts";
import { el, fill } from "../dom.ts";
import { swatch } from "./filters.ts";

/** Fills `root` with the legend. */
export function mountLegend(root: HTMLElement): void {
  root.setAttribute("aria-label", "Legend");
  fill(
    root,
    ...NODE_KINDS.map((k) => el("span", { class: "item" }, swatch(KIND_COLOURS[k]), k)),
    ...RELATION_TYPES.map((t) => el("span", { class: "item" }, swatch(TYPE_COLOURS[t], "bar"), t)),
  );
}
