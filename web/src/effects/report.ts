/**
 * The one error reporter: every failed request becomes a `problem` in the state (what failed, the
 * API's code and message, whether retrying makes sense), shown by the banner view. Aborted requests
 * are not errors.
 */
import { ApiError } from "../api.ts";
import type { Store } from "../core/store.ts";

/** Reports `e` (from doing `what`) to the user; ignores aborts. */
export function report(store: Store, what: string, e: unknown): void {
  if ((e as Error)?.name === "AbortError") return;
  const api = e instanceof ApiError ? e : undefined;
  store.dispatch({
    type: "problem",
    problem: {
      what,
      code: api?.code,
      message: api ? api.message : e instanceof Error ? e.message : String(e),
      retry: !api || api.status === 0 || api.status === 429 || api.status >= 500,
    },
  });
}
