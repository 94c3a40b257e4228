import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, test } from "vitest";
import { parseCorpus, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";
import { concord, EXAMPLE, ROOT } from "./run.js";

const parsed = parseCorpus(JSON.parse(readFileSync(join(ROOT, EXAMPLE), "utf8")));
if (!parsed.ok) throw new Error("the example corpus must parse");
const { corpus } = parsed;
const scratch = mkdtempSync(join(tmpdir(), "concord-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STATUS = ["--subject", "pow-exchange/istanbul-2025-07-23", "--attribute", "status"];

describe("concord reconcile", () => {
  test("text by default: the library's toText, on stdout", () => {
    const run = concord(["reconcile", EXAMPLE]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toBe(toText(reconcile(corpus), corpus));
    expect(concord(["reconcile", EXAMPLE, "--width", "60"]).stdout).toBe(
      toText(reconcile(corpus), corpus, { width: 60 }),
    );
  });

  test("--format markdown is the library's toMarkdown", () => {
    const run = concord(["reconcile", EXAMPLE, "--format", "markdown"]);
    expect(run).toMatchObject({ status: 0, stderr: "", stdout: toMarkdown(reconcile(corpus), corpus) });
  });

  test("--format json validates against the published JSON Schema", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schema/reconciliation.schema.json"), "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    for (const args of [[], ["--as-of", "2025-12-11"], STATUS]) {
      const run = concord(["reconcile", EXAMPLE, "-f", "json", ...args]);
      expect(run.status).toBe(0);
      const output: unknown = JSON.parse(run.stdout);
      validate(output);
      expect(validate.errors ?? []).toEqual([]);
    }
    const whole = JSON.parse(concord(["reconcile", EXAMPLE, "--format", "json"]).stdout) as unknown;
    expect(whole).toEqual(JSON.parse(JSON.stringify(reconcile(corpus))));
  });

  test("--format html is one self-contained page", () => {
    const run = concord(["reconcile", EXAMPLE, "--format", "html"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>/i);
    expect(run.stdout).toContain("</html>");
    expect(run.stdout).not.toMatch(/<script|<link /i);
  });

  test("--subject and --attribute keep only those questions, and the claims left out narrow with them", () => {
    const run = concord(["reconcile", EXAMPLE, "-f", "json", ...STATUS, "--as-of", "2025-12-11"]);
    const picture = JSON.parse(run.stdout) as {
      propositions: { subject: string; attribute: string }[];
      later: string[];
    };
    expect(picture.propositions.map((p) => `${p.subject} ${p.attribute}`)).toEqual([
      "pow-exchange/istanbul-2025-07-23 status",
    ]);
    const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
    expect(picture.later.length).toBeGreaterThan(0);
    for (const id of picture.later)
      expect(claims.get(id)).toMatchObject({ subject: "pow-exchange/istanbul-2025-07-23", attribute: "status" });
    const subject = JSON.parse(
      concord(["reconcile", EXAMPLE, "-f", "json", "--subject", "pow-exchange/istanbul-2025-07-23"]).stdout,
    ) as typeof picture;
    expect(new Set(subject.propositions.map((p) => p.subject))).toEqual(new Set(["pow-exchange/istanbul-2025-07-23"]));
    expect(subject.propositions.length).toBeGreaterThan(1);
  });

  test("an unknown --subject is invalid input with the nearest subjects, exit 1", () => {
    const run = concord(["reconcile", EXAMPLE, "--subject", "pow-exchange/istanbul-2025-07-2"]);
    expect(run).toMatchObject({ status: 1, stdout: "" });
    expect(run.stderr).toMatch(
      /^concord: no claim is about subject "pow-exchange\/istanbul-2025-07-2"; nearest: pow-exchange\/istanbul-2025-07-23/,
    );
  });

  test("--tolerance reaches the reconciliation", () => {
    const tight = JSON.parse(concord(["reconcile", EXAMPLE, "-f", "json", "--tolerance", "0"]).stdout) as unknown;
    expect(tight).toEqual(JSON.parse(JSON.stringify(reconcile(corpus, { tolerance: 0 }))));
    expect(tight).not.toEqual(JSON.parse(JSON.stringify(reconcile(corpus))));
  });

  test("--out writes the file and nothing to stdout", () => {
    const path = join(scratch, "report.md");
    const run = concord(["reconcile", EXAMPLE, "--format", "markdown", "--out", path]);
    expect(run).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(path, "utf8")).toBe(toMarkdown(reconcile(corpus), corpus));
    const unwritable = concord(["reconcile", EXAMPLE, "-o", join(scratch, "no", "such", "dir", "x.txt")]);
    expect(unwritable.status).toBe(74);
    expect(unwritable.stderr).toMatch(/^concord: cannot write /);
  });
});

describe("concord reconcile --title", () => {
  test("names the HTML page, escaped, as toHtml's title", () => {
    const run = concord(["reconcile", EXAMPLE, "--format", "html", "--title", "Istanbul <talks> & after"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(toHtml(reconcile(corpus), corpus, { title: "Istanbul <talks> & after" }));
    expect(run.stdout).toContain("<title>Istanbul &lt;talks&gt; &amp; after</title>");
    expect(run.stdout).toContain("<h1>Istanbul &lt;talks&gt; &amp; after</h1>");
  });

  test("without it, the page is named after the file", () => {
    expect(concord(["reconcile", EXAMPLE, "--format", "html"]).stdout).toContain(
      "<title>concord · corpus.json</title>",
    );
  });
});
