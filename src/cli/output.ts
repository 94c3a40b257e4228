import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Stream } from "./terminal.js";

/** Where a report goes: standard output, or a file. */
export type Destination = { readonly kind: "stdout" } | { readonly kind: "file"; readonly path: string };

/**
 * Reads `-o`: none or `-` is standard output. An output that is one of the inputs, after links
 * are followed, is refused: writing the report would destroy the corpus it came from.
 *
 * @returns The destination, or the sentence saying why it is refused.
 * @example
 * await destinationOf("report.md", ["corpus.json"]); // => { kind: "file", path: "report.md" }
 */
export async function destinationOf(out: string | undefined, inputs: readonly string[]): Promise<Destination | string> {
  if (out === undefined || out === "-") return { kind: "stdout" };
  const target = await resolved(out);
  for (const input of inputs) {
    if (input === "-") continue;
    if ((await resolved(input)) === target)
      return `-o ${out} is the input ${input}: refusing to overwrite it with the report`;
  }
  return { kind: "file", path: out };
}

/** A path with its links followed, or made absolute when it does not exist yet. */
async function resolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // A new file: its folder may still be a link.
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** A stream that may ask the writer to wait: Node's streams say so by returning false. */
interface Drainable extends Stream {
  once?(event: "drain", listener: () => void): unknown;
}

/**
 * Writes a report's pieces to standard output as they come, waiting whenever the stream asks,
 * so no report is ever held whole in memory.
 *
 * @example
 * await writeChunks(toTextChunks(picture, corpus), process.stdout);
 */
export async function writeChunks(chunks: Iterable<string>, stream: Drainable): Promise<void> {
  for (const chunk of chunks) {
    if (stream.write(chunk) === false && stream.once) await new Promise<void>((done) => stream.once?.("drain", done));
  }
}

/**
 * Writes a report's pieces into a file through a temporary file beside it, renamed into place
 * once all is written: a run that fails half-way never leaves a half-written report, and never
 * touches a file already there.
 *
 * @example
 * await writeFileChunks(toHtmlChunks(picture, corpus), "report.html");
 */
export async function writeFileChunks(chunks: Iterable<string>, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = createWriteStream(temporary, { flags: "wx" });
  const failed = once(stream, "error").then(([error]) => {
    throw error;
  });
  // Raced at every wait below; marked handled so an error after the last wait is not unhandled.
  failed.catch(() => undefined);
  try {
    await Promise.race([once(stream, "open"), failed]);
    for (const chunk of chunks) {
      if (!stream.write(chunk)) await Promise.race([once(stream, "drain"), failed]);
    }
    stream.end();
    await Promise.race([once(stream, "finish"), failed]);
    await Promise.race([once(stream, "close"), failed]);
    await rename(temporary, path);
  } catch (error) {
    stream.destroy();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * `JSON.stringify(value, null, 2)` and a newline, in pieces: the propositions one at a time, so
 * a reconciliation of any size can be written.
 *
 * @example
 * [...jsonChunks(picture)].join("") === `${JSON.stringify(picture, null, 2)}\n`; // => true
 */
export function* jsonChunks(value: object, listed = "propositions"): Generator<string, void, undefined> {
  const nested = (json: string, depth: number) => json.replaceAll("\n", `\n${" ".repeat(depth)}`);
  const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  if (keys.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{";
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const field = (value as Record<string, unknown>)[key];
    const head = `${k > 0 ? "," : ""}\n  ${JSON.stringify(key)}: `;
    if (key === listed && Array.isArray(field) && field.length > 0) {
      yield `${head}[`;
      for (let i = 0; i < field.length; i++)
        yield `${i > 0 ? "," : ""}\n    ${nested(JSON.stringify(field[i], null, 2), 4)}`;
      yield "\n  ]";
    } else yield head + nested(JSON.stringify(field, null, 2), 2);
  }
  yield "\n}\n";
}
