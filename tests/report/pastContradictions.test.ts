import { expect, test } from "vitest";
import { type CorpusInput, parseCorpus, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";

/** Ukraine says 300 then Russia 500, a clash; then Russia comes round to 300: consensus, with a past contradiction. */
function cameToAgree() {
  const input: CorpusInput = {
    sides: [
      { id: "ukraine", name: "Ukraine" },
      { id: "russia", name: "Russia" },
    ],
    actors: [
      { id: "umerov", name: "Rustem Umerov", side: "ukraine" },
      { id: "medinsky", name: "Vladimir Medinsky", side: "russia" },
    ],
    sources: [{ id: "interfax", outlet: "Interfax-Ukraine", published: "2025-06-01", language: "en" }],
    attributes: [{ id: "returned", changes: "over-time" }],
    claims: [
      {
        id: "umerov-300",
        speaker: "umerov",
        source: "interfax",
        stated: "2025-06-01",
        subject: "pow-exchange/june",
        attribute: "returned",
        value: { kind: "quantity", value: 300, unit: "person" },
      },
      {
        id: "medinsky-500",
        speaker: "medinsky",
        source: "interfax",
        stated: "2025-06-05",
        subject: "pow-exchange/june",
        attribute: "returned",
        value: { kind: "quantity", value: 500, unit: "person" },
      },
      {
        id: "medinsky-300",
        speaker: "medinsky",
        source: "interfax",
        stated: "2025-06-20",
        subject: "pow-exchange/june",
        attribute: "returned",
        value: { kind: "quantity", value: 300, unit: "person" },
      },
    ],
  };
  const parsed = parseCorpus(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const picture = reconcile(parsed.corpus);
  return { corpus: parsed.corpus, picture };
}

test("the fixture: consensus now, after a contradiction that ended", () => {
  const { picture } = cameToAgree();
  const [proposition] = picture.propositions;
  expect(proposition?.status).toBe("consensus");
  expect(proposition?.contradictions).toHaveLength(1);
  expect(proposition?.contradictions[0]).toMatchObject({ a: "umerov-300", b: "medinsky-500", current: false });
});

test("past contradictions of a question with consensus are listed in text, Markdown and HTML", () => {
  const { corpus, picture } = cameToAgree();
  const text = toText(picture, corpus, { width: 1000 });
  expect(text).toContain("Consensus: 300 people");
  expect(text).toMatch(/✗ 5 Jun 2025 – 20 Jun 2025: .*contradict each other/);

  const markdown = toMarkdown(picture, corpus);
  expect(markdown).toContain("**Consensus:** 300 people.");
  expect(markdown).toMatch(/- \*\*Contradiction\*\*, 5 Jun 2025 – 20 Jun 2025: .*contradict each other/);

  const html = toHtml(picture, corpus);
  expect(html).toContain("<h3>Consensus</h3><p>300 people</p>");
  expect(html).toMatch(
    /<h3>Contradictions<\/h3><ul class="clashes"><li>5 Jun 2025 – 20 Jun 2025: [^<]*contradict each other/,
  );
  expect(html).toContain('<a href="#claim-umerov-300">umerov-300</a>, <a href="#claim-medinsky-500">medinsky-500</a>');
});
