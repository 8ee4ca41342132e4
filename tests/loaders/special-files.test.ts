/**
 * Inputs that are not plain UTF-8 regular files: a FIFO (with and without a writer) is refused
 * without hanging, UTF-16 with a BOM is decoded, UTF-32 is refused with an encoding message, the
 * size limit holds while reading, and documents name their source relative to the load root.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readAll } from "../../loaders/read/index.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kgx-special-"));
  await mkdir(join(dir, "briefs", "week1"), { recursive: true });
  await writeFile(join(dir, "briefs", "week1", "a.txt"), "The Northland government recalled its envoy.");
});

const utf16 = (text: string, endian: "le" | "be") => {
  const le = Buffer.from(text, "utf16le");
  const body = endian === "le" ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

describe("special files", () => {
  it("refuses a FIFO with no writer at once, naming it", async () => {
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const started = Date.now();
    const { documents, errors } = await readAll([fifo]);
    expect(documents).toEqual([]);
    expect(errors.map((e) => [e.file, e.code])).toEqual([[fifo, "INPUT_UNSUPPORTED"]]);
    expect(errors[0]!.message).toContain("not a regular file");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a FIFO that is being fed, without reading it", async () => {
    const fifo = join(dir, "fed.txt");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `yes 'The Southland navy raided a depot.' > ${fifo}`]);
    try {
      const { documents, errors } = await readAll([fifo]);
      expect(documents).toEqual([]);
      expect(errors.map((e) => e.code)).toEqual(["INPUT_UNSUPPORTED"]);
    } finally {
      writer.kill();
    }
  });

  it.each(["le", "be"] as const)("decodes UTF-16 %s with a BOM", async (endian) => {
    const file = join(dir, `utf16${endian}.txt`);
    await writeFile(file, utf16("Mexico’s government rejected the plan.", endian));
    const { documents, errors } = await readAll([file]);
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.text)).toEqual(["Mexico’s government rejected the plan."]);
  });

  it("refuses UTF-32 with an encoding message", async () => {
    const file = join(dir, "utf32.txt");
    await writeFile(file, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    const { errors } = await readAll([file]);
    expect(errors.map((e) => e.code)).toEqual(["INPUT_ENCODING"]);
    expect(errors[0]!.message).toContain("iconv -f UTF-32LE -t UTF-8");
  });

  it("strips a UTF-8 BOM", async () => {
    const file = join(dir, "bom.txt");
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Envoy recalled.")]));
    expect((await readAll([file])).documents.map((d) => d.text)).toEqual(["Envoy recalled."]);
  });

  it("enforces the size limit while reading", async () => {
    const file = join(dir, "big.txt");
    await writeFile(file, "x".repeat(10_000));
    const { errors } = await readAll([file], { maxBytes: 4096 });
    expect(errors.map((e) => e.code)).toEqual(["INPUT_TOO_LARGE"]);
  });

  it("names sources relative to the load root", async () => {
    const fromDir = await readAll([join(dir, "briefs")]);
    expect(fromDir.documents.map((d) => d.source)).toEqual(["week1/a.txt"]);
    const fromFile = await readAll([join(dir, "briefs", "week1", "a.txt")]);
    expect(fromFile.documents.map((d) => d.source)).toEqual(["a.txt"]);
  });
});
