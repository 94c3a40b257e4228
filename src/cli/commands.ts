import { basename } from "node:path";
import type { Readable } from "node:stream";
import { match } from "ts-pattern";
import {
  ConcordError,
  type Corpus,
  compare,
  explain,
  formatPath,
  type Issue,
  parseCorpus,
  type Reconciliation,
  reconcile,
  toHtmlChunks,
  toMarkdownChunks,
  toTextChunks,
  type Warning,
} from "../index.js";
import { showControls } from "../internal/showControls.js";
import type { Input, Invocation } from "./args.js";
import { type ClaimLines, displayName, isRecord, loadCorpus } from "./input.js";
import { destinationOf, jsonChunks, writeChunks, writeFileChunks } from "./output.js";
import { colourText, formatCount, type Paint, Progress, paint, type Stream, useColour } from "./terminal.js";
import { usage } from "./usage.js";

/** The streams and environment a command runs with. */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: Stream;
  readonly stderr: Stream;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit statuses: done, invalid input, usage error, and output that cannot be written (a full
 * disk, a folder that does not exist): 74, EX_IOERR in BSD's sysexits.h.
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, output: 74 } as const;

/** Synchronous work on at least this many claims is announced at once: it will take a while. */
const MANY_CLAIMS = 100_000;

/** A parsed corpus, or the exit status after its problems were printed. */
type Parsed =
  | { readonly ok: true; readonly corpus: Corpus; readonly warnings: readonly Warning[] }
  | { readonly ok: false; readonly status: number };

/** "claims[3].speaker (claims.ndjson line 4): No actor … (unknown_speaker)" */
function issueLine(issue: Issue | Warning, claimLines: ClaimLines | undefined, style: Paint): string {
  const [collection, index] = issue.path;
  const line =
    claimLines && collection === "claims" && typeof index === "number" && index >= claimLines.first
      ? claimLines.lines[index - claimLines.first]
      : undefined;
  const where = line === undefined ? "" : ` (${claimLines?.file} line ${line})`;
  // Paths and messages quote the corpus: its controls are shown, before the colours are added.
  return `${showControls(`${formatPath(issue.path)}${where}: ${issue.message}`)} ${style.red(`(${issue.code})`)}`;
}

function claimCount(input: unknown): number {
  const claims = typeof input === "object" && input !== null && "claims" in input ? input.claims : undefined;
  return Array.isArray(claims) ? claims.length : 0;
}

/** Reads and parses the corpus, printing every problem to standard error. */
async function load(input: Input, io: Io, progress: Progress, freshFor?: string): Promise<Parsed> {
  const style = paint(useColour(io.stderr, io.env));
  const loaded = await loadCorpus(input, io.stdin, progress);
  const print = (lines: readonly string[]) => {
    progress.clear();
    for (const line of lines) io.stderr.write(`${line}\n`);
  };
  if (!loaded.ok) {
    print(loaded.problems.map(showControls));
    return { ok: false, status: EXIT.invalid };
  }
  const count = claimCount(loaded.input);
  if (progress.slow || count >= MANY_CLAIMS) progress.update(`checking… ${formatCount(count)} claims`, true);
  const result = parseCorpus(freshFor === undefined ? loaded.input : withFreshFor(loaded.input, freshFor));
  // Warnings first: they may explain an error that follows from the same name.
  print(
    result.warnings.map((warning) => `${style.yellow("warning")}: ${issueLine(warning, loaded.claimLines, style)}`),
  );
  const problems = [
    ...loaded.problems.map(showControls),
    ...(result.ok ? [] : result.errors.map((issue) => issueLine(issue, loaded.claimLines, style))),
  ];
  if (problems.length > 0) {
    print(problems);
    return { ok: false, status: EXIT.invalid };
  }
  return result.ok ? result : { ok: false, status: EXIT.invalid };
}

/**
 * The corpus input with `--fresh-for` as the freshness of every over-time attribute that sets
 * none; what is not a record is left for parseCorpus to report.
 */
function withFreshFor(input: unknown, freshFor: string): unknown {
  if (!isRecord(input) || !Array.isArray(input["attributes"])) return input;
  const attributes = input["attributes"].map((attribute: unknown) =>
    isRecord(attribute) && attribute["changes"] === "over-time" && attribute["freshFor"] === undefined
      ? { ...attribute, freshFor }
      : attribute,
  );
  return { ...input, attributes };
}

function questions(corpus: Corpus): number {
  return new Set(corpus.claims.map((claim) => `${claim.subject}\u0000${claim.attribute}`)).size;
}

function plural(count: number, word: string): string {
  return `${formatCount(count)} ${word}${count === 1 ? "" : "s"}`;
}

