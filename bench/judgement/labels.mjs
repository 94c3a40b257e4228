// Checks a dispute's labels.json against its parsed corpus: what would make a score meaningless
// (an unknown claim id, a `newer` that is neither claim, a side the corpus does not have) is an
// issue with a path into labels.json, a code and a message, never a crash or a silent skip.
// The labels themselves are the analysts'; this module reports, it never corrects.

/**
 * The relations a labelled pair can have, in the order the benchmark reports them.
 *
 * @example
 * PAIR_CLASSES.includes("progression"); // => true
 */
export const PAIR_CLASSES = Object.freeze(["agreement", "contradiction", "supersession", "progression", "unrelated"]);
/**
 * The statuses a labelled proposition can have.
 *
 * @example
 * STATUS_CLASSES; // => ["consensus", "contested", "one-sided"]
 */
export const STATUS_CLASSES = Object.freeze(["consensus", "contested", "one-sided"]);
/**
 * The relations whose label names, in `newer`, the claim that replaces or follows the other.
 *
 * @example
 * ORDERED_CLASSES; // => ["supersession", "progression"]
 */
export const ORDERED_CLASSES = Object.freeze(["supersession", "progression"]);

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value) => typeof value === "string" && value.trim() !== "";
const quoted = (value) => JSON.stringify(value);

/**
 * Every problem with one dispute's labels, all of them, not the first.
 *
 * @param {unknown} labels - The parsed labels.json.
 * @param {{ sides: readonly { id: string }[], claims: readonly { id: string, side: string, subject: string, attribute: string }[] }} corpus -
 *   The corpus as `parseCorpus` resolved it (claims carry their `side`).
 * @returns {{ path: (string | number)[], code: string, message: string }[]} The issues; empty when the labels are sound.
 * @example
 * labelIssues({ dispute: "x", pairs: [{ a: "c1", b: "c9", relation: "agreement", why: "…" }], propositions: [] }, corpus);
 * // => [{ path: ["pairs", 0, "b"], code: "unknown_claim", message: 'No claim "c9" in the corpus' }]
 */
