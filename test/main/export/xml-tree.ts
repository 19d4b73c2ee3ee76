/**
 * A small reader of the XML a Word document is made of, enough for tests: elements with their
 * attributes and children, and text. No DOCTYPE, CDATA or entities beyond XML's five, which
 * the parts of a .docx do not use.
 */
export interface XmlElement {
  /** The qualified name, as written: `w:p`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const open: XmlElement[] = [root];
  const tag =
    /<(\/?)([^\s/>?!]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^]*?\?>|<!--[^]*?-->/g;
  let at = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const parent = open[open.length - 1]!;
    if (m.index > at) {
      const text = xml.slice(at, m.index);
      if (text.trim() || parent.name.endsWith(':t')) parent.children.push(decode(text));
    }
    at = tag.lastIndex;
    const [, closing, name, attrText, selfClosing] = m;
    if (name === undefined) continue;
    if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      open.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
    }
    const element: XmlElement = { name, attrs, children: [] };
    parent.children.push(element);
    if (!selfClosing) open.push(element);
  }
  if (open.length !== 1) throw new Error(`<${open[open.length - 1]!.name}> is not closed`);
  return root;
}

export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** Every element of that name under `node`, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const c of childElements(n)) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}
