import { describe, expect, test } from "vitest";
import { type Corpus, compare, explain, parseCorpus, reconcile, toHtml, toMarkdown, toText } from "../../src/index.js";

/** Two counts of one march, from the organisers and the police, as a desk would encode them. */
function crowd(): Corpus {
  const result = parseCorpus({
    sides: [
      { id: "organisers", name: "Organisers" },
      { id: "police", name: "Police" },
    ],
    actors: [
      { id: "campact", name: "Campact", side: "organisers" },
      { id: "bmi", name: "Bundesinnenministerium", side: "police" },
      { id: "polizei", name: "Polizei Berlin", side: "police" },
    ],
    sources: [{ id: "afp", outlet: "AFP", published: "2024-01-22", language: "en" }],
    claims: [
      // Ids sort against the order a user names them in: the misattribution showed only then.
      {
        id: "wk2-campact-821000-afp",
        speaker: "campact",
        source: "afp",
        stated: "2024-01-21",
        subject: "demo/week-2",
        attribute: "turnout",
        value: { kind: "quantity", value: 821_000, unit: "person" },
      },
      {
        id: "wk2-bmi-576000-afp",
        speaker: "bmi",
        source: "afp",
        stated: "2024-01-21",
        subject: "demo/week-2",
        attribute: "turnout",
        value: { kind: "quantity", value: 576_000, unit: "person", approx: true },
      },
      {
        id: "b-organisers-50000",
        speaker: "campact",
        source: "afp",
        stated: "2024-01-20",
        subject: "demo/berlin",
        attribute: "turnout",
        value: { kind: "quantity", value: 50_000, approx: true },
      },
      {
        id: "a-police-45000",
        speaker: "polizei",
        source: "afp",
        stated: "2024-01-20",
        subject: "demo/berlin",
        attribute: "turnout",
        value: { kind: "quantity", max: 45_000 },
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.corpus;
}

const claim = (corpus: Corpus, id: string) =>
  corpus.claims.find((candidate) => candidate.id === id) ?? expect.unreachable(id);

describe("reports say what reconcile decided", () => {
  // At the default tolerance "about 50,000" reaches down to 45,000 and fits "up to 45,000"; at 0 it does not.
  const corpus = crowd();
  const picture = reconcile(corpus, { tolerance: 0 });
  const berlin =
    picture.propositions.find((proposition) => proposition.subject === "demo/berlin") ?? expect.unreachable("berlin");

  test("reconcile at tolerance 0 lists the Berlin clash, and records the tolerance", () => {
    expect(berlin.status).toBe("contested");
    expect(berlin.contradictions).toHaveLength(1);
    expect(picture.options).toMatchObject({ tolerance: 0 });
  });

  test.each([
    ["text", () => toText(picture, corpus, { width: 1000 })],
    ["Markdown", () => toMarkdown(picture, corpus)],
    ["HTML", () => toHtml(picture, corpus)],
  ])("the %s report renders it as a contradiction, not as an agreement", (_, render) => {
    const report = render();
    expect(report).toMatch(
      /Polizei Berlin \(Police, 20 Jan 2024\) and Campact \(Organisers, 20 Jan 2024\) contradict each other/,
    );
    expect(report).not.toMatch(/agree: about 50,000 fits up to 45,000/);
  });
});

describe("explain pairs each speaker with their own value", () => {
  const corpus = crowd();
  const campact = claim(corpus, "wk2-campact-821000-afp");
  const bmi = claim(corpus, "wk2-bmi-576000-afp");

  test("in the order the claims are given, whatever their ids", () => {
    expect(explain(compare(campact, bmi), corpus)).toBe(
      "Campact (Organisers, 21 Jan 2024) and Bundesinnenministerium (Police, 21 Jan 2024) contradict each other: 821,000 people and about 576,000 people cannot both be true.",
    );
    expect(explain(compare(bmi, campact), corpus)).toBe(
      "Bundesinnenministerium (Police, 21 Jan 2024) and Campact (Organisers, 21 Jan 2024) contradict each other: about 576,000 people and 821,000 people cannot both be true.",
    );
  });
});
