import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Input } from "./args.js";
import { syntaxErrorOffset } from "./syntaxErrorOffset.js";
import { formatCount, type Progress } from "./terminal.js";

/** Where the claims that came from NDJSON sit in the corpus, and the line each came from. */
export interface ClaimLines {
  readonly file: string;
  /** The index in `claims` of the first NDJSON claim (after the JSON file's own claims). */
  readonly first: number;
  /** The line number of each NDJSON claim, in order. */
  readonly lines: readonly number[];
}

/** The corpus as read, before parseCorpus judges it; or why it could not be read. */
export type Loaded =
  | {
      readonly ok: true;
      readonly input: unknown;
      readonly claimLines?: ClaimLines | undefined;
      readonly problems: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * How files are named in messages: `-` is standard input.
 *
 * @example
 * displayName("-"); // => "<stdin>"
 */
export function displayName(file: string): string {
  return file === "-" ? "<stdin>" : file;
}

/**
 * What went wrong with a file, in words, without the system's code and the call:
 * "no such file or directory".
 *
 * @example
 * reason(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })); // => "no space left on device"
 */
export function reason(error: unknown): string {
  if (error instanceof Error && "code" in error && typeof error.code === "string") {
    // "ENOENT: no such file or directory, open 'x.json'" → "no such file or directory"
    const match = /^[A-Z]+: ([^,]+)/.exec(error.message);
    return match?.[1] ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A JSON syntax error as `line:column: message`, the position found even where V8's message
 * leaves it out (by {@link syntaxErrorOffset}, in one pass).
 *
 * @example
 * jsonError('{\n  "a": }', new SyntaxError("Unexpected token '}', ... is not valid JSON")); // => "2:8: Unexpected token '}'"
 */
export function jsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const found = at ? Number(at[1]) : syntaxErrorOffset(text);
  const offset = found < 0 ? text.length : Math.min(found, text.length);
  // Lines counted in place: no copy of a prefix that may be most of a large file.
  let line = 1;
  let lineStart = 0;
  for (let next = text.indexOf("\n"); next >= 0 && next < offset; next = text.indexOf("\n", next + 1)) {
    line++;
    lineStart = next + 1;
  }
  const column = offset - lineStart + 1;
  const short = message
    // V8 quotes the text around the token, with "..." on each side it cuts in a long text.
    .replace(/^(Unexpected token .+?), (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "$1")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/ \(line \d+ column \d+\)$/, "");
  return `${line}:${column}: ${short}`;
}

/** The UTF-8 byte order mark some editors on Windows put before a file's first character. */
const BOM = "\uFEFF";

/** A text without the byte order mark it may start with: it marks the encoding, it is no JSON. */
function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

async function readText(file: string, stdin: Readable): Promise<string> {
  return withoutBom(file === "-" ? await readAll(stdin) : await readFile(file, "utf8"));
}

/** Reads NDJSON claims line by line, as a stream, so a large file never sits in memory as text. */
async function readClaims(
  file: string,
  stdin: Readable,
  progress: Progress,
): Promise<{ claims: unknown[]; lines: number[]; problems: string[] }> {
  const name = displayName(file);
  // Opening first makes a missing file an error here, before the stream starts.
  const stream = file === "-" ? stdin : createReadStream("", { fd: await open(file, "r"), encoding: "utf8" });
  const claims: unknown[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  let number = 0;
  for await (const read of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    number++;
    const line = number === 1 ? withoutBom(read) : read;
    if (line.trim() === "") continue;
    try {
      claims.push(JSON.parse(line));
      lines.push(number);
    } catch (error) {
      problems.push(`${name}:${number}:${jsonError(line, error).replace(/^1:/, "")} (invalid NDJSON line)`);
    }
    if (claims.length % 1024 === 0) progress.update(`reading… ${formatCount(claims.length)} claims`);
  }
  return { claims, lines, problems };
}

/** Whether a JSON value is an object with keys (not null, not an array). @example isRecord({}) // => true */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a corpus: the JSON file (or standard input), and the NDJSON claims beside it when
 * `--claims` names them, appended to the file's own claims. Unreadable files and JSON syntax
 * errors are problems with a file name and position; anything else is left to parseCorpus.
 *
 * @example
 * await loadCorpus({ file: "sides.json", claims: "claims.ndjson" }, process.stdin, progress);
 * // => { ok: true, input: { sides: […], claims: […] }, claimLines: { file: "claims.ndjson", first: 0, lines: [1, 2, 4] }, problems: [] }
 */
export async function loadCorpus(input: Input, stdin: Readable, progress: Progress): Promise<Loaded> {
  const name = displayName(input.file);
  let text: string;
  try {
    text = await readText(input.file, stdin);
  } catch (error) {
    return { ok: false, problems: [`concord: cannot read ${name}: ${reason(error)}`] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${name}:${jsonError(text, error)} (invalid JSON)`] };
  }
  if (input.claims === undefined) return { ok: true, input: parsed, problems: [] };

  let read: Awaited<ReturnType<typeof readClaims>>;
  try {
    read = await readClaims(input.claims, stdin, progress);
  } catch (error) {
    return { ok: false, problems: [`concord: cannot read ${displayName(input.claims)}: ${reason(error)}`] };
  }
  if (!isRecord(parsed)) return { ok: true, input: parsed, problems: read.problems };
  const own = parsed["claims"];
  if (own !== undefined && !Array.isArray(own)) return { ok: true, input: parsed, problems: read.problems };
  const first = own?.length ?? 0;
  return {
    ok: true,
    input: { ...parsed, claims: [...(own ?? []), ...read.claims] },
    claimLines: { file: displayName(input.claims), first, lines: read.lines },
    problems: read.problems,
  };
}
