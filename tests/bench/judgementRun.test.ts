import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import * as concord from "../../src/index.js";

// The runner's machinery in-process, on concord's sources, and the script itself once, for its
// exit code on broken inputs.

interface Figures {
  readonly labelled: number;
  readonly agreed: number;
  readonly predicted: number;
}
interface Scores {
  readonly perClass: Record<string, Figures>;
  readonly total: { readonly labelled: number; readonly agreed: number };
}
interface PropositionRow {
  readonly subject: string;
  readonly attribute: string;
  readonly verdict: { readonly current: Record<string, string[]>; readonly stale: string[] };
}
interface Measured {
  readonly ok: true;
  readonly disputes: readonly {
    readonly name: string;
    readonly pairs: Scores;
    readonly statuses: Scores;
    readonly propositionRows: readonly PropositionRow[];
  }[];
  readonly total: { readonly pairs: Scores; readonly statuses: Scores };
}
type Failed = { readonly ok: false; readonly problems: string[] };
interface Dispute {
  readonly name: string;
}
interface Lib {
  readonly parseCorpus: typeof concord.parseCorpus;
  readonly compare: (a: concord.Claim, b: concord.Claim, options?: object) => object;
  readonly reconcile: (corpus: concord.Corpus, options?: object) => { readonly propositions: readonly object[] };
}
interface MeasureModule {
  parseArguments(
    argv: readonly string[],
  ): { ok: true; json: boolean; help: boolean; dispute?: string; options: Record<string, unknown> } | Failed;
  readDisputes(lib: Lib, folder: string, dispute?: string): { ok: true; disputes: Dispute[] } | Failed;
  measureDisputes(lib: Lib, disputes: readonly Dispute[], options: object): Measured | Failed;
  toText(measured: Measured, about: { heading: string; options: object }): string;
  toJson(
    measured: Measured,
    about: { lib: string; source: null; options: object },
  ): {
    disputes: { dispute: string; disagreements: { pairs: unknown[]; propositions: unknown[] } }[];
    total: { summary: { class: string }[] };
  };
}

const root = fileURLToPath(new URL("../../", import.meta.url));
const benchmark = join(root, "bench/judgement");
// A computed specifier: the benchmark's modules are plain JavaScript, outside the typed sources.
const measureModule = join(benchmark, "measure.mjs");
const bench = (await import(measureModule)) as MeasureModule;
const lib: Lib = concord;

function ok<T extends { ok: boolean }>(result: T | Failed): T {
  if (!result.ok) throw new Error((result as Failed).problems.join("\n"));
  return result as T;
}
const derna = ok(bench.readDisputes(lib, benchmark, "derna-flood-2023-09")).disputes;

