import { test } from "@fast-check/vitest";
import fc from "fast-check";
import { expect } from "vitest";
import { type Corpus, reconcile, toHtml } from "../../src/index.js";
import { corpusArb } from "../../src/testing/index.js";

/** The elements the report writes; anything else in the output came from user text. */
const TAGS = new Set(
  "html head meta title style body header main footer nav section figure figcaption div p h1 h2 h3 ul ol li a strong span q code details summary table caption thead tbody tr th td svg defs marker path circle rect line text tspan g".split(
    " ",
  ),
);

/**
 * What is left of the document once every well-formed tag of ours is taken out: text only.
 * A user string that broke out of text or an attribute leaves a `<`, `>` or `"` behind, or an
 * element the report never writes.
 */
function textOutsideTags(html: string): { text: string; foreign: string[] } {
  const body = html.replace(/<style>[^<]*<\/style>/, "").replace(/^<!DOCTYPE html>/, "");
  const foreign: string[] = [];
  const text = body.replace(
    /<\/?([a-z][a-z0-9]*)(?:\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*\s*\/?>/g,
    (_, name: string) => {
      if (!TAGS.has(name)) foreign.push(name);
      return "";
    },
  );
  return { text, foreign };
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
  );
}

function internalLinksResolve(html: string): boolean {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]));
  return [...html.matchAll(/href="#([^"]*)"/g)].every((match) => ids.has(match[1]));
}

test.prop([corpusArb({ maxClaims: 16 })])("one mark and one table row per claim; every link lands", (corpus) => {
  const picture = reconcile(corpus);
  const html = toHtml(picture, corpus);
  const marks = [...html.matchAll(/class="mark [^"]*"[^>]*data-claim="([^"]*)"/g)].map((match) =>
    decode(match[1] ?? ""),
  );
  expect(marks.sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
  expect(html.match(/<tr id="claim-/g) ?? []).toHaveLength(corpus.claims.length);
  expect(html.match(/<section class="proposition/g) ?? []).toHaveLength(picture.propositions.length);
  expect(internalLinksResolve(html)).toBe(true);
  expect(toHtml(picture, corpus)).toBe(html);
});

/** Strings made of markup fragments, quotes and entities, as a careless or hostile corpus has them. */
const hostileArb = fc
  .array(
    fc.constantFrom(
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "</td></tr></table>",
      '"',
      "'",
      '" onmouseover="alert(1)',
      "&",
      "&amp;",
      "&lt;",
      "<",
      ">",
      "<!--",
      "-->",
      "]]>",
      "javascript:alert(1)",
      "#",
      "_",
      "~",
      "%20",
      " ",
      "é",
      "😀",
      "a",
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.join(""));

/** The corpus with hostile text in every claim id, name, outlet, URL, quote and subject. */
function plant(corpus: Corpus, [id, name, outlet, url, quote, subject]: readonly string[]): Corpus {
  const renamed = (claimId: string) => `${claimId}${id}`;
  return {
    ...corpus,
    sides: corpus.sides.map((side) => ({ ...side, name: `${side.name}${name}` })),
    actors: corpus.actors.map((actor) => ({ ...actor, name: `${name}${actor.name}` })),
    sources: corpus.sources.map((source, index) => ({
      ...source,
      outlet: `${outlet}${source.outlet}`,
      url: index % 2 === 0 ? `https://example.org/${url}` : (url ?? ""),
    })),
    claims: corpus.claims.map((claim, index) => ({
      ...claim,
      id: renamed(claim.id),
      supersedes: claim.supersedes.map(renamed),
      subject: `${claim.subject}${subject}`,
      quote: index % 2 === 0 ? `${quote}${claim.quote ?? ""}` : (url ?? ""),
    })),
  };
}

test.prop([
  corpusArb({ maxClaims: 10 }),
  fc.array(hostileArb, { minLength: 6, maxLength: 6 }),
  fc.string({ maxLength: 12 }),
])("user text never becomes markup, and every claim id survives escaped", (base, strings, title) => {
  const corpus = plant(base, strings);
  const html = toHtml(reconcile(corpus), corpus, { title: `${title}${strings[0] ?? ""}` });
  expect(html).not.toMatch(/<script|<img|<!--/i);
  // Links go to a claim or question in the page, or to an http(s) source.
  expect(html).not.toMatch(/href="(?!#|https?:\/\/)/);
  const { text, foreign } = textOutsideTags(html);
  expect(foreign).toEqual([]);
  expect(text.match(/[\s\S]{0,80}[<>"][\s\S]{0,40}/)?.[0]).toBeUndefined();
  const marks = [...html.matchAll(/data-claim="([^"]*)"/g)].map((match) => decode(match[1] ?? ""));
  expect(marks.sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
  const rows = [...html.matchAll(/<tr id="([^"]*)"/g)].map((match) => match[1]);
  expect(new Set(rows).size).toBe(corpus.claims.length);
  expect(internalLinksResolve(html)).toBe(true);
});