export function labelIssues(labels, corpus) {
  const issues = [];
  const issue = (path, code, message) => issues.push({ path, code, message });
  if (!isObject(labels)) {
    issue([], "invalid_labels", "labels.json must hold an object with `pairs` and `propositions`");
    return issues;
  }
  const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
  const sides = new Set(corpus.sides.map((side) => side.id));
  const questions = new Set(corpus.claims.map((claim) => questionKey(claim.subject, claim.attribute)));
  const knownClaim = (path, id) => {
    if (typeof id !== "string" || id === "") {
      issue(path, "invalid_claim_id", `A claim id must be a non-empty string, got ${quoted(id)}`);
      return false;
    }
    if (!claims.has(id)) {
      issue(path, "unknown_claim", `No claim ${quoted(id)} in the corpus`);
      return false;
    }
    return true;
  };
  const hasWhy = (path, label) => {
    if (!isText(label.why)) issue([...path, "why"], "missing_why", "Every label needs a non-empty `why`");
  };

  if (!Array.isArray(labels.pairs)) issue(["pairs"], "invalid_labels", "`pairs` must be an array");
  const seenPairs = new Map();
  for (const [index, pair] of (Array.isArray(labels.pairs) ? labels.pairs : []).entries()) {
    const path = ["pairs", index];
    if (!isObject(pair)) {
      issue(path, "invalid_pair", "A pair must be an object with `a`, `b`, `relation` and `why`");
      continue;
    }
    const aKnown = knownClaim([...path, "a"], pair.a);
    const bKnown = knownClaim([...path, "b"], pair.b);
    if (aKnown && bKnown) {
      if (pair.a === pair.b) issue(path, "same_claim", `The pair relates claim ${quoted(pair.a)} to itself`);
      const key = [pair.a, pair.b].sort().join("\u0000");
      const first = seenPairs.get(key);
      if (first === undefined) seenPairs.set(key, index);
      else
        issue(
          path,
          "duplicate_pair",
          `The pair ${quoted(pair.a)}, ${quoted(pair.b)} is already labelled at pairs[${first}]`,
        );
    }
    if (!PAIR_CLASSES.includes(pair.relation)) {
      issue(
        [...path, "relation"],
        "invalid_relation",
        `relation must be one of ${PAIR_CLASSES.join(", ")}, got ${quoted(pair.relation)}`,
      );
    } else if (ORDERED_CLASSES.includes(pair.relation)) {
      if (pair.newer === undefined)
        issue([...path, "newer"], "missing_newer", `A ${pair.relation} must name its \`newer\` claim (a or b)`);
      else if (pair.newer !== pair.a && pair.newer !== pair.b) {
        issue(
          [...path, "newer"],
          "newer_not_in_pair",
          `newer ${quoted(pair.newer)} is neither a (${quoted(pair.a)}) nor b (${quoted(pair.b)})`,
        );
      }
    } else if (pair.newer !== undefined) {
      issue(
        [...path, "newer"],
        "unexpected_newer",
        `Only a supersession or a progression names \`newer\`; this pair is ${pair.relation}`,
      );
    }
    hasWhy(path, pair);
  }

  if (!Array.isArray(labels.propositions)) issue(["propositions"], "invalid_labels", "`propositions` must be an array");
  const seenPropositions = new Map();
  for (const [index, proposition] of (Array.isArray(labels.propositions) ? labels.propositions : []).entries()) {
    const path = ["propositions", index];
    if (!isObject(proposition)) {
      issue(
        path,
        "invalid_proposition",
        "A proposition must be an object with `subject`, `attribute`, `status`, `current`, `stale` and `why`",
      );
      continue;
    }
    const { subject, attribute } = proposition;
    const question = questionKey(subject, attribute);
    if (!questions.has(question)) {
      issue(
        path,
        "unknown_question",
        `No claim in the corpus answers subject ${quoted(subject)}, attribute ${quoted(attribute)}`,
      );
    }
    if (proposition.asOf !== undefined && !isText(proposition.asOf)) {
      issue([...path, "asOf"], "invalid_as_of", `asOf must be a date or a moment, got ${quoted(proposition.asOf)}`);
    }
    const snapshot = `${question}\u0000${proposition.asOf ?? ""}`;
    const first = seenPropositions.get(snapshot);
    if (first === undefined) seenPropositions.set(snapshot, index);
    else
      issue(
        path,
        "duplicate_proposition",
        `${subject} ${attribute}${proposition.asOf ? ` as of ${proposition.asOf}` : ""} is already labelled at propositions[${first}]`,
      );
    if (!STATUS_CLASSES.includes(proposition.status)) {
      issue(
        [...path, "status"],
        "invalid_status",
        `status must be one of ${STATUS_CLASSES.join(", ")}, got ${quoted(proposition.status)}`,
      );
    }
    const knownSide = (sidePath, side) => {
      if (sides.has(side)) return true;
      issue(sidePath, "unknown_side", `No side ${quoted(side)} in the corpus (sides: ${[...sides].join(", ")})`);
      return false;
    };
    if (!isObject(proposition.current)) {
      issue([...path, "current"], "invalid_current", "current must be an object from side to claim ids");
    } else {
      for (const [side, ids] of Object.entries(proposition.current)) {
        const sidePath = [...path, "current", side];
        const sideKnown = knownSide(sidePath, side);
        if (!Array.isArray(ids)) {
          issue(sidePath, "invalid_current", `current.${side} must be an array of claim ids`);
          continue;
        }
        for (const [at, id] of ids.entries()) {
          if (!knownClaim([...sidePath, at], id)) continue;
          const claim = claims.get(id);
          if (sideKnown && claim.side !== side) {
            issue(
              [...sidePath, at],
              "claim_of_other_side",
              `Claim ${quoted(id)} is side ${quoted(claim.side)}'s, not ${quoted(side)}'s`,
            );
          }
          if (claim.subject !== subject || claim.attribute !== attribute) {
            issue(
              [...sidePath, at],
              "claim_of_other_question",
              `Claim ${quoted(id)} answers ${claim.subject} ${claim.attribute}, not ${subject} ${attribute}`,
            );
          }
        }
      }
    }
    if (!Array.isArray(proposition.stale)) {
      issue([...path, "stale"], "invalid_stale", "stale must be an array of sides");
    } else {
      for (const [at, side] of proposition.stale.entries()) {
        knownSide([...path, "stale", at], side);
        if (isObject(proposition.current) && Object.hasOwn(proposition.current, side)) {
          issue([...path, "stale", at], "stale_and_current", `Side ${quoted(side)} is listed as stale and in current`);
        }
      }
    }
    hasWhy(path, proposition);
  }
  return issues;
}

/**
 * One key per question (subject and attribute), for lookups; the separator, a NUL, occurs in no
 * id a person writes.
 *
 * @param {string} subject - The proposition's subject.
 * @param {string} attribute - The proposition's attribute.
 * @returns {string} The key.
 * @example
 * questionKey("demo/hamburg-2024-01-19", "turnout"); // => "demo/hamburg-2024-01-19\u0000turnout"
 */
export function questionKey(subject, attribute) {
  return `${subject}\u0000${attribute}`;
}
