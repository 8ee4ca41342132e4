/** The corrections contract on the embedded store, in memory and on files shared by two processes' stores. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { corr, extracted } from "./fixture.ts";
import { runCorrectionsContract } from "./store.contract.ts";

runCorrectionsContract("embedded", async () => {
  const store = new EmbeddedStore();
  await store.init();
  return store;
});

describe("embedded corrections on files", () => {
  it("keeps corrections in their own file; another store on the same files sees them", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "kgx-corr-")), "graph.json");
    const a = new EmbeddedStore({ path });
    await a.init();
    await a.write(extracted());
    const b = new EmbeddedStore({ path });
    await b.init();
    await a.addCorrections([corr({ op: "rename", actor: "government:mali", name: "Republic of Mali" })]);
    expect((await b.entity("government:mali")).name).toBe("Republic of Mali");
    const c = new EmbeddedStore({ path });
    await c.init();
    expect((await c.entity("government:mali")).name).toBe("Republic of Mali");
    expect((await c.corrections()).map((x) => x.op)).toEqual(["rename"]);
  });
});
