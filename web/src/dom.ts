/**
 * Building DOM without HTML strings: `el(tag, props, ...children)` sets text with textContent and
 * attributes one by one, so nothing user-supplied is ever parsed as HTML.
 */

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (strings), event handlers (functions) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | number | boolean | ((e: Event) => void) | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") node.addEventListener(k.replace(/^on/, ""), v as EventListener);
    else if (k === "text") node.textContent = String(v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children)
    if (c !== null && c !== undefined && c !== false)
      node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

/** Text with the span [start, end) wrapped in <mark>. */
export function highlighted(text: string, start?: number, end?: number): DocumentFragment {
  const f = document.createDocumentFragment();
  if (start === undefined || end === undefined || start < 0 || end > text.length || end <= start) {
    f.append(text);
    return f;
  }
  f.append(text.slice(0, start), el("mark", { text: text.slice(start, end) }), text.slice(end));
  return f;
}

/** Replaces the children of `node`. */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}
