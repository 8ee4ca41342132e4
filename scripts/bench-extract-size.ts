/**
 * `npm run bench:extract-size`: extraction time of ONE document as it grows (1, 2, 4, 8 MB, then a
 * 9 MB document that must finish), printed as seconds per MB and the ratio of the 8 MB per-MB time
 * to the 1 MB one (about 1 when extraction is linear). BENCH_SIZES overrides the sizes (MB, comma list).
 */
import { extractDocument } from "../loaders/extract/index.ts";
import { makeDocument } from "../loaders/read/document.ts";
import { syntheticTexts } from "./lib/synthetic-text.ts";

const MB = 1024 * 1024;
const SIZES = (process.env.BENCH_SIZES ?? "1,2,4,8,9").split(",").map(Number);

/** One document of about `mb` megabytes built from the synthetic corpus's paragraphs. */
function bigText(mb: number): string {
  const parts: string[] = [];
  let bytes = 0;
  let seed = 1;
  while (bytes < mb * MB) {
    for (const d of syntheticTexts(200, 30, seed++)) {
      const body = d.text.replace(/^Synthetic brief \d+ date \S+ /, "");
      parts.push(body);
      bytes += Buffer.byteLength(body) + 2;
      if (bytes >= mb * MB) break;
    }
  }
  return `Synthetic long report\n\n${parts.join("\n\n")}`;
}

console.log("bench:extract-size — one document per size, one core");
const perMb = new Map<number, number>();
for (const mb of SIZES) {
  const doc = makeDocument({ text: bigText(mb), source: `synthetic/${mb}mb.txt`, published: "2025-06-15" });
  const size = Buffer.byteLength(doc.text) / MB;
  const t = performance.now();
  const g = extractDocument(doc);
  const s = (performance.now() - t) / 1000;
  perMb.set(mb, s / size);
  console.log(
    `  ${size.toFixed(2)} MB   ${s.toFixed(2)} s   ${(s / size).toFixed(2)} s/MB   ${g.nodes.length} nodes ${g.edges.length} edges`,
  );
}
const first = perMb.get(SIZES[0]!);
const largest = Math.max(...SIZES.filter((x) => x !== 9));
const last = perMb.get(largest);
if (first && last)
  console.log(
    `  ratio ${largest}MB/${SIZES[0]}MB per-MB time: ${(last / first).toFixed(2)} (1.00 = linear; 8 = quadratic)`,
  );
