/**
 * The URL view: the hash follows the view (replaceState, no history spam) and the link field shows
 * it; a hash edited by hand or pasted is restored as the view.
 */
import type { Store } from "../core/store.ts";
import { decodeView, encodeView } from "../core/url.ts";

/** Keeps `location.hash` and `link` in step with the view. */
export function mountUrl(link: HTMLInputElement, store: Store): void {
  let written = location.hash.replace(/^#/, "");
  store.subscribe((s, prev) => {
    if (s.view === prev.view) return;
    written = encodeView(s.view);
    window.history.replaceState(null, "", `#${written}`);
    link.value = location.href;
  });
  link.value = location.href;
  window.addEventListener("hashchange", () => {
    const hash = location.hash.replace(/^#/, "");
    if (hash !== written) store.dispatch({ type: "restore", view: decodeView(hash) });
  });
}
