/**
 * One relation's evidence as a list: each sentence with its cue marked, then the document, the
 * event date and the report date (when both are known and differ), confidence and rule. A click on
 * a sentence opens the document at it.
 */
import type { RelationDetail } from "../../../graph/model.ts";
import { el, highlighted } from "../dom.ts";

type Evidence = RelationDetail["evidence"][number];

/** Where the cue lies inside the sentence, as [start, end) or [-1, -1]. */
export function cueSpan(ev: Evidence): [number, number] {
  const a = ev.cueStart !== undefined ? ev.cueStart - ev.start : ev.cue ? ev.sentence.indexOf(ev.cue) : -1;
  if (a < 0) return [-1, -1];
  const len =
    ev.cueEnd !== undefined && ev.cueStart !== undefined ? ev.cueEnd - ev.cueStart : (ev.cue?.length ?? 0);
  return [a, a + len];
}

/** The evidence list; `published` maps document ids to report dates, `open` opens a document. */
export function evidenceList(
  evidence: Evidence[],
  published: Map<string, string>,
  open: (ev: Evidence) => void,
): HTMLElement {
  return el(
    "ul",
    { class: "evidence" },
    ...evidence.map((ev) => {
      const [a, b] = cueSpan(ev);
      const reported = published.get(ev.document);
      const when = [
        ev.date ? `event ${ev.date}` : "",
        reported ? (reported === ev.date ? "reported the same day" : `reported ${reported}`) : "",
      ].filter(Boolean);
      return el(
        "li",
        {},
        el(
          "button",
          { class: "sentence", type: "button", title: "Open the document", onclick: () => open(ev) },
          highlighted(ev.sentence, a, b),
        ),
        el("div", {
          class: "cite",
          text: [
            ev.documentTitle ?? ev.document,
            ...when,
            ev.confidence !== undefined ? `confidence ${ev.confidence.toFixed(2)}` : "",
            ev.rule ?? "",
          ]
            .filter(Boolean)
            .join(" · "),
        }),
      );
    }),
  );
}
