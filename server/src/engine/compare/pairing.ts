/**
 * Pairs the rows of two versions by what they are about (a function, a priority, a tool), never by line:
 * rows that moved, and tables that were reordered, pair as before. Each step pairs only what earlier
 * steps left, so a stricter key (the same name under the same heading) wins over a looser one.
 */
export class Pairing<T> {
  readonly toNew = new Map<T, T>();
  readonly toOld = new Map<T, T>();

  constructor(
    readonly olds: readonly T[],
    readonly news: readonly T[],
  ) {}

  /** Pairs unpaired items with equal keys, in document order; an undefined key pairs nothing. */
  pairBy(key: (item: T, version: 'old' | 'new') => string | undefined): void {
    const waiting = new Map<string, { items: T[]; next: number }>();
    for (const n of this.news) {
      if (this.toOld.has(n)) continue;
      const k = key(n, 'new');
      if (k === undefined) continue;
      const list = waiting.get(k);
      if (list) list.items.push(n);
      else waiting.set(k, { items: [n], next: 0 });
    }
    for (const o of this.olds) {
      if (this.toNew.has(o)) continue;
      const k = key(o, 'old');
      const list = k === undefined ? undefined : waiting.get(k);
      if (!list || list.next >= list.items.length) continue;
      this.pair(o, list.items[list.next++]);
    }
  }

  pair(o: T, n: T): void {
    this.toNew.set(o, n);
    this.toOld.set(n, o);
  }

  unpairedOld(): T[] {
    return this.olds.filter((o) => !this.toNew.has(o));
  }

  unpairedNew(): T[] {
    return this.news.filter((n) => !this.toOld.has(n));
  }

  /**
   * Where each unpaired item stands among the paired ones: the index in `news` of the partner of the nearest
   * paired item above it (-1 at the top). An old row and a new row with the same gap stood in the same place.
   */
  gaps(): { old: Map<T, number>; new: Map<T, number> } {
    const index = new Map(this.news.map((n, i) => [n, i]));
    const old = new Map<T, number>();
    let above = -1;
    for (const o of this.olds) {
      const partner = this.toNew.get(o);
      if (partner) above = index.get(partner)!;
      else old.set(o, above);
    }
    const fresh = new Map<T, number>();
    above = -1;
    this.news.forEach((n, i) => {
      if (this.toOld.has(n)) above = i;
      else fresh.set(n, above);
    });
    return { old, new: fresh };
  }

  /** For each old item without a partner: the partner of the nearest paired item above it, else below it. */
  neighboursInNew(): Map<T, T | undefined> {
    const near = new Map<T, T | undefined>();
    let above: T | undefined;
    for (const o of this.olds) {
      const partner = this.toNew.get(o);
      if (partner) above = partner;
      else near.set(o, above);
    }
    let below: T | undefined;
    for (let i = this.olds.length - 1; i >= 0; i--) {
      const o = this.olds[i];
      const partner = this.toNew.get(o);
      if (partner) below = partner;
      else if (near.get(o) === undefined) near.set(o, below);
    }
    return near;
  }
}