const scratch = mkdtempSync(join(tmpdir(), "judgement-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** A copy of the Derna dispute whose pair 3 names a claim the corpus does not have. */
const broken = (() => {
  const folder = join(scratch, "broken");
  cpSync(join(benchmark, "derna-flood-2023-09"), join(folder, "derna-flood-2023-09"), { recursive: true });
  const file = join(folder, "derna-flood-2023-09/labels.json");
  const labels = JSON.parse(readFileSync(file, "utf8")) as { pairs: { b: string }[] };
  (labels.pairs[3] as { b: string }).b = "no-such-claim";
  writeFileSync(file, JSON.stringify(labels));
  return folder;
})();

describe("parseArguments", () => {
  test("--option values are numbers when numeric, text otherwise, and may repeat", () => {
    expect(
      bench.parseArguments([
        "--json",
        "--option",
        "tolerance=0.05",
        "--option",
        "knownAt=2024-01-21",
        "--dispute",
        "x",
      ]),
    ).toEqual({
      ok: true,
      json: true,
      help: false,
      dispute: "x",
      options: { tolerance: 0.05, knownAt: "2024-01-21" },
    });
    expect(bench.parseArguments(["--option", "boundReach=3", "--option", "label="])).toMatchObject({
      options: { boundReach: 3, label: "" },
    });
  });

  test("every bad argument is reported", () => {
    const result = bench.parseArguments(["--frobnicate", "--option", "tolerance", "--dispute"]);
    expect(result.ok).toBe(false);
    expect((result as Failed).problems).toEqual([
      expect.stringContaining('unknown argument "--frobnicate"'),
      '--option wants key=value, got "tolerance"',
      expect.stringContaining("--dispute needs a value"),
    ]);
  });
});

describe("readDisputes", () => {
  test("a label naming an unknown claim is a broken input, with its file and path", () => {
    expect(bench.readDisputes(lib, broken)).toEqual({
      ok: false,
      problems: [
        "the inputs are broken:",
        '  derna-flood-2023-09/labels.json.pairs[3].b: unknown_claim: No claim "no-such-claim" in the corpus',
      ],
    });
  });

  test("an unknown dispute names the ones there are", () => {
    expect(bench.readDisputes(lib, benchmark, "nowhere")).toEqual({
      ok: false,
      problems: [
        'no dispute "nowhere"; disputes: demos-germany-2024, derna-flood-2023-09, gaza-truce-2023-11, gdl-db-2023-2024',
      ],
    });
  });
});

describe("measureDisputes", () => {
  test("every labelled pair and proposition gets a verdict, per dispute and in total", () => {
    const all = ok(bench.readDisputes(lib, benchmark)).disputes;
    const measured = ok(bench.measureDisputes(lib, all, {}));
    expect(
      measured.disputes.map((dispute) => [dispute.name, dispute.pairs.total.labelled, dispute.statuses.total.labelled]),
    ).toEqual([
      ["demos-germany-2024", 140, 32],
      ["derna-flood-2023-09", 50, 16],
      ["gaza-truce-2023-11", 92, 42],
      ["gdl-db-2023-2024", 95, 42],
    ]);
    expect(measured.total.pairs.total.labelled).toBe(377);
    expect(measured.total.statuses.total.labelled).toBe(132);
  });

  test("an option concord rejects stops the measure with concord's message", () => {
    const result = bench.measureDisputes(lib, derna, { tolerance: 2 });
    expect(result.ok).toBe(false);
    expect((result as Failed).problems).toEqual([
      expect.stringMatching(/^derna-flood-2023-09: compare\(.*\): \.tolerance: tolerance must be a fraction/),
    ]);
  });

  test("a build with progressions and stale positions is scored by them", () => {
    // A stand-in for the coming rules: every pair a progression towards its second claim, every
    // position stale.
    const ahead: Lib = {
      parseCorpus: concord.parseCorpus,
      compare: (a, b) => ({ kind: "progression", claims: [a.id, b.id], newer: b.id, older: a.id }),
      reconcile: (corpus, options) => {
        const picture = concord.reconcile(corpus, options);
        return {
          ...picture,
          propositions: picture.propositions.map((proposition) => ({
            ...proposition,
            positions: proposition.positions.map((position) => ({ ...position, stale: true })),
          })),
        };
      },
    };
    const measured = ok(bench.measureDisputes(ahead, derna, {}));
    const [dispute] = measured.disputes;
    // Derna labels one progression, hamad-0911-over-3000 → who-0916-3958, given in that order.
    expect(dispute?.pairs.perClass["progression"]).toMatchObject({ labelled: 1, agreed: 1, predicted: 50 });
    const row = dispute?.propositionRows.find((candidate) => candidate.attribute === "death-toll");
    expect(row?.verdict.current).toEqual({});
    expect(row?.verdict.stale.length).toBeGreaterThan(0);
  });
});

describe("toText and toJson", () => {
  const measured = ok(bench.measureDisputes(lib, derna, { tolerance: 0.1 }));

  test("the text has the matrices, each disagreement with its label's why, and the summary", () => {
    const text = bench.toText(measured, { heading: "Judgement benchmark: test", options: { tolerance: 0.1 } });
    expect(text.split("\n").slice(0, 4)).toEqual([
      "Judgement benchmark: test",
      'Options passed to compare and reconcile: {"tolerance":0.1}',
      "",
      "== derna-flood-2023-09: 36 claims, 50 pairs, 16 propositions",
    ]);
    expect(text).toMatch(
      /^label \\ concord +agreement +contradiction +supersession +progression +unrelated +labelled +agreed$/m,
    );
    expect(text).toMatch(/^Disagreements in derna-flood-2023-09: \d+ pairs, \d+ propositions$/m);
    expect(text).toMatch(/^Summary \(derna-flood-2023-09\): target agreement ≥ 95%$/m);
    const labels = JSON.parse(readFileSync(join(benchmark, "derna-flood-2023-09/labels.json"), "utf8")) as {
      pairs: { a: string; b: string; why: string }[];
    };
    const listed = text.split("\n").filter((line) => line.startsWith("  pair "));
    const disagreeing = measured.disputes[0]?.pairs.total;
    expect(listed.length).toBe((disagreeing?.labelled ?? 0) - (disagreeing?.agreed ?? 0));
    for (const line of listed) {
      expect(
        labels.pairs.some(
          (pair) => line.startsWith(`  pair ${pair.a} × ${pair.b}: label `) && line.endsWith(` — ${pair.why}`),
        ),
      ).toBe(true);
    }
  });

  test("the JSON lists the disagreements per dispute and the summary in total", () => {
    const json = bench.toJson(measured, { lib: "test", source: null, options: {} });
    const disagreeing = measured.disputes[0]?.pairs.total;
    expect(json.disputes[0]?.disagreements.pairs.length).toBe(
      (disagreeing?.labelled ?? 0) - (disagreeing?.agreed ?? 0),
    );
    expect(json.total.summary.map((line) => line.class)).toContain("progression");
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

test("run.mjs exits 1 on broken inputs and prints no figures", { timeout: 30_000 }, async () => {
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (done) => {
      execFile(
        process.execPath,
        ["--import", "tsx", join(benchmark, "run.mjs")],
        {
          cwd: root,
          env: { ...process.env, BENCH_LIB: join(root, "src/index.ts"), BENCH_JUDGEMENT_DIR: broken },
          encoding: "utf8",
        },
        (error, out, err) =>
          done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout: out, stderr: err }),
      );
    },
  );
  // Only the runner's own lines: a crash would exit 1 too, with a stack.
  expect(stderr.trimEnd().split("\n")).toEqual([
    "bench/judgement/run.mjs: the inputs are broken:",
    'bench/judgement/run.mjs:   derna-flood-2023-09/labels.json.pairs[3].b: unknown_claim: No claim "no-such-claim" in the corpus',
  ]);
  expect(code).toBe(1);
  expect(stdout).toBe("");
});
