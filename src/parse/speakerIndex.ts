import type { Actor } from "../corpus/actor.js";
import type { Issue } from "../corpus/issue.js";
import { keepLayout } from "../internal/keepLayout.js";
import { listSome } from "../internal/listSome.js";
import { clip, quote } from "../internal/quote.js";
import { Suggester } from "../internal/suggester.js";
import { nameKey } from "../text/nameKey.js";
import { foldName } from "./fold.js";

/**
 * What a name resolves to: one actor (`byNameKey` when only the name keys matched), or several
 * when two actors share it.
 */
export type Resolution =
  | { readonly kind: "actor"; readonly actor: Actor; readonly byNameKey?: true }
  | { readonly kind: "ambiguous"; readonly actors: readonly Actor[] }
  | { readonly kind: "unknown"; readonly nearest: readonly Actor[] };

/**
 * Resolves speakers by id, name or alias, case- and diacritic-insensitively; failing that, by
 * {@link nameKey}, which also folds script and spelling (Умєров, Umjerow, Oemerov). A folded name
 * that several actors share is reported once, where it is first shared, and every use of it is
 * ambiguous; a key that fits two actors is ambiguous too, never a silent pick.
 */
export class SpeakerIndex {
  /** An actor's id resolves to it: one shared answer per actor, as this runs once per claim. */
  private readonly byId = new Map<string, Resolution>();
  private readonly byKey = new Map<string, Actor[]>();
  /** Built on the first name that folding alone does not resolve. */
  private byNameKey: Map<string, Actor[]> | undefined;
  private readonly memo = new Map<string, Resolution>();
  /** Built on the first unknown name. */
  private suggester: Suggester<readonly Actor[]> | undefined;

  constructor(actors: readonly { actor: Actor; index: number }[], issues: Issue[]) {
    for (const { actor } of actors) this.byId.set(actor.id, { kind: "actor", actor });
    // Per shared name, where it was first shared: one issue each, however many actors share it.
    const shared = new Map<Actor[], { name: string; path: (string | number)[] }>();
    for (const { actor, index } of actors) {
      const names: [string, (string | number)[]][] = [
        [actor.id, ["actors", index, "id"]],
        [actor.name, ["actors", index, "name"]],
        ...actor.aliases.map((alias, j): [string, (string | number)[]] => [alias, ["actors", index, "aliases", j]]),
      ];
      for (const [name, path] of names) {
        const key = foldName(name);
        const holders = this.byKey.get(key);
        if (!holders) {
          this.byKey.set(key, [actor]);
        } else if (holders[holders.length - 1] !== actor) {
          // An actor's names are folded one after another, so if it holds this key it is the last.
          holders.push(actor);
          if (!shared.has(holders)) shared.set(holders, { name, path });
        }
      }
    }
    for (const [holders, { name, path }] of shared) {
      issues.push({
        path,
        code: "ambiguous_alias",
        message: `${quote(name)} names ${holders.length} actors: ${listActors(holders)}; a name must fit one actor`,
        alias: clip(name),
        actors: actorIds(holders),
        count: holders.length,
      });
    }
  }

  /** Resolves a speaker as written in a claim. */
  resolve(name: string): Resolution {
    const exact = this.byId.get(name);
    if (exact) return exact;
    const known = this.memo.get(name);
    if (known) return known;
    const key = foldName(name);
    const holders = this.byKey.get(key);
    let resolution: Resolution;
    if (holders && holders.length === 1 && holders[0]) resolution = { kind: "actor", actor: holders[0] };
    else if (holders && holders.length > 1) resolution = { kind: "ambiguous", actors: holders };
    else {
      const spelled = this.nameKeys().get(nameKey(name));
      if (spelled && spelled.length === 1 && spelled[0])
        resolution = { kind: "actor", actor: spelled[0], byNameKey: true };
      else if (spelled && spelled.length > 1) resolution = { kind: "ambiguous", actors: spelled };
      else resolution = { kind: "unknown", nearest: this.nearest(key) };
    }
    this.memo.set(name, resolution);
    return resolution;
  }

  private nameKeys(): Map<string, Actor[]> {
    if (!this.byNameKey) {
      const byNameKey = new Map<string, Set<Actor>>();
      for (const [folded, holders] of this.byKey) {
        const key = nameKey(folded);
        const known = byNameKey.get(key) ?? new Set();
        for (const actor of holders) known.add(actor);
        byNameKey.set(key, known);
      }
      this.byNameKey = new Map([...byNameKey].map(([key, holders]) => [key, [...holders]]));
    }
    return this.byNameKey;
  }

  /** The actors whose names are near `key`, nearest first: at most three. */
  private nearest(key: string): Actor[] {
    this.suggester ??= new Suggester(this.byKey);
    const result: Actor[] = [];
    for (const { value: holders } of this.suggester.suggest(key)) {
      for (const actor of holders) {
        if (result.length === 3) return result;
        if (!result.includes(actor)) result.push(actor);
      }
    }
    return result;
  }
}

/** "umerov (Rustem Umerov), medinsky (Vladimir Medinsky)"; the first five of a longer list. */
export function listActors(actors: readonly Actor[]): string {
  return listSome(actors, (actor) =>
    actor.name === actor.id ? short(actor.id) : `${short(actor.id)} (${short(actor.name)})`,
  );
}

/** The ids of the first five actors, as {@link listActors} names them, for an issue's data. */
export function actorIds(actors: readonly Actor[]): string[] {
  return actors.slice(0, 5).map((actor) => clip(actor.id));
}

/** A name as it stands, or quoted and cut when it is too long to repeat. */
function short(name: string): string {
  return name.length <= 80 ? name : quote(name);
}

keepLayout("SpeakerIndex", () => new SpeakerIndex([], []));
