/**
 * Packs concord as `npm publish` does (prepack builds dist/) and checks the tarball from outside:
 * - its package.json has no scripts, and the repository's package.json is back as it was;
 * - every image the README shows is in it (a relative path, or a package CDN URL of this very
 *   name and version: npm's registry page resolves a relative one only through `repository`);
 * - TypeScript projects that install it, with `strict` and the `target` the README names, type-check
 *   under node10, node16 (CommonJS and ESM) and bundler resolution.
 *
 * `npm run lint:package` runs it before publint and attw, which then lint the build it made.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "concord-package-"));
const problems = [];

try {
  const manifest = readFileSync(join(root, "package.json"), "utf8");
  // npm shows the prepack build's output on stdout too, so the tarball is found by looking.
  execFileSync("npm", ["pack", "--pack-destination", work], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error(`npm pack wrote no tarball into ${work}`);
  execFileSync("tar", ["-xzf", join(work, tarball), "-C", work]);
  const unpacked = join(work, "package");

  const packedManifest = JSON.parse(readFileSync(join(unpacked, "package.json"), "utf8"));
  if (packedManifest.scripts !== undefined) {
    problems.push(
      `the packed package.json has scripts (${Object.keys(packedManifest.scripts).join(", ")}): ` +
        "npm counts a package's prepare among the install scripts it warns about",
    );
  }
  if (readFileSync(join(root, "package.json"), "utf8") !== manifest) {
    problems.push("package.json is not as it was before npm pack: postpack did not restore it");
  }
  if (existsSync(join(root, "node_modules/.cache/concord-pack/package.json"))) {
    problems.push("the package.json kept aside while packing is still in node_modules/.cache/concord-pack");
  }

  problems.push(...readmeImageProblems(unpacked, packedManifest));
  problems.push(...consumerProblems(unpacked));

  if (problems.length === 0) console.log(`package: ${tarball} has no scripts, its README's images, and types for every resolution`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`package: ${problem}`);
  process.exit(1);
}

/** The README's images that a reader of the package would not see. */
function readmeImageProblems(unpacked, packedManifest) {
  const readme = readFileSync(join(unpacked, "README.md"), "utf8");
  const sources = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g), ...readme.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((found) => found[1]);
  const problems = [];
  for (const source of sources) {
    let path = source;
    if (/^https?:/.test(source)) {
      const served = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/((?:@[^/]+\/)?[^/@]+)@([^/]+)\/(.+)$/.exec(source);
      if (!served) continue;
      const [, name, version, file] = served;
      if (name !== packedManifest.name || version !== packedManifest.version) {
        problems.push(`the README shows ${source}, from ${name}@${version}, not from this package, ${packedManifest.name}@${packedManifest.version}`);
      }
      path = file;
    }
    if (!existsSync(join(unpacked, path))) problems.push(`the README shows ${source}, and the package has no ${path}: add it to "files"`);
  }
  return problems;
}

/**
 * Type-checks small projects that use concord as installed from the tarball. Only zod, ts-pattern
 * and fast-check come from the repository's node_modules, linked, so nothing is downloaded.
 */
function consumerProblems(unpacked) {
  const consumer = join(work, "consumer");
  const modules = join(consumer, "node_modules");
  mkdirSync(modules, { recursive: true });
  renameSync(unpacked, join(modules, "concord"));
  for (const name of ["zod", "ts-pattern", "fast-check"]) symlinkSync(realpathSync(join(root, "node_modules", name)), join(modules, name));
  writeFileSync(join(consumer, "package.json"), '{ "name": "consumer", "private": true }\n');

  const root_ = `import { parseCorpus, reconcile, type Reconciliation } from "concord";

const result = parseCorpus({ sides: [], actors: [], sources: [], claims: [] });
export const picture: Reconciliation | undefined = result.ok ? reconcile(result.corpus) : undefined;
// Types that resolved to any would let this through.
// @ts-expect-error: a reconciliation is read-only
picture?.propositions.push();
`;
  const testing = `${root_}
import { corpusArb } from "concord/testing";
export const corpora = corpusArb().map((corpus) => reconcile(corpus).propositions.length);
// @ts-expect-error: there is no such option
corpusArb({ noSuchOption: true });
`;
  for (const file of ["root.ts"]) writeFileSync(join(consumer, file), root_);
  for (const file of ["both.ts", "both.cts", "both.mts"]) writeFileSync(join(consumer, file), testing);

  // What each entry point needs, as the README says: ES2015 for concord (zod's types use Map, Set
  // and Symbol), ES2020 for concord/testing (fast-check's use BigInt64Array); esModuleInterop in a
  // CommonJS project (zod's types default-import their CommonJS locales). Under node10,
  // concord/testing also needs skipLibCheck, as tsc --init sets it: fast-check's own types import
  // pure-rand's through its exports, which node10 does not read.
  const base = { strict: true, noEmit: true, types: [] };
  const projects = {
    "concord, node10, ES2015": { ...base, module: "commonjs", moduleResolution: "node10", target: "ES2015", esModuleInterop: true, files: ["root.ts"] },
    "concord/testing, node10": {
      ...base,
      module: "commonjs",
      moduleResolution: "node10",
      target: "ES2020",
      esModuleInterop: true,
      skipLibCheck: true,
      files: ["both.ts"],
    },
    "concord/testing, node16": { ...base, module: "node16", moduleResolution: "node16", target: "ES2020", files: ["both.cts", "both.mts"] },
    "concord/testing, bundler": { ...base, module: "preserve", moduleResolution: "bundler", target: "ES2020", files: ["both.ts"] },
  };
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const problems = [];
  for (const [name, { files, ...compilerOptions }] of Object.entries(projects)) {
    const config = join(consumer, `tsconfig.${name.replace(/\W+/g, "-")}.json`);
    writeFileSync(config, JSON.stringify({ compilerOptions, files }, null, 2));
    try {
      execFileSync(process.execPath, [tsc, "-p", config], { cwd: consumer, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      problems.push(`a consumer (${name}) does not type-check:\n${error.stdout}${error.stderr}`);
    }
  }
  return problems;
}
