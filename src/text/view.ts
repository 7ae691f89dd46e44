/**
 * A view of a text: a derived string plus, for each of its UTF-16 units, the span of the
 * original text that produced it. Every derived unit maps to a non-empty original span, so
 * any match in the view can be quoted from the original exactly.
 */
export interface TextView {
  readonly text: string;
  /** start offset in the original text of the unit at each index of `text` */
  readonly starts: Uint32Array;
  /** end offset (exclusive) in the original text of the unit at each index of `text` */
  readonly ends: Uint32Array;
}

export interface Span {
  start: number;
  end: number;
}

/** Maps a [start, end) range of the view back to the original text. */
export function toOriginalSpan(view: TextView, start: number, end: number): Span {
  if (end <= start || start >= view.text.length) {
    const at = start < view.starts.length ? view.starts[start]! : lastEnd(view);
    return { start: at, end: at };
  }
  return { start: view.starts[start]!, end: view.ends[Math.min(end, view.text.length) - 1]! };
}

function lastEnd(view: TextView): number {
  return view.ends.length > 0 ? view.ends[view.ends.length - 1]! : 0;
}

/** Accumulates units of a derived string with their original spans. */
export class ViewBuilder {
  private units: number[] = [];
  private starts: Uint32Array;
  private ends: Uint32Array;
  private length = 0;

  constructor(expected: number) {
    const capacity = Math.max(16, expected);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  lastUnit(): number {
    return this.length > 0 ? this.units[this.length - 1]! : -1;
  }

  /** Pushes one UTF-16 unit produced by original[start, end). */
  pushUnit(unit: number, start: number, end: number): void {
    if (this.length === this.starts.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  /** Pushes every unit of `s`, all produced by original[start, end). */
  pushString(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) this.pushUnit(s.charCodeAt(k), start, end);
  }

  /** Widens the original span of the last unit to reach `end` (for folded runs). */
  extendLast(end: number): void {
    if (this.length > 0 && this.ends[this.length - 1]! < end) this.ends[this.length - 1] = end;
  }

  build(): TextView {
    let text = '';
    const chunk = 8192;
    for (let k = 0; k < this.length; k += chunk) {
      text += String.fromCharCode(...this.units.slice(k, Math.min(this.length, k + chunk)));
    }
    return { text, starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }

  private grow(): void {
    const starts = new Uint32Array(this.starts.length * 2);
    starts.set(this.starts);
    const ends = new Uint32Array(this.ends.length * 2);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}