/** `concord check`: a one-line summary when the corpus is valid, every problem when not. */
async function check(input: Input, io: Io, strict: boolean): Promise<number> {
  const progress = new Progress(io.stderr, io.stderr.isTTY === true);
  const parsed = await load(input, io, progress);
  progress.clear();
  if (!parsed.ok) return parsed.status;
  const { corpus, warnings } = parsed;
  if (strict && warnings.length > 0) {
    io.stderr.write(`concord: ${plural(warnings.length, "warning")}, and --strict makes them fail\n`);
    return EXIT.invalid;
  }
  const ok = paint(useColour(io.stdout, io.env)).green("ok");
  io.stdout.write(
    `${ok}: ${plural(corpus.claims.length, "claim")}, ${plural(corpus.sources.length, "source")}, ${plural(questions(corpus), "question")}\n`,
  );
  return EXIT.ok;
}

/**
 * The few known values closest to one that is not known: those that contain it (shortest first),
 * then the closest by edit distance.
 *
 * @example
 * nearest("medinsky-0723", ["medinsky-0723-agreed", "umerov-0516-agreed"], 1); // => ["medinsky-0723-agreed"]
 */
export function nearest(word: string, known: Iterable<string>, count = 3): string[] {
  const distance = (a: string, b: string): number => {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(
          (previous[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
      previous = row;
    }
    return previous[b.length] ?? 0;
  };
  const lower = word.toLowerCase();
  // Ids that contain what was typed come first, shortest first; then the closest by edits.
  const score = (candidate: string): number =>
    candidate.toLowerCase().includes(lower)
      ? candidate.length - lower.length - 1e6
      : distance(lower, candidate.toLowerCase());
  return [...new Set(known)]
    .map((candidate) => ({ candidate, score: score(candidate) }))
    .sort((a, b) => a.score - b.score || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

function suggest(word: string, known: Iterable<string>): string {
  const close = nearest(word, known);
  return close.length > 0 ? `; nearest: ${close.join(", ")}` : "";
}

/** Only the questions asked for; the claims left out by `asOf` narrowed to them too. */
function only(
  picture: Reconciliation,
  corpus: Corpus,
  subject: string | undefined,
  attribute: string | undefined,
): Reconciliation {
  if (subject === undefined && attribute === undefined) return picture;
  const keep = (question: { subject: string; attribute: string }) =>
    (subject === undefined || question.subject === subject) &&
    (attribute === undefined || question.attribute === attribute);
  const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const later = picture.later.filter((id) => {
    const claim = claims.get(id);
    return claim !== undefined && keep(claim);
  });
  return { ...picture, propositions: picture.propositions.filter(keep), later };
}

/**
 * JSON with every control and bidi character that JSON.stringify leaves raw (DEL, C1, bidi
 * formatting) written as a `\u` escape: the same JSON to a parser, nothing a terminal acts on. A
 * line break is never raw inside a JSON string, so the lines' own breaks stay.
 */
function* visibleJson(chunks: Iterable<string>): Generator<string, void, undefined> {
  for (const chunk of chunks) yield chunk.split("\n").map(showControls).join("\n");
}

type ReconcileInvocation = Extract<Invocation, { kind: "reconcile" }>;

/** `concord reconcile`: the picture in the format asked for, to standard output or a file. */
async function reconcileCommand(invocation: ReconcileInvocation, io: Io): Promise<number> {
  const progress = new Progress(io.stderr, io.stderr.isTTY === true);
  const parsed = await load(invocation.input, io, progress, invocation.freshFor);
  if (!parsed.ok) return parsed.status;
  const { corpus } = parsed;
  const { subject, attribute } = invocation;
  const fail = (message: string, status: number) => {
    progress.clear();
    io.stderr.write(`concord: ${showControls(message)}\n`);
    return status;
  };
  for (const key of ["subject", "attribute"] as const) {
    const wanted = invocation[key];
    if (wanted === undefined || corpus.claims.some((claim) => claim[key] === wanted)) continue;
    const known = corpus.claims.map((claim) => claim[key]);
    return fail(`no claim is about ${key} "${wanted}"${suggest(wanted, known)}`, EXIT.invalid);
  }
  if (
    subject !== undefined &&
    attribute !== undefined &&
    !corpus.claims.some((claim) => claim.subject === subject && claim.attribute === attribute)
  ) {
    return fail(`no claim is about attribute "${attribute}" of subject "${subject}"`, EXIT.invalid);
  }
  if (progress.slow || corpus.claims.length >= MANY_CLAIMS)
    progress.update(`reconciling… ${formatCount(corpus.claims.length)} claims`, true);
  let picture: Reconciliation;
  try {
    picture = reconcile(corpus, {
      ...(invocation.tolerance === undefined ? {} : { tolerance: invocation.tolerance }),
      ...(invocation.boundReach === undefined ? {} : { boundReach: invocation.boundReach }),
      ...(invocation.asOf === undefined ? {} : { asOf: invocation.asOf }),
      ...(invocation.knownAt === undefined ? {} : { knownAt: invocation.knownAt }),
    });
  } catch (error) {
    // Options the argument reader could not check alone, such as an --as-of that is no date.
    // They are usage errors, shown as the argument reader shows its own: the option, then the usage.
    if (error instanceof ConcordError) {
      progress.clear();
      const messages = error.issues.map((issue) =>
        showControls(issue.message.replace(/^asOf\b/, "--as-of").replace(/^knownAt\b/, "--known-at")),
      );
      io.stderr.write(
        `${messages.map((message) => `concord reconcile: ${message}`).join("\n")}\n\n${usage("reconcile")}\n`,
      );
      return EXIT.usage;
    }
    throw error;
  }
  picture = only(picture, corpus, subject, attribute);
  const destination = await destinationOf(invocation.out, [
    invocation.input.file,
    ...(invocation.input.claims === undefined ? [] : [invocation.input.claims]),
  ]);
  if (typeof destination === "string") return fail(destination, EXIT.usage);
  const toTerminal = destination.kind === "stdout";
  const chunks = ((): Iterable<string> => {
    switch (invocation.format) {
      case "text": {
        const text = toTextChunks(picture, corpus, { width: invocation.width });
        if (!toTerminal) return text;
        // Each piece is whole lines, so colouring piece by piece colours as the whole would.
        const style = paint(useColour(io.stdout, io.env));
        return (function* () {
          for (const chunk of text) yield colourText(chunk, style);
        })();
      }
      case "markdown":
        return toMarkdownChunks(picture, corpus);
      case "json":
        return visibleJson(jsonChunks(picture));
      case "html":
        return toHtmlChunks(picture, corpus, {
          title:
            invocation.title ??
            `concord · ${invocation.input.file === "-" ? "corpus" : basename(invocation.input.file)}`,
        });
    }
  })();
  progress.clear();
  if (destination.kind === "stdout") {
    await writeChunks(chunks, io.stdout);
    return EXIT.ok;
  }
  try {
    await writeFileChunks(chunks, destination.path);
  } catch (error) {
    return fail(
      `cannot write ${destination.path}: ${error instanceof Error ? error.message : String(error)}`,
      EXIT.output,
    );
  }
  return EXIT.ok;
}

type ExplainInvocation = Extract<Invocation, { kind: "explain" }>;

/** `concord explain`: how two claims relate, in one sentence. */
async function explainCommand(invocation: ExplainInvocation, io: Io): Promise<number> {
  const progress = new Progress(io.stderr, io.stderr.isTTY === true);
  const parsed = await load(invocation.input, io, progress, invocation.freshFor);
  progress.clear();
  if (!parsed.ok) return parsed.status;
  const { corpus } = parsed;
  const byId = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const unknown = invocation.ids.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    for (const id of unknown) {
      io.stderr.write(
        `concord: ${showControls(`no claim "${id}" in ${displayName(invocation.input.file)}${suggest(id, byId.keys())}`)}\n`,
      );
    }
    return EXIT.invalid;
  }
  const [a, b] = invocation.ids.map((id) => byId.get(id));
  if (!a || !b) return EXIT.invalid;
  const relation = compare(a, b, {
    ...(invocation.tolerance === undefined ? {} : { tolerance: invocation.tolerance }),
    ...(invocation.boundReach === undefined ? {} : { boundReach: invocation.boundReach }),
  });
  io.stdout.write(`${showControls(explain(relation, corpus))}\n`);
  return EXIT.ok;
}

/**
 * Runs one command with the streams given and returns its exit status. Help and version are
 * answered by the caller; everything else lands here.
 *
 * @example
 * await runCommand({ kind: "check", input: { file: "corpus.json" } }, io); // => 0
 */
export async function runCommand(
  invocation: Exclude<Invocation, { kind: "help" | "version" }>,
  io: Io,
): Promise<number> {
  return match(invocation)
    .with({ kind: "check" }, ({ input, strict }) => check(input, io, strict === true))
    .with({ kind: "reconcile" }, (reconcile) => reconcileCommand(reconcile, io))
    .with({ kind: "explain" }, (explain) => explainCommand(explain, io))
    .exhaustive();
}
