/**
 * Marks the page as settled for tests and benchmarks: after each change, once no request is in
 * flight and the frame is drawn, `document.body.dataset.ready` gets a new value.
 */
import type { Store } from "../core/store.ts";
import { inFlight } from "../effects/data.ts";

let frames = 0;

/** Starts marking readiness. */
export function mountReady(store: Store): void {
  let scheduled = false;
  const mark = () => {
    scheduled = false;
    if (inFlight.count > 0) return;
    requestAnimationFrame(() => {
      if (inFlight.count === 0) document.body.dataset.ready = `${Date.now()}-${++frames}`;
    });
  };
  store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(mark);
  });
}
