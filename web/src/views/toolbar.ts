/**
 * The header's actions: expand, collapse, pin and hide the selection (or the focused actor), show the
 * hidden ones again, undo/redo (Ctrl+Z / Ctrl+Y), the light/dark theme, and the link to this view.
 */
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { el } from "../dom.ts";

/** The actors an action applies to: the selection, else the focused actor. */
export function targets(s: AppState): string[] {
  return s.selection.length ? s.selection : s.view.focus ? [s.view.focus] : [];
}

/** The toolbar; returns its element. */
export function toolbar(store: Store): HTMLElement {
  const act = (type: "expand" | "collapse" | "pin" | "hide") => () => {
    const ids = targets(store.state);
    if (ids.length) store.dispatch({ type, ids });
  };
  const button = (text: string, testid: string, onclick: () => void, title = text) =>
    el("button", { type: "button", text, title, "data-testid": testid, onclick });
  const showHidden = button("Show hidden", "show-hidden", () => store.dispatch({ type: "showHidden" }));
  const undo = button("Undo", "undo", () => store.undo(), "Undo (Ctrl+Z)");
  const redo = button("Redo", "redo", () => store.redo(), "Redo (Ctrl+Y)");
  const theme = button("Dark", "theme", () =>
    store.dispatch({ type: "theme", theme: store.state.theme === "dark" ? "light" : "dark" }),
  );
  store.subscribe((s) => {
    showHidden.disabled = !s.view.hidden.length;
    showHidden.textContent = s.view.hidden.length ? `Show hidden (${s.view.hidden.length})` : "Show hidden";
    undo.disabled = !store.canUndo;
    redo.disabled = !store.canRedo;
    theme.textContent = s.theme === "dark" ? "Light" : "Dark";
    document.documentElement.dataset.theme = s.theme;
  });
  document.addEventListener("keydown", (e) => {
    if (e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement) return;
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey)) return;
    if (key === "z" && !e.shiftKey) store.undo();
    else if (key === "y" || (key === "z" && e.shiftKey)) store.redo();
    else return;
    e.preventDefault();
  });
  return el(
    "div",
    { class: "toolbar" },
    button("Expand", "expand", act("expand"), "Expand the selection (or double-click an actor)"),
    button("Collapse", "collapse", act("collapse")),
    button("Pin", "pin", act("pin"), "Keep the selection in view"),
    button("Hide", "hide", act("hide"), "Hide the selection"),
    showHidden,
    undo,
    redo,
    theme,
  );
}
