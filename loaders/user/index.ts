/**
 * Analysts' extensions of the extractor, without editing the repository: a user actors file and a
 * user cues file merged over the built-in gazetteer and cue lexicon. {@link userExtractOptions}
 * builds the extractor options once per version of the files and process (worker threads build their own).
 */
import { statSync } from "node:fs";
import { buildGazetteer } from "../extract/gazetteer.ts";
import type { ExtractOptions } from "../extract/index.ts";
import { BUILTIN_CUE_PATTERNS, compileCues, mergeCueLexicons } from "../extract/lexicon.ts";
import { readUserActors } from "./actors.ts";
import { readUserCues } from "./cues.ts";

export { type AppendResult, appendUserActor, parseUserActors, readUserActors } from "./actors.ts";
export { parseUserCues, readUserCues } from "./cues.ts";

/** Paths of the user files; either may be absent. */
export interface UserFiles {
  actors?: string;
  cues?: string;
}

const cache = new Map<string, ExtractOptions>();

/** A file's identity for the cache: its path and, when it exists, its size and modification time (an edited file is read again). */
const stamp = (file: string | undefined) => {
  if (!file) return "";
  try {
    const s = statSync(file);
    return `${file}:${s.size}:${s.mtimeMs}`;
  } catch {
    return file;
  }
};

/** Extractor options with the user files merged over the built-ins ({} when no file is given). */
export function userExtractOptions(files: UserFiles = {}): ExtractOptions {
  if (!files.actors && !files.cues) return {};
  const key = `${stamp(files.actors)}\u0000${stamp(files.cues)}`;
  let options = cache.get(key);
  if (!options) {
    options = {
      ...(files.actors ? { gazetteer: buildGazetteer(readUserActors(files.actors)) } : {}),
      ...(files.cues
        ? { cues: compileCues(mergeCueLexicons(BUILTIN_CUE_PATTERNS, readUserCues(files.cues))) }
        : {}),
    };
    cache.set(key, options);
  }
  return options;
}
