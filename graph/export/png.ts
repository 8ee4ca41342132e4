/**
 * PNG picture: the SVG picture rendered with resvg (a native renderer shipped inside its npm
 * package), using the system fonts.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Interchange } from "../interchange.ts";
import { type SvgOptions, toSvg } from "./svg.ts";

/** The picture as PNG bytes. */
export function toPng(g: Interchange, options: SvgOptions = {}): Buffer {
  const svg = toSvg(g, options);
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return Buffer.from(resvg.render().asPng());
}
