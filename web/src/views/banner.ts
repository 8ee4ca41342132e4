/**
 * The one place errors reach the user: a banner with what failed and the API's message (store down,
 * 401, 429...), a Retry button when retrying makes sense (it also retries by itself every 10 s while
 * the store is down), and notices such as an actor that is gone from the graph.
 */
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { el, fill } from "../dom.ts";

/** Mounts the banner in `root`. */
export function mountBanner(root: HTMLElement, store: Store): void {
  let timer: number | undefined;
  const render = (s: AppState) => {
    window.clearTimeout(timer);
    const p = s.problem;
    const gone = s.missing.map((id) => id);
    const items: HTMLElement[] = [];
    if (p) {
      items.push(
        el(
          "div",
          { class: "banner error", role: "alert", "data-testid": "error-banner" },
          el("strong", { text: `${p.what} failed: ` }),
          el("span", { text: `${p.message}${p.code ? ` (${p.code})` : ""}` }),
          p.retry
            ? el("button", {
                type: "button",
                text: "Retry",
                "data-testid": "retry",
                onclick: () => store.dispatch({ type: "retry" }),
              })
            : null,
          el("button", {
            type: "button",
            class: "link",
            text: "Dismiss",
            onclick: () => store.dispatch({ type: "problem", problem: undefined }),
          }),
        ),
      );
      if (p.retry) timer = window.setTimeout(() => store.dispatch({ type: "retry" }), 10_000);
    }
    if (gone.length)
      items.push(
        el(
          "div",
          { class: "banner warn", role: "status", "data-testid": "missing-banner" },
          el("span", { text: `No longer in the graph: ${gone.join(", ")}. The rest of the view is kept.` }),
          el("button", {
            type: "button",
            class: "link",
            text: "Dismiss",
            onclick: () => store.dispatch({ type: "missingSeen" }),
          }),
        ),
      );
    if (s.notice)
      items.push(
        el(
          "div",
          { class: "banner info", role: "status", "data-testid": "notice" },
          el("span", { text: s.notice }),
          el("button", {
            type: "button",
            class: "link",
            text: "Dismiss",
            onclick: () => store.dispatch({ type: "notice", text: undefined }),
          }),
        ),
      );
    fill(root, ...items);
  };
  store.subscribe((s, prev) => {
    if (s.problem !== prev.problem || s.missing !== prev.missing || s.notice !== prev.notice) render(s);
  });
  render(store.state);
}
