import { expect, test } from "vitest";
import { type Corpus, reconcile, toHtml } from "../../src/index.js";
import { crowdedCorpus, istanbul, istanbulWithoutFreshness } from "./toHtml.fixtures.js";

const corpus = istanbul();

/** Attribute values and text as the browser reads them back. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : name === "quot" ? '"' : "'",
  );
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Each chart mark's claim id and classes. */
function marksOf(html: string): { id: string; classes: string[] }[] {
  return [...html.matchAll(/<(?:circle|path) [^>]*class="([^"]*)"[^>]*data-claim="([^"]*)"/g)].map((match) => ({
    id: decode(match[2] ?? ""),
    classes: (match[1] ?? "").split(" "),
  }));
}

function rowIdsOf(html: string): string[] {
  return [...html.matchAll(/<tr id="([^"]*)"/g)].map((match) => match[1] ?? "");
}

test("one mark per claim, and every mark carries its claim's id", () => {
  const html = toHtml(reconcile(corpus), corpus);
  expect(html.match(/data-claim="/g)).toHaveLength(corpus.claims.length);
  const marks = marksOf(html);
  expect(marks.map((mark) => mark.id).sort()).toEqual(corpus.claims.map((claim) => claim.id).sort());
  expect(marks.every((mark) => mark.classes.includes("mark"))).toBe(true);
});

test("every question has a section, contested first, and the contents link to each", () => {
  const picture = reconcile(corpus);
  const html = toHtml(picture, corpus);
  const sections = [...html.matchAll(/<section class="proposition ([a-z-]+)" id="([^"]*)"/g)];
  expect(sections).toHaveLength(picture.propositions.length);
  const order = ["contested", "consensus", "one-sided"];
  const statuses = sections.map((match) => match[1] ?? "");
  expect(statuses).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  for (const [, , anchor] of sections) expect(html).toContain(`<li><a href="#${anchor}">`);
  for (const proposition of picture.propositions) {
    expect(html).toContain(escapeText(`${proposition.subject} · ${proposition.attribute}`));
  }
});

test("every claim has a table row the marks link to, with its quote in the source's language", () => {
  const html = toHtml(reconcile(corpus), corpus);
  const rows = rowIdsOf(html);
  expect(rows).toHaveLength(corpus.claims.length);
  expect(new Set(rows).size).toBe(rows.length);
  for (const [, target] of html.matchAll(/href="#([^"]*)"/g))
    expect(rows.includes(target ?? "") || html.includes(`id="${target}"`)).toBe(true);
  const languages = new Map(corpus.sources.map((source) => [source.id, source.language]));
  const quoted = corpus.claims.filter((claim) => claim.quote !== undefined);
  expect(quoted.length).toBeGreaterThan(50);
  for (const claim of quoted) {
    expect(html).toContain(`<q lang="${languages.get(claim.source)}">${escapeText(claim.quote ?? "")}</q>`);
  }
});

test("machine-translated and relayed claims are dashed, superseded ones muted", () => {
  const picture = reconcile(corpus);
  const html = toHtml(picture, corpus);
  const machine = new Set(
    corpus.sources.filter((source) => source.translation === "machine").map((source) => source.id),
  );
  const current = new Set(picture.propositions.flatMap((proposition) => proposition.current));
  const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const marks = marksOf(html);
  let dashed = 0;
  for (const mark of marks) {
    const claim = claims.get(mark.id);
    const expected = claim !== undefined && (machine.has(claim.source) || claim.via !== undefined);
    expect(mark.classes.includes("dashed")).toBe(expected);
    expect(mark.classes.includes(current.has(mark.id) ? "current" : "superseded")).toBe(true);
    expect(mark.classes.includes(claim?.stance ?? "")).toBe(true);
    if (expected) dashed++;
  }
  // The example has both: Korrespondent's machine translation and claims relayed by another speaker.
  expect(corpus.claims.some((claim) => claim.via !== undefined && !machine.has(claim.source))).toBe(true);
  expect(dashed).toBeGreaterThan(5);
  expect(marks.some((mark) => mark.classes.includes("superseded"))).toBe(true);
});

test("positions, the verdicts and the chain are written out", () => {
  const timeless = istanbulWithoutFreshness();
  const html = toHtml(reconcile(timeless), timeless, { title: "Istanbul talks" });
  expect(html).toContain("<title>Istanbul talks</title>");
  expect(html).toContain("70 claims from 5 sources on 56 questions: 2 contested, 5 with consensus, 49 one-sided.");
  const start = html.indexOf('id="question-pow-exchange_2f_istanbul-2025-07-23~status"');
  const status = html.slice(start, html.indexOf("</section>", start));
  expect(status).toContain('<strong>Ukraine</strong>: <span class="value">“talks-to-resume”</span>');
  expect(status).toContain('<strong>Russia</strong>: <span class="value">“agreed”</span>');
  expect(status).toMatch(/since 1 Jan 2026: Vladimir Medinsky \(Russia, 23 Jul 2025\) and Rustem Umerov/);
  expect(status).toContain("Supersession chain");
  expect(status.match(/class="supersedes"/g)).toHaveLength(2);
  expect(status.match(/<line class="clash/g)).toHaveLength(3);
  const size = html.slice(html.indexOf('id="question-pow-exchange_2f_istanbul-2025-07-23~agreed-size"'));
  const consensus = size.slice(0, size.indexOf("</section>"));
  expect(consensus).toContain(">Consensus since 15 Nov 2025: 1,200 people per side<");
  expect(consensus).toContain("<h3>Consensus</h3><p>1,200 people per side</p>");
  expect(consensus).toMatch(/<rect class="consensus"/);
});

test("self-contained: a strict content policy, no script, nothing fetched", () => {
  const html = toHtml(reconcile(corpus), corpus);
  expect(html).toContain(
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
  );
  expect(html).not.toMatch(/<script|\ssrc=|@import|url\((?!#)/i);
  expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
});

test("asOf: the date and the claims left out are in the header", () => {
  const picture = reconcile(corpus, { asOf: "2025-12-11" });
  const html = toHtml(picture, corpus);
  expect(html).toContain(`As of 11 Dec 2025. ${picture.later.length} claims stated later are left out;`);
  expect(html.match(/data-claim="/g)).toHaveLength(corpus.claims.length - picture.later.length);
});

test("same input, same output", () => {
  expect(toHtml(reconcile(corpus), corpus)).toBe(toHtml(reconcile(corpus), corpus));
});

test("500 claims on one question: one mark each, connectors capped and said so", () => {
  const crowded = crowdedCorpus(500);
  const picture = reconcile(crowded);
  const [proposition] = picture.propositions;
  const html = toHtml(picture, crowded, { maxConnectors: 40 });
  expect(marksOf(html)).toHaveLength(500);
  expect(rowIdsOf(html)).toHaveLength(500);
  expect(proposition?.supersessions.length).toBeGreaterThan(40);
  expect(html.match(/class="supersedes"/g)).toHaveLength(40);
  expect((html.match(/<line class="clash/g) ?? []).length).toBeLessThanOrEqual(40);
  expect(html).toContain(`40 of ${proposition?.supersessions.length} supersessions drawn`);
  // Small marks for a crowd; the chart keeps its width.
  expect(html).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="3"/);
  expect(html).toContain('viewBox="0 0 900 ');
});

function oneMoment(): Corpus {
  const crowded = crowdedCorpus(5);
  return {
    ...crowded,
    claims: crowded.claims.map((claim) => ({ ...claim, stated: "2025-07-23", moment: Date.UTC(2025, 6, 23) })),
  };
}

test("claims that share one moment still get an axis with dated ticks", () => {
  const single = oneMoment();
  const html = toHtml(reconcile(single), single);
  const ticks = [...html.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  expect(ticks).toEqual(["22 Jul 2025", "23 Jul 2025", "24 Jul 2025"]);
  const xs = [...html.matchAll(/data-claim/g)].length;
  expect(xs).toBe(5);
});

test("only http(s) source URLs become links; titles and names are escaped", () => {
  const base = crowdedCorpus(3);
  const hostile: Corpus = {
    ...base,
    sources: base.sources.map((source, index) =>
      index === 0
        ? { ...source, url: "javascript:alert(1)" }
        : index === 1
          ? { ...source, url: "https://example.org/x?a=1&b=<2>" }
          : source,
    ),
    sides: base.sides.map((side) => ({ ...side, name: `${side.name} <img src=x onerror=alert(1)>` })),
  };
  const html = toHtml(reconcile(hostile), hostile, { title: 'Report "<script>alert(1)</script>"' });
  expect(html).not.toContain(`href="javascript:`);
  expect(html).toContain(`<span class="url">javascript:alert(1)</span>`);
  expect(html).toContain('href="https://example.org/x?a=1&amp;b=%3C2%3E"');
  expect(html).not.toMatch(/<script|<img/i);
  expect(html).toContain("<title>Report &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</title>");
  expect(html).toContain("Ukraine &lt;img src=x onerror=alert(1)&gt;");
});

test("maxConnectors: 0 draws no arrows or connectors; a cap that is not a number keeps the default", () => {
  const crowded = crowdedCorpus(60);
  const picture = reconcile(crowded);
  const drawn = toHtml(picture, crowded);
  expect(drawn).toContain('<path class="supersedes"');
  expect(drawn).toContain('<line class="clash');
  const none = toHtml(picture, crowded, { maxConnectors: 0 });
  expect(none).not.toMatch(/<path class="supersedes"|<line class="clash/);
  expect(marksOf(none)).toHaveLength(60);
  expect(toHtml(picture, crowded, { maxConnectors: Number.NaN })).toBe(toHtml(picture, crowded));
});

test("a filtered report's header counts the questions, claims and sources it shows, not the whole reconciliation", () => {
  const picture = reconcile(corpus, { asOf: "2025-12-11" });
  const subject = "pow-exchange/istanbul-2025-07-23";
  // As the CLI's --subject filters: the propositions and the claims left out by asOf, narrowed alike.
  const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const filtered = {
    ...picture,
    propositions: picture.propositions.filter((proposition) => proposition.subject === subject),
    later: picture.later.filter((id) => claims.get(id)?.subject === subject),
  };
  const shown = filtered.propositions.flatMap((proposition) => proposition.timeline);
  const sources = new Set([...shown, ...filtered.later].map((id) => claims.get(id)?.source));
  expect(filtered.propositions.length).toBeLessThan(picture.propositions.length);
  expect(filtered.later.length).toBeGreaterThan(0);
  expect(sources.size).toBeLessThan(corpus.sources.length);
  const total = shown.length + filtered.later.length;
  const html = toHtml(filtered, corpus);
  const header = html.slice(
    html.indexOf('<p class="counts">'),
    html.indexOf("</p>", html.indexOf('<p class="counts">')),
  );
  expect(header).toContain(
    `${total} claims from ${sources.size} sources on ${filtered.propositions.length} question${filtered.propositions.length === 1 ? "" : "s"}: `,
  );
  expect(header).toContain(`${filtered.later.length} claim${filtered.later.length === 1 ? "" : "s"} stated later`);
  expect(header).toContain(`; ${shown.length} shown.`);
  expect(html.match(/data-claim="/g)).toHaveLength(shown.length);
});
