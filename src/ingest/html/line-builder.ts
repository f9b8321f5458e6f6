// Accumulates the inline text of one rendered line: collapses ASCII white space (NBSP kept) and counts link chars.

/** ASCII white space as HTML defines it; NBSP (U+00A0) is deliberately not in the set. */
const HTML_SPACE = /[ \t\n\f\r]/;

export interface FinishedLine {
  text: string;
  linkChars: number;
}

/** Builds one line from text runs, collapsing runs of HTML white space into one space as a browser does. */
export class LineBuilder {
  private chars: string[] = [];
  private linkFlags: boolean[] = [];
  private pendingSpace = false;

  append(raw: string, inLink: boolean): void {
    for (const ch of raw) {
      if (HTML_SPACE.test(ch)) {
        this.pendingSpace = this.chars.length > 0;
        continue;
      }
      if (this.pendingSpace) {
        this.chars.push(' ');
        // A space counts as link text only when it sits between two link characters.
        this.linkFlags.push(inLink && this.linkFlags[this.linkFlags.length - 1]);
        this.pendingSpace = false;
      }
      this.chars.push(ch);
      this.linkFlags.push(inLink);
    }
  }

  /** Marks a soft break (inline boundary that a browser shows as a space, e.g. between table cells). */
  space(): void {
    if (this.chars.length > 0) this.pendingSpace = true;
  }

  isEmpty(): boolean {
    return this.chars.length === 0;
  }

  /** Returns the line (trimmed of HTML white space) and resets the builder. */
  finish(): FinishedLine {
    const text = this.chars.join('');
    let linkChars = 0;
    for (let i = 0; i < this.chars.length; i++) if (this.linkFlags[i]) linkChars += this.chars[i].length;
    this.chars = [];
    this.linkFlags = [];
    this.pendingSpace = false;
    return { text, linkChars };
  }
}
