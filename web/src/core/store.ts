/**
 * The state container: `dispatch(action)` runs the pure update, records view changes in the undo
 * history (one user action = one step: `positions` amends the current step, and an expand right
 * after focusing the same actor — a double-click — joins the focus step), and notifies
 * subscribers with the new and previous state.
 */
import { History } from "./history.ts";
import type { AppState, ViewState } from "./types.ts";
import { type Action, update, VIEW_ACTIONS } from "./update.ts";

/** A subscriber: called after every change with the new and the previous state. */
export type Listener = (state: AppState, previous: AppState) => void;

/** The explorer's store. */
export class Store {
  private listeners: Listener[] = [];
  private queue: (() => void)[] = [];
  private notifying = false;
  /** The actor focused by the last recorded step, if that step was a focus (merged with its expand). */
  private lastFocus: string | undefined;
  private readonly history: History<ViewState>;

  constructor(private current: AppState) {
    this.history = new History(current.view);
  }

  get state(): AppState {
    return this.current;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Applies `action`; a view action becomes one undo step. */
  dispatch(action: Action): void {
    const next = update(this.current, action);
    if (next === this.current) return;
    if (next.view !== this.current.view) {
      const merge = action.type === "expand" && action.ids.length === 1 && action.ids[0] === this.lastFocus;
      if (VIEW_ACTIONS.has(action.type) && !("replace" in action && action.replace) && !merge)
        this.history.push(next.view);
      else this.history.replace(next.view);
      if (VIEW_ACTIONS.has(action.type)) this.lastFocus = action.type === "focus" ? action.id : undefined;
    }
    this.set(next);
  }

  undo(): void {
    if (this.history.canUndo) this.set(update(this.current, { type: "restore", view: this.history.undo() }));
  }

  redo(): void {
    if (this.history.canRedo) this.set(update(this.current, { type: "restore", view: this.history.redo() }));
  }

  /** Calls `fn` after every change; returns the unsubscribe function. */
  subscribe(fn: Listener): () => void {
    this.listeners.push(fn);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== fn);
    };
  }

  /** Changes made by a subscriber while others are being told run afterwards, so all see them in order. */
  private set(next: AppState): void {
    const previous = this.current;
    this.current = next;
    this.queue.push(() => {
      for (const l of this.listeners) l(next, previous);
    });
    if (this.notifying) return;
    this.notifying = true;
    try {
      while (this.queue.length) this.queue.shift()!();
    } finally {
      this.notifying = false;
    }
  }
}
