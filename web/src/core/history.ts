/**
 * Undo and redo of every change to the view: a stack of states with a cursor. Pure and small;
 * the explorer pushes a state after each change and renders whatever `current` is.
 */

/** An undo/redo history of immutable states. */
export class History<T> {
  private states: T[];
  private cursor = 0;

  constructor(
    initial: T,
    private readonly limit = 200,
  ) {
    this.states = [initial];
  }

  /** The state shown now. */
  get current(): T {
    return this.states[this.cursor]!;
  }

  get canUndo(): boolean {
    return this.cursor > 0;
  }

  get canRedo(): boolean {
    return this.cursor < this.states.length - 1;
  }

  /** Records a new state; anything that had been undone is dropped. */
  push(state: T): T {
    this.states = [...this.states.slice(0, this.cursor + 1), state].slice(-this.limit);
    this.cursor = this.states.length - 1;
    return state;
  }

  /** Replaces the current state without adding a step (e.g. positions computed for it). */
  replace(state: T): T {
    this.states = [...this.states.slice(0, this.cursor), state, ...this.states.slice(this.cursor + 1)];
    return state;
  }

  undo(): T {
    if (this.canUndo) this.cursor--;
    return this.current;
  }

  redo(): T {
    if (this.canRedo) this.cursor++;
    return this.current;
  }
}
