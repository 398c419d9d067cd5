import { WechatPushError } from './wechat-push.error';

/** A leaf's text, or an element's children by name. */
export type XmlNode = string | XmlObject;
/** Repeated elements (and every element named in `listFields`) become arrays. */
export type XmlValue = XmlNode | XmlNode[];
export interface XmlObject {
  [name: string]: XmlValue;
}

export interface PushXmlOptions {
  /** Element names that are always arrays, even when only one occurs (`Actions`). */
  listFields?: readonly string[];
  /**
   * Deepest element nesting accepted, the root `<xml>` counting as 1.
   * WeChat's deepest push (`xml › Actions › ActionTime`) is 3.
   * @default 8
   */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 8;
const OPEN_TAG =
  /<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([A-Za-z_][\w.-]*)\s*>/y;
const ENTITY =
  /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9A-Fa-f]{1,6}));/y;
const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

/**
 * Reads a WeChat push body `<xml>…</xml>` into plain objects: elements, CDATA,
 * text with the five XML entities and character references. Values stay
 * strings (numbers too). Hand-written and deliberately small: no DOCTYPE or
 * ENTITY declarations (no XXE, no entity expansion bombs), no processing
 * instructions beyond the XML declaration, bounded nesting. Attributes are
 * ignored; WeChat sends none. Anything else is a `malformed` WechatPushError.
 */
export function parsePushXml(
  xml: string,
  options: PushXmlOptions = {},
): XmlObject {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) {
    throw new RangeError(
      `parsePushXml: maxDepth must be a whole number >= 1, got ${maxDepth}`,
    );
  }
  return new XmlReader(
    xml,
    new Set(options.listFields ?? []),
    maxDepth,
  ).readDocument();
}

class XmlReader {
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly listFields: ReadonlySet<string>,
    private readonly maxDepth: number,
  ) {}

  readDocument(): XmlObject {
    if (this.src.startsWith('\uFEFF')) this.pos = 1;
    this.skipWhitespace();
    if (this.src.startsWith('<?xml', this.pos)) {
      const end = this.src.indexOf('?>', this.pos);
      if (end === -1) throw this.malformed('unterminated XML declaration');
      this.pos = end + 2;
    }
    this.skipMisc();
    const root = this.readOpenTag();
    if (root.name !== 'xml')
      throw this.malformed('the root element must be <xml>');
    const value = root.selfClosing ? '' : this.readContent(root.name, 1);
    this.skipMisc();
    if (this.pos !== this.src.length) {
      throw this.malformed('content after the root element');
    }
    if (typeof value !== 'string') return value;
    if (value.trim() !== '')
      throw this.malformed('the root element holds text');
    return Object.create(null) as XmlObject;
  }

  /** Reads up to and including `</name>`: a leaf's text, or its children. */
  private readContent(name: string, depth: number): XmlNode {
    const children = Object.create(null) as XmlObject;
    let hasChildren = false;
    let text = '';
    let hasText = false;
    for (;;) {
      const lt = this.src.indexOf('<', this.pos);
      if (lt === -1) throw this.malformed('unexpected end of input');
      if (lt > this.pos) {
        const raw = this.src.slice(this.pos, lt);
        if (raw.trim() !== '') hasText = true;
        text += this.decodeText(raw);
        this.pos = lt;
      }
      if (this.src.startsWith('</', this.pos)) {
        this.readCloseTag(name);
        break;
      }
      if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.src.indexOf(']]>', this.pos + 9);
        if (end === -1) throw this.malformed('unterminated CDATA section');
        text += this.src.slice(this.pos + 9, end);
        hasText = true;
        this.pos = end + 3;
      } else if (!this.skipComment()) {
        if (depth >= this.maxDepth) {
          throw this.malformed(`elements nest deeper than ${this.maxDepth}`);
        }
        const child = this.readOpenTag();
        const value = child.selfClosing
          ? ''
          : this.readContent(child.name, depth + 1);
        this.addChild(children, child.name, value);
        hasChildren = true;
      }
    }
    if (!hasChildren) return text;
    if (hasText) throw this.malformed('an element mixes text and elements');
    return children;
  }

  private addChild(children: XmlObject, name: string, value: XmlNode): void {
    const existing = children[name];
    if (existing === undefined) {
      children[name] = this.listFields.has(name) ? [value] : value;
    } else if (Array.isArray(existing)) {
      existing.push(value);
    } else {
      children[name] = [existing, value];
    }
  }

  private readOpenTag(): { name: string; selfClosing: boolean } {
    this.rejectDeclarations();
    OPEN_TAG.lastIndex = this.pos;
    const match = OPEN_TAG.exec(this.src);
    if (!match) throw this.malformed('expected an element');
    this.pos = OPEN_TAG.lastIndex;
    return { name: match[1], selfClosing: match[3] === '/' };
  }

  private readCloseTag(expected: string): void {
    CLOSE_TAG.lastIndex = this.pos;
    const match = CLOSE_TAG.exec(this.src);
    if (!match) throw this.malformed('bad closing tag');
    if (match[1] !== expected) {
      throw this.malformed('closing tag does not match its opening tag');
    }
    this.pos = CLOSE_TAG.lastIndex;
  }

  /** Whitespace and comments between top-level constructs. */
  private skipMisc(): void {
    do this.skipWhitespace();
    while (this.skipComment());
    this.rejectDeclarations();
  }

  private skipComment(): boolean {
    if (!this.src.startsWith('<!--', this.pos)) return false;
    const end = this.src.indexOf('-->', this.pos + 4);
    if (end === -1) throw this.malformed('unterminated comment');
    this.pos = end + 3;
    return true;
  }

  /** DOCTYPE and ENTITY are how XXE and billion-laughs attacks start: refuse them outright. */
  private rejectDeclarations(): void {
    if (this.src.startsWith('<!', this.pos)) {
      throw this.malformed('DOCTYPE and ENTITY declarations are not allowed');
    }
    if (this.src.startsWith('<?', this.pos)) {
      throw this.malformed('processing instructions are not allowed');
    }
  }

  private skipWhitespace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) {
      this.pos++;
    }
  }

  private decodeText(raw: string): string {
    let out = '';
    let from = 0;
    for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
      ENTITY.lastIndex = amp;
      const match = ENTITY.exec(raw);
      if (!match) throw this.malformed('a bare "&" or an unknown entity');
      out += raw.slice(from, amp) + this.entityText(match);
      from = ENTITY.lastIndex;
    }
    return out + raw.slice(from);
  }

  private entityText([, named, decimal, hex]: RegExpExecArray): string {
    if (named !== undefined) return NAMED_ENTITIES[named];
    const codePoint =
      decimal !== undefined ? Number(decimal) : parseInt(hex, 16);
    if (!isXmlChar(codePoint)) {
      throw this.malformed('a character reference to a forbidden code point');
    }
    return String.fromCodePoint(codePoint);
  }

  private malformed(detail: string): WechatPushError {
    return new WechatPushError(
      'malformed',
      `XML body: ${detail} (at offset ${this.pos})`,
    );
  }
}

/** XML 1.0 `Char`: what a character reference may produce. */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}
