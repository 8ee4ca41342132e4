/**
 * `POST /api/actors` over real HTTP: the explorer adds an actor to the analyst's actors file
 * (KGX_ACTORS), and the next extraction with that file finds it; 409 when no file is configured,
 * 400 naming the field for bad input.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { extractDocument } from "../../loaders/extract/index.ts";
import { makeDocument } from "../../loaders/read/document.ts";
import { userExtractOptions } from "../../loaders/user/index.ts";
import { createApp } from "../../src/server/app.ts";
import { type Served, serve } from "./http.ts";

const TEXT = "The Halcones extorted shopkeepers in the market. Police said the Halcones answer to no one.";

function actorsIn(file?: string): string[] {
  const doc = makeDocument({ text: TEXT, source: "brief.txt" });
  const options = file ? userExtractOptions({ actors: file }) : {};
  return extractDocument(doc, options).nodes.map((n) => `${n.name}:${n.kind}`);
}

describe("POST /api/actors", () => {
  const file = join(mkdtempSync(join(tmpdir(), "kgx-actors-")), "my-actors.json");
  let api: Served;
  let bare: Served;
  beforeAll(async () => {
    const store = new EmbeddedStore();
    await store.init();
    api = await serve(createApp({ store, settings: { actorsFile: file } }));
    bare = await serve(createApp({ store }));
  });
  afterAll(async () => {
    await api?.close();
    await bare?.close();
  });

  it("adds the actor to the file, and the next extraction with the file finds it", async () => {
    expect(actorsIn()).not.toContain("Los Halcones del Sur:Cartel");
    const res = await api.post("/api/actors", {
      name: "Los Halcones del Sur",
      kind: "Cartel",
      aliases: ["Halcones"],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: "Los Halcones del Sur", replaced: false, count: 1 });
    const stored = JSON.parse(readFileSync(file, "utf8")) as {
      name: string;
      kind: string;
      aliases: string[];
    }[];
    expect(stored.map((a) => [a.name, a.kind, a.aliases])).toEqual([
      ["Los Halcones del Sur", "Cartel", ["Halcones"]],
    ]);
    expect(actorsIn(file)).toContain("Los Halcones del Sur:Cartel");
  });

  it("replaces an actor of the same name", async () => {
    const res = await api.post("/api/actors", { name: "Los Halcones del Sur", kind: "Cartel", aliases: [] });
    expect(await res.json()).toEqual({ name: "Los Halcones del Sur", replaced: true, count: 1 });
  });

  it("names the field of bad input", async () => {
    const res = await api.post("/api/actors", { name: "Mesa Roja", kind: "Planet" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("kind");
  });

  it("says how to configure the file when there is none", async () => {
    const res = await bare.post("/api/actors", { name: "Mesa Roja", kind: "Cartel" });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("NOT_CONFIGURED");
    expect(body.error.message).toContain("KGX_ACTORS");
  });
});
