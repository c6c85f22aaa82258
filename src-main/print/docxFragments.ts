import { XmlComponent, type Paragraph } from 'docx';

/**
 * Pieces of a document written once and put as text into the next documents of a family: most
 * of a dossier's 200 báo cáo thành tích is the same in each (the Quốc hiệu, the title, the form's
 * headings and empty lines, the tables' headers), and docx would build and format it 200 times.
 *
 * `fragments.of(key, build)` stands for what `build` makes. The first time a key is met, the
 * real components are written, between two marks, and the text between the marks is kept; each
 * later time, one mark is written and the kept text put in its place. The key must say all that
 * the built components depend on (the builder's arguments), and the components must not depend
 * on their place in the document other than through the page width (the same for a family).
 * Marks are put and taken out by packDocx (docxPack.ts), within one compile; outside it (no
 * compiler to hook, see useFragments) `of` simply builds.
 */
type Piece = XmlComponent;

const rootOf = (pieces: Piece[]) => (pieces.at(-1) as unknown as { rootKey: string }).rootKey;
type Slot = { kind: 'capture'; key: string; into: Fragments; rootKey: string } | { kind: 'text'; xml: string };

/** The slots of the compile in progress; null outside packDocx's compile. */
let slots: Slot[] | null = null;
let enabled = true;

const take = (slot: Slot) => {
  if (!slots) throw new Error('document fragment written outside packDocx');
  return slots.push(slot) - 1;
};

class Mark extends XmlComponent {
  constructor(private readonly at: Capture, private readonly end: boolean) {
    super(end ? 'tdkt-e' : 'tdkt-b');
  }

  override prepForXml(): Record<string, unknown> {
    if (!this.end) this.at.slot = take({ kind: 'capture', key: this.at.key, into: this.at.into, rootKey: this.at.name });
    return { [this.end ? 'tdkt-e' : 'tdkt-b']: { _attr: { k: this.at.slot } } };
  }
}

/** The real components between two marks (the first time a key is met). */
class Capture extends XmlComponent {
  slot = -1;
  private readonly parts: Piece[];

  constructor(readonly key: string, readonly into: Fragments, pieces: Piece[], readonly name = rootOf(pieces)) {
    // Named as the last piece: a table cell checks that its last child is a paragraph.
    super(name);
    this.parts = [new Mark(this, false), ...pieces, new Mark(this, true)];
  }

  override get writtenAs(): Piece[] {
    return this.parts;
  }
}

/** One mark where the kept text goes. */
class Text extends XmlComponent {
  constructor(rootKey: string, private readonly xml: string) {
    super(rootKey);
  }

  override prepForXml(): Record<string, unknown> {
    return { 'tdkt-t': { _attr: { k: take({ kind: 'text', xml: this.xml }) } } };
  }
}

export class Fragments {
  private readonly known = new Map<string, { rootKey: string; xml: string }>();

  /** Typed as a Paragraph: it stands for the pieces as a child of the body or of a table cell. */
  of(key: unknown[], build: () => Piece | Piece[]): Paragraph {
    return this.piece(key, build) as unknown as Paragraph;
  }

  private piece(key: unknown[], build: () => Piece | Piece[]): Piece {
    if (!enabled) return group(build());
    const k = JSON.stringify(key);
    const done = this.known.get(k);
    if (done) return new Text(done.rootKey, done.xml);
    const pieces = build();
    return new Capture(k, this, Array.isArray(pieces) ? pieces : [pieces]);
  }

  /** @internal: the text written between a key's marks. */
  keep(key: string, rootKey: string, xml: string): void {
    if (!this.known.has(key)) this.known.set(key, { rootKey, xml });
  }

  get size(): number {
    return this.known.size;
  }
}

/** Several pieces as one child (without fragments): written one after another. */
function group(pieces: Piece | Piece[]): Piece {
  if (!Array.isArray(pieces)) return pieces;
  if (pieces.length === 1) return pieces[0]!;
  const g = new (class extends XmlComponent {
    override get writtenAs(): Piece[] {
      return pieces;
    }
  })(rootOf(pieces));
  return g;
}

/** Turned off when docx's compiler cannot be hooked (Packer.toBuffer would write the marks); and by tests. */
export function useFragments(on: boolean): void {
  enabled = on;
}

/**
 * Runs one compile with marks allowed, then settles `document.xml`: kept text put in, captured
 * text kept (marks taken out). Any other part holding a mark is an error.
 */
export function withFragments<P extends Map<string, string | Uint8Array>>(compile: () => P): P {
  const outer = slots;
  slots = [];
  try {
    const parts = compile();
    const mine = slots;
    if (!mine.length) return parts;
    for (const [path, data] of parts) {
      if (typeof data !== 'string' || !ANY_MARK.test(data)) continue;
      if (path !== 'word/document.xml') throw new Error(`document fragment in ${path}`);
      parts.set(path, settle(data, mine));
    }
    return parts;
  } finally {
    slots = outer;
  }
}

const MARK = /<tdkt-([bet]) k="(\d+)"\/>/g;
const ANY_MARK = /<tdkt-[bet] k="/;

function settle(xml: string, mine: Slot[]): string {
  // One pass: kept text put in, marks taken out, each capture's text kept (captures do not nest).
  const out: string[] = [];
  let last = 0;
  let open: { slot: Extract<Slot, { kind: 'capture' }>; from: number } | null = null;
  for (const m of xml.matchAll(MARK)) {
    out.push(xml.slice(last, m.index));
    last = m.index + m[0].length;
    const slot = mine[Number(m[2])];
    if (m[1] === 't' && slot?.kind === 'text') out.push(slot.xml);
    else if (m[1] === 'b' && slot?.kind === 'capture' && !open) open = { slot, from: out.length };
    else if (m[1] === 'e' && open && slot === open.slot) {
      open.slot.into.keep(open.slot.key, open.slot.rootKey, out.slice(open.from).join(''));
      open = null;
    } else throw new Error('document fragment marks out of order');
  }
  if (open) throw new Error('document fragment not closed');
  out.push(xml.slice(last));
  return out.join('');
}
