/**
 * The readers: each supported format, metadata (title, date, url), and every kind of bad input
 * reported with a code naming the file (and line) while the other files still load.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findDate, findPublishedDate } from "../../loaders/read/dates.ts";
import { documentId, makeDocument, normaliseText } from "../../loaders/read/document.ts";
import { htmlToText } from "../../loaders/read/html.ts";
import { readAll } from "../../loaders/read/index.ts";

const GOOD: Record<string, string | Buffer> = {
  "brief.txt": "Envoy recalled\ndate 2025-05-06\n\nThe Northland government recalled its envoy.",
  "notes.md":
    "---\ntitle: Talks stall\ndate: 2025-06-01\n---\n# Talks stall\n\nThe **Southland** delegation [left](http://x) the talks.",
  "page.html":
    '<html><head><title>Raid</title><meta property="article:published_time" content="2025-07-08T10:00:00Z"><style>p{}</style><script>var secret = "do not keep";</script></head><body><p>Police raided a depot.</p><p>Officials &amp; prosecutors spoke.</p></body></html>',
  "one.json": JSON.stringify({
    title: "Single",
    date: "2025-08-01",
    url: "https://example.org/a",
    text: "A single record about a ceasefire.",
  }),
  "nested/deeper/wire.jsonl": [
    JSON.stringify({ title: "W1", text: "First wire item on sanctions." }),
    "{ this is not json",
    JSON.stringify({ title: "W3", text: "" }),
    JSON.stringify({ title: "W4", text: "Fourth wire item on talks." }),
  ].join("\n"),
};

const BAD: Record<string, { content: string | Buffer; code: string; line?: number }> = {
  "empty.txt": { content: "   \n", code: "INPUT_EMPTY" },
  "binary.txt": { content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]), code: "INPUT_BINARY" },
  "latin1.txt": { content: Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), code: "INPUT_ENCODING" },
  "huge.txt": { content: "x".repeat(5000), code: "INPUT_TOO_LARGE" },
  "broken.json": { content: '{"text": "unterminated', code: "INPUT_MALFORMED" },
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kgx-read-"));
  for (const [name, content] of Object.entries({
    ...GOOD,
    ...Object.fromEntries(Object.entries(BAD).map(([k, v]) => [k, v.content])),
  })) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), content);
  }
});

describe("readAll over a directory with good and bad files", () => {
  it("loads every good document, recursively, with metadata", async () => {
    const { documents } = await readAll([dir], { maxBytes: 4096 });
    const byTitle = Object.fromEntries(documents.map((d) => [d.title, d]));
    expect(Object.keys(byTitle).sort()).toEqual([
      "Envoy recalled",
      "Raid",
      "Single",
      "Talks stall",
      "W1",
      "W4",
    ]);
    expect(byTitle["Envoy recalled"]!.published).toBe("2025-05-06");
    expect(byTitle["Talks stall"]).toMatchObject({ published: "2025-06-01" });
    expect(byTitle["Talks stall"]!.text).toContain("The Southland delegation left the talks.");
    expect(byTitle.Raid!.published).toBe("2025-07-08");
    expect(byTitle.Single).toMatchObject({ url: "https://example.org/a", published: "2025-08-01" });
    expect(byTitle.W4!.source).toMatch(/wire\.jsonl#L4$/);
  });

  it("drops scripts and styles from HTML", async () => {
    const { documents } = await readAll([join(dir, "page.html")]);
    expect(documents[0]!.text).toBe("Police raided a depot.\n\nOfficials & prosecutors spoke.");
    expect(documents[0]!.text).not.toContain("secret");
  });

  it.each(Object.entries(BAD))("reports %s with its code", async (name, { code }) => {
    const { errors, documents } = await readAll([join(dir, name)], { maxBytes: 4096 });
    expect(documents).toEqual([]);
    expect(errors.map((e) => e.code)).toEqual([code]);
    expect(errors[0]!.message).toContain(name);
  });

  it("reports malformed JSON lines with their line numbers and keeps the rest", async () => {
    const { errors, documents } = await readAll([join(dir, "nested")]);
    expect(documents.map((d) => d.title)).toEqual(["W1", "W4"]);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ["INPUT_MALFORMED", 2],
      ["INPUT_MALFORMED", 3],
    ]);
  });

  it("reports missing paths and unsupported files", async () => {
    const other = await mkdtemp(join(tmpdir(), "kgx-read-other-"));
    await writeFile(join(other, "photo.png"), "x");
    const { errors } = await readAll([join(dir, "missing.txt"), join(other, "photo.png")]);
    expect(errors.map((e) => e.code)).toEqual(["INPUT_UNREADABLE", "INPUT_UNSUPPORTED"]);
  });
});

describe("documents", () => {
  it("ids depend on the normalised text only", () => {
    const a = makeDocument({ text: "Line one.\r\nLine two.  \n", source: "a.txt" });
    const b = makeDocument({ text: "Line one.\nLine two.", source: "b.txt" });
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(documentId(normaliseText("Line one.\nLine two.")));
    expect(makeDocument({ text: "Other.", source: "c.txt" }).id).not.toBe(a.id);
  });

  it.each([
    ["On Jan. 8, 2026, the envoy left.", "2026-01-08"],
    ["Signed 3 March 2025 in the capital.", "2025-03-03"],
    ["Talks resumed September 14th, 2025.", "2025-09-14"],
    ["Dated 2024-02-30 which is no date.", undefined],
    ["No date here at all.", undefined],
  ])("findDate(%s) = %s", (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it("prefers a date line to dates in the text", () => {
    expect(findPublishedDate("Title\nPublished: May 2, 2025\nOn 2024-01-01 something happened.")).toBe(
      "2025-05-02",
    );
  });

  it("decodes HTML entities", () => {
    expect(htmlToText("<p>Cart&eacute;l &#38; &#x41;gency&nbsp;chief</p>").text).toBe(
      "Cartél & Agency chief",
    );
  });
});
