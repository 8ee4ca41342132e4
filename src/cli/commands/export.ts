/**
 * `kgx export --entity NAME --depth N --format FORMAT [-o FILE]`: a subgraph of the configured store
 * in one of the export formats (json, gexf, graphml, csv, cypher, svg, png, report, md).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Command, Option } from "commander";
import { EXPORT_FORMATS, type ExportFormat } from "../../../graph/export/index.ts";
import { SelectionSchema } from "../../../graph/ops/select.ts";
import { openStore } from "../../config/open-store.ts";
import { loadSettings } from "../../config/settings.ts";
import { AppError } from "../../errors.ts";
import { exportSelection } from "../../services/export-selection.ts";

const list = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** The export command. */
export function exportCommand(): Command {
  return new Command("export")
    .description("export a subgraph: an entity and its neighbourhood, or explicit ids")
    .option("-e, --entity <name>", "entity id, name or alias")
    .option("-d, --depth <n>", "hops around the entity", (v) => Number.parseInt(v, 10), 1)
    .option("--ids <ids>", "comma-separated entity ids", list)
    .option("--types <types>", "relation types, comma-separated", list)
    .option("--kinds <kinds>", "node kinds, comma-separated", list)
    .option("--from <date>", "evidence on or after YYYY-MM-DD")
    .option("--to <date>", "evidence on or before YYYY-MM-DD")
    .option("--min-confidence <x>", "minimum relation confidence", Number.parseFloat)
    .addOption(
      new Option("-f, --format <format>", "output format").choices([...EXPORT_FORMATS]).default("json"),
    )
    .option("-o, --output <file>", "output file (default: stdout for text formats)")
    .action(async (opts: Record<string, unknown> & { format: ExportFormat; output?: string }) => {
      const parsed = SelectionSchema.safeParse({
        entity: opts.entity,
        depth: opts.depth,
        ids: opts.ids,
        types: opts.types,
        kinds: opts.kinds,
        from: opts.from,
        to: opts.to,
        minConfidence: opts.minConfidence,
      });
      if (!parsed.success) {
        const i = parsed.error.issues[0]!;
        throw new AppError("BAD_REQUEST", `--${i.path.join(".")}: ${i.message}`);
      }
      const store = await openStore(loadSettings());
      try {
        const out = await exportSelection(store, parsed.data, opts.format);
        if (opts.output) {
          await mkdir(dirname(opts.output), { recursive: true });
          if (out.files?.length) {
            const base = opts.output.replace(/\.[^.]+$/, "");
            for (const f of out.files) await writeFile(`${base}.${f.name}`, f.body);
            process.stderr.write(`wrote ${out.files.map((f) => `${base}.${f.name}`).join(", ")}\n`);
          } else {
            await writeFile(opts.output, out.body);
            process.stderr.write(`wrote ${opts.output}\n`);
          }
        } else if (typeof out.body === "string") process.stdout.write(out.body);
        else
          throw new AppError(
            "BAD_REQUEST",
            `--format ${opts.format} is binary; give an output file with -o.`,
          );
      } finally {
        await store.close();
      }
    });
}
