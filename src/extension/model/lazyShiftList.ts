/**
 * A list sorted by position where an edit shifts every later item. Shifting them one by one
 * would cost O(n) per keystroke in a big article; instead the shift of the suffix [from, n) is
 * kept pending and only materialized where the next edit lands. Typing in one place therefore
 * costs O(log n + k) (binary search + the k items the edit touches); jumping elsewhere costs the
 * number of items between the two places, once.
 */
export class LazyShiftList<T> {
  private items: T[] = [];
  /** Items at index >= `from` are `delta` further than stored. */
  private from = 0;
  private delta = 0;

  constructor(
    /** Stored position of an item (what the list is sorted by). */
    private readonly key: (item: T) => number,
    /** Moves an item by `d` in place. */
    private readonly move: (item: T, d: number) => void,
  ) {}

  get length(): number {
    return this.items.length;
  }

  /** Current position of the item at `i`. */
  position(i: number): number {
    return this.key(this.items[i]) + (i >= this.from ? this.delta : 0);
  }

  /** The item at `i` with its stored offsets made current (O(|i - from|) the first time). */
  at(i: number): T {
    this.settle(i + 1);
    return this.items[i];
  }

  /** First index whose position is >= pos (or > pos when `after`). */
  lowerBound(pos: number, after = false): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = this.position(mid);
      if (after ? p <= pos : p < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Makes every item before `to` current, so that pending shift starts at `to`. */
  settle(to: number): void {
    if (this.delta === 0) {
      this.from = to;
      return;
    }
    if (to > this.from) {
      for (let i = this.from; i < to; i++) this.move(this.items[i], this.delta);
    } else {
      for (let i = to; i < this.from; i++) this.move(this.items[i], -this.delta);
    }
    this.from = to;
  }

  /** Shifts every item from index `i` on by `d` (lazily). */
  shiftFrom(i: number, d: number): void {
    this.settle(i);
    this.delta += d;
  }

  /** All items with current offsets (O(n): for saving and full redraws, not keystrokes). */
  all(): readonly T[] {
    this.settle(this.items.length);
    this.delta = 0;
    this.from = this.items.length;
    return this.items;
  }

  /** Replaces the items in [start, end) with `replacement`, all current and sorted in place. */
  splice(start: number, end: number, replacement: readonly T[]): void {
    this.settle(end);
    this.items.splice(start, end - start, ...replacement);
    this.from += replacement.length - (end - start);
  }

  /** Replaces everything (items must be sorted by key). */
  reset(items: T[]): void {
    this.items = items;
    this.from = items.length;
    this.delta = 0;
  }
}
