import { readFileSync } from "node:fs";
import { type Corpus, type CorpusInput, parseCorpus } from "../../src/index.js";

/** The Istanbul example corpus, resolved. */
export function istanbul(): Corpus {
  const result = parseCorpus(
    JSON.parse(readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8")),
  );
  if (!result.ok) throw new Error("the example corpus must parse");
  return result.corpus;
}

/**
 * The Istanbul corpus with no freshness window, so that Russia's 23 July "agreed" never goes
 * stale and the July status stays contested, with three clashes. The example itself has no
 * contradiction left; the renderers still need one to draw.
 */
export function istanbulWithoutFreshness(): Corpus {
  const input = JSON.parse(
    readFileSync(new URL("../../examples/istanbul-2025/corpus.json", import.meta.url), "utf8"),
  ) as CorpusInput;
  const attributes = (input.attributes ?? []).map(({ freshFor: _, ...attribute }) => attribute);
  const result = parseCorpus({ ...input, attributes });
  if (!result.ok) throw new Error("the example corpus must parse");
  return result.corpus;
}

/**
 * `count` claims on one question, from three sides over most of a year: many on the same few days
 * (so marks must stack), some denials, some relayed, some from a machine translation, and a chain
 * of explicit supersessions. A fixed generator, so every run draws the same chart.
 */
export function crowdedCorpus(count: number): Corpus {
  let seed = 20250516;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    // The low bits of this generator cycle; the high ones do not.
    return Math.floor(seed / 65536) % n;
  };
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  const input: CorpusInput = {
    sides: [
      { id: "ukraine", name: "Ukraine" },
      { id: "russia", name: "Russia" },
      { id: "turkey", name: "Türkiye", role: "mediator" },
    ],
    actors: [
      { id: "umerov", name: "Rustem Umerov", side: "ukraine" },
      { id: "zelenskyy", name: "Volodymyr Zelenskyy", side: "ukraine" },
      { id: "medinsky", name: "Vladimir Medinsky", side: "russia" },
      { id: "peskov", name: "Dmitry Peskov", side: "russia" },
      { id: "fidan", name: "Hakan Fidan", side: "turkey" },
    ],
    sources: [
      {
        id: "interfax",
        outlet: "Interfax-Ukraine",
        published: "2025-01-01",
        language: "en",
        url: "https://example.org/a",
      },
      { id: "tass", outlet: "TASS", published: "2025-01-01", language: "ru" },
      {
        id: "korrespondent",
        outlet: "Korrespondent.net",
        published: "2025-01-01",
        language: "de",
        translation: "machine",
      },
    ],
    attributes: [{ id: "returned", changes: "over-time" }],
    claims: [],
  };
  const speakers = ["umerov", "zelenskyy", "medinsky", "peskov", "fidan"];
  const sources = ["interfax", "tass", "korrespondent"];
  const busyDays = [40, 41, 150, 200, 201, 202];
  for (let index = 0; index < count; index++) {
    const speaker = speakers[next(speakers.length)] ?? "umerov";
    const offset = next(3) === 0 ? (busyDays[next(busyDays.length)] ?? 0) : next(330);
    const claim: CorpusInput["claims"][number] = {
      id: `claim-${String(index).padStart(3, "0")}`,
      speaker,
      source: sources[next(sources.length)] ?? "interfax",
      stated: day(offset),
      subject: "pow-exchange/crowded",
      attribute: "returned",
      value: { kind: "quantity", value: 300 + 100 * next(12), unit: "person" },
      stance: next(8) === 0 ? "denies" : "asserts",
      quote: `Quote number ${index}`,
    };
    if (next(10) === 0) claim.via = speaker === "fidan" ? "umerov" : "fidan";
    input.claims.push(claim);
  }
  const result = parseCorpus(input);
  if (!result.ok) throw new Error(`the crowded corpus must parse: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.corpus;
}

/**
 * A corpus whose every cell is hard to fit: a side named with a long word ("Polizei und
 * Behörden", which a chart once cut to "olizei und Behörden") and one longer than any lane label,
 * long unbroken ids, a speaker's name without spaces, a URL that is no link and a quote that is
 * one long word, so the claim table must wrap them to fit the page.
 */
export function wideCorpus(): Corpus {
  const long = "Bundesministeriumfürinneresundheimatschutz";
  const input: CorpusInput = {
    sides: [
      { id: "police", name: "Polizei und Behörden" },
      { id: "ministry", name: "Ministerium für Innere Angelegenheiten und Kommunales Nordrhein-Westfalen" },
      { id: "ngo", name: "Ärzte" },
    ],
    actors: [
      { id: "sprecher", name: `Pressesprecher${long}`, side: "police" },
      { id: "minister", name: "Minister", side: "ministry" },
      { id: "arzt", name: "Arzt", side: "ngo" },
    ],
    sources: [
      {
        id: "archive",
        outlet: `Archiv${long}`,
        published: "2025-01-01",
        language: "de",
        url: `ftp://archive.example.org/${"verzeichnis/".repeat(12)}datei.txt`,
      },
      {
        id: "web",
        outlet: "Nachrichten",
        published: "2025-01-01",
        language: "de",
        url: `https://example.org/${"pfad-".repeat(30)}ende`,
      },
    ],
    attributes: [{ id: "count", changes: "over-time" }],
    claims: [
      {
        id: `polizei-${"x".repeat(60)}-1`,
        speaker: "sprecher",
        source: "archive",
        stated: "2025-03-01T10:15:00+01:00",
        subject: "demonstration/wide",
        attribute: "count",
        value: { kind: "quantity", value: 1200, unit: "person" },
        quote: `https://example.org/${"bericht".repeat(30)}`,
      },
      {
        id: "ministerium-1",
        speaker: "minister",
        source: "web",
        stated: "2025-03-02",
        subject: "demonstration/wide",
        attribute: "count",
        value: { kind: "quantity", value: 5000, unit: "person" },
        quote: `${"Teilnehmerzahl".repeat(20)} und mehr`,
      },
      {
        id: "arzt-1",
        speaker: "arzt",
        source: "web",
        stated: "2025-03-03",
        subject: "demonstration/wide",
        attribute: "count",
        value: { kind: "quantity", value: 3000, unit: "person" },
      },
    ],
  };
  const result = parseCorpus(input);
  if (!result.ok) throw new Error(`the wide corpus must parse: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.corpus;
}
