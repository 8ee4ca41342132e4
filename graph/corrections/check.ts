/**
 * Checks an analyst's correction against the curated graph before it is stored: every actor,
 * relation and document it names must exist (NOT_FOUND otherwise), its arguments must make sense
 * (BAD_REQUEST naming the field), and an added relation's sentence is read from the stored
 * document text at the given offsets.
 */
import { AppError } from "../errors.ts";
import type { GraphStore } from "../store/types.ts";
import { sameName } from "../text.ts";
import type { CorrectionInput } from "./schema.ts";

function bad(field: string, message: string): AppError {
  return new AppError("BAD_REQUEST", `Invalid correction: ${field}: ${message}`, {
    details: [{ field, message }],
  });
}

/** The input, checked, with an added relation's sentence filled in from the document text. */
export async function checkCorrection(store: GraphStore, input: CorrectionInput): Promise<CorrectionInput> {
  switch (input.op) {
    case "merge":
      if (input.from === input.into)
        throw bad("into", "an actor cannot be merged into itself; pick another actor");
      await store.entity(input.from);
      await store.entity(input.into);
      return input;
    case "split": {
      const actor = await store.entity(input.actor);
      if (!actor.aliases.some((a) => sameName(a, input.alias)))
        throw bad(
          "alias",
          `"${input.alias}" is not an alias of ${input.actor} (its aliases: ${actor.aliases.join(", ") || "none"})`,
        );
      return input;
    }
    case "rename":
    case "kind":
      await store.entity(input.actor);
      return input;
    case "reject":
    case "confirm":
      await store.relationPage(input.relation, { evidenceLimit: 1 });
      return input;
    case "addRelation": {
      if (input.source === input.target) throw bad("target", "a relation needs two different actors");
      await store.entity(input.source);
      await store.entity(input.target);
      if (!input.evidence) return input;
      const doc = await store.document(input.evidence.document);
      if (input.evidence.end > doc.text.length)
        throw bad(
          "evidence.end",
          `${input.evidence.end} is past the end of document ${doc.id} (${doc.text.length} characters)`,
        );
      const sentence = doc.text.slice(input.evidence.start, input.evidence.end);
      return { ...input, evidence: { ...input.evidence, sentence } };
    }
  }
}
