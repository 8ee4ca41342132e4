/**
 * Lasso multi-select: shift+drag on the graph (or any drag while the Lasso tool is on) draws a
 * polygon over the graph; on release, the actors inside join the selection (replacing it unless shift
 * is held with the tool on), so Expand, Collapse, Pin and Hide apply to them. Sigma does not see the
 * drag (no camera pan) nor the click that ends it.
 */
import { enclosed, isLasso, type XY } from "../core/lasso.ts";
import type { Store } from "../core/store.ts";
import { el } from "../dom.ts";
import type { GraphView } from "./graph.ts";

/** Mounts the lasso over the graph in `stage`; returns the tool button. */
export function mountLasso(stage: HTMLElement, view: GraphView, store: Store): HTMLElement {
  const overlay = el("canvas", { class: "lasso", "data-testid": "lasso-overlay" });
  stage.append(overlay);
  let tool = false;
  let points: XY[] | undefined;
  let add = false;
  let swallowClick = false;

  const local = (e: MouseEvent): XY => {
    const r = stage.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const draw = () => {
    // The graph view empties the stage when it swaps renderers.
    if (!overlay.isConnected) stage.append(overlay);
    const { width, height } = stage.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    overlay.width = Math.round(width * ratio);
    overlay.height = Math.round(height * ratio);
    const ctx = overlay.getContext("2d")!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!points?.length) return;
    const accent =
      getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#2f6fde";
    ctx.beginPath();
    for (const [i, p] of points.entries()) {
      if (i) ctx.lineTo(p.x, p.y);
      else ctx.moveTo(p.x, p.y);
    }
    ctx.closePath();
    ctx.globalAlpha = 0.12;
    ctx.fillStyle = accent;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.setLineDash([6, 4]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = accent;
    ctx.stroke();
  };
  const finish = () => {
    const polygon = points ?? [];
    points = undefined;
    draw();
    if (!isLasso(polygon)) return;
    swallowClick = true;
    const visible = new Set(view.visible.nodes.map((n) => n.id));
    const placed = view.graph
      .filterNodes((n) => visible.has(n))
      .map((n): [string, XY] => [n, view.sigma.graphToViewport(view.graph.getNodeAttributes(n))]);
    store.dispatch({ type: "selectMany", ids: enclosed(placed, polygon), add });
  };

  stage.addEventListener(
    "mousedown",
    (e) => {
      swallowClick = false;
      if (e.button !== 0 || !(tool || e.shiftKey)) return;
      e.stopPropagation();
      e.preventDefault();
      add = e.shiftKey && tool;
      points = [local(e)];
      draw();
    },
    { capture: true },
  );
  document.addEventListener("mousemove", (e) => {
    if (!points) return;
    points.push(local(e));
    draw();
  });
  document.addEventListener("mouseup", () => {
    if (points) finish();
  });
  stage.addEventListener(
    "click",
    (e) => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
    },
    { capture: true },
  );

  const button = el("button", {
    type: "button",
    text: "Lasso",
    title: "Lasso: drag around actors to select them (or shift+drag at any time)",
    "aria-pressed": "false",
    "data-testid": "lasso",
    onclick: () => {
      tool = !tool;
      button.setAttribute("aria-pressed", String(tool));
      stage.classList.toggle("lasso-on", tool);
    },
  });
  return button;
}
