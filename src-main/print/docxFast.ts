import { EMPTY_OBJECT, isXmlComponent, NextAttributeComponent, XmlAttributeComponent, XmlComponent } from 'docx';

/**
 * Faster equivalents of three methods docx calls for every element it writes (a printed set of
 * 200 reports formats about a million of them). They return the same objects, with the same
 * keys in the same order, as docx 9's own:
 *
 * - NextAttributeComponent (run and paragraph properties' attributes) built its attribute object
 *   by spreading the whole accumulator into a new object for each attribute, through the
 *   transpiled object-spread helper (a tenth of a printed set's time);
 * - XmlAttributeComponent went through Object.entries(...).forEach;
 * - XmlComponent walked its children with flatMap and then filter (two arrays per element).
 *
 * tests/unit/print/dossier-speed.test.ts compiles every document of a dossier set with and without
 * them and compares the parts. `useFastDocx(false)` puts docx's own back (for that test).
 */
type Xmlable = Record<string, unknown>;
interface Context { stack: unknown[] }
interface Component { rootKey: string; root: unknown; writtenAs?: Component[]; prepForXml(c: Context): Xmlable | undefined }

const original = {
  next: NextAttributeComponent.prototype.prepForXml,
  attr: XmlAttributeComponent.prototype.prepForXml,
  xml: XmlComponent.prototype.prepForXml,
};

function nextAttributes(this: Component): Xmlable {
  const attrs: Record<string, unknown> = {};
  const root = this.root as Record<string, { key: string; value: unknown }>;
  for (const name of Object.keys(root)) {
    const { key, value } = root[name]!;
    if (value !== undefined) attrs[key] = value;
  }
  return { _attr: attrs };
}

function attributes(this: Component & { xmlKeys?: Record<string, string> }): Xmlable {
  const attrs: Record<string, unknown> = {};
  const root = this.root as Record<string, unknown>;
  const keys = this.xmlKeys;
  for (const key of Object.keys(root)) {
    const value = root[key];
    if (value !== undefined) attrs[(keys && keys[key]) || key] = value;
  }
  return { _attr: attrs };
}

/** As flatMap then filter: a returned array is spread one level, undefined dropped. */
function push(children: unknown[], x: unknown): void {
  if (Array.isArray(x)) {
    for (const y of x) if (y !== undefined) children.push(y);
  } else if (x !== undefined) children.push(x);
}

function element(this: Component, context: Context): Xmlable {
  context.stack.push(this);
  const children: unknown[] = [];
  for (const comp of this.root as unknown[]) {
    if (isXmlComponent(comp)) {
      const c = comp as unknown as Component;
      const parts = c.writtenAs;
      if (parts) {
        for (const part of parts) {
          const x = part.prepForXml(context);
          if (x !== undefined) children.push(x);
        }
      }
      else push(children, c.prepForXml(context));
    } else push(children, comp);
  }
  context.stack.pop();
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null | undefined) : undefined;
  return { [this.rootKey]: children.length ? (only?._attr ? only : children) : EMPTY_OBJECT };
}

let fast = false;

/** Installs (true) or removes (false) the faster methods; installed when this module is loaded. */
export function useFastDocx(on: boolean): void {
  const set = (proto: object, fn: unknown) => Object.defineProperty(proto, 'prepForXml', { value: fn, writable: true, configurable: true, enumerable: false });
  set(NextAttributeComponent.prototype, on ? nextAttributes : original.next);
  set(XmlAttributeComponent.prototype, on ? attributes : original.attr);
  set(XmlComponent.prototype, on ? element : original.xml);
  fast = on;
}

export const fastDocx = () => fast;

useFastDocx(true);
