import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// The folders of src/ and the arrows allowed between them: what each may import besides itself.
// The root barrel (index.ts) may import anything; everything else keeps to this table.
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  internal: [],
  corpus: ["internal"],
  text: ["corpus", "internal"],
  rules: ["corpus", "internal"],
  parse: ["corpus", "internal", "text", "rules"],
  reconcile: ["corpus", "internal", "rules", "reconcile/engine"],
  "reconcile/engine": ["corpus", "internal", "rules"],
  explain: ["corpus", "internal", "rules"],
  report: ["corpus", "internal", "explain"],
  testing: ["index.ts"],
  // The CLI uses the package as users do, and the helpers that serve everyone (showControls).
  cli: ["index.ts", "internal"],
};

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith(".ts") ? [file] : [];
  });
}

/** The folder of src/ a file belongs to, as ALLOWED names it; `index.ts` for the root barrel. */
function folderOf(file: string): string {
  const relative = path.relative(SRC, file).split(path.sep);
  if (relative.length === 1) return relative[0] as string;
  if (relative[0] === "reconcile" && relative[1] === "engine" && relative.length > 2) return "reconcile/engine";
  return relative[0] as string;
}

/** The relative imports of a module's text, resolved to files. */
function importsOf(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s*"(\.{1,2}\/[^"]+)"/g)) {
    found.push(path.resolve(path.dirname(file), (match[1] as string).replace(/\.js$/, ".ts")));
  }
  return found;
}

/** Every import that crosses an arrow the table does not allow, as "from → to". */
function violations(files: readonly { file: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { file, text } of files) {
    const from = folderOf(file);
    if (from === "index.ts") continue;
    const allowed = ALLOWED[from];
    for (const target of importsOf(file, text)) {
      const to = folderOf(target);
      if (to === from) continue;
      if (!allowed?.includes(to)) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
    }
  }
  return wrong;
}

describe("the arrows between src/ folders", () => {
  const files = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, "utf8") }));

  test("every folder is in the table", () => {
    const folders = new Set(files.map(({ file }) => folderOf(file)));
    folders.delete("index.ts");
    expect([...folders].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  test("every import follows an allowed arrow: reports never judge, the CLI uses the package as users do", () => {
    expect(violations(files)).toEqual([]);
  });

  test("the check sees a report that imports the rules, and a core module that imports a report", () => {
    const bad = [
      { file: path.join(SRC, "report/toText.ts"), text: 'import { compare } from "../rules/compare.js";' },
      { file: path.join(SRC, "reconcile/reconcile.ts"), text: 'export { toText } from "../report/toText.js";' },
      { file: path.join(SRC, "cli/commands.ts"), text: 'import { fit } from "../reconcile/engine/sort.js";' },
    ];
    expect(violations(bad)).toEqual([
      "report/toText.ts → rules/compare.ts",
      "reconcile/reconcile.ts → report/toText.ts",
      "cli/commands.ts → reconcile/engine/sort.ts",
    ]);
  });
});
