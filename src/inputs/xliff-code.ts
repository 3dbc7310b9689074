import { HTML_INLINE_CODE, XML_INLINE_CODE } from './inline.js';
import { untranslatable } from './lang-attribute.js';

/**
 * What an inline code's type says of the text it wraps: a command, a file name, an identifier
 * (`ls -la`, `TABLE table1`), which is no prose to check. The names are those of the elements tools
 * turn into codes (an XLIFF 1.2 `ctype` is `x-` and the element's name: Okapi writes `x-codeph` for
 * DITA's `<codeph>`, `x-code` for HTML's `<code>`, `x-CODE` for Markdown's backticks) or an XLIFF 2
 * `subType`'s value after its prefix (`my:code`): the phrases of code an XML file's prose leaves out
 * (inline.ts, XML_INLINE_CODE), and a code block.
 */
const CODE_TYPES = new Set([...XML_INLINE_CODE, 'codeblock']);

/** Whether a `ctype`, `type` or `subType` value names code. */
export function saysCode(value: string | undefined): boolean {
  if (!value) return false;
  const name = value.slice(value.indexOf(':') + 1).replace(/^x-/i, '').replace(/;.*$/, '');
  return CODE_TYPES.has(name.toLowerCase());
}

/**
 * An annotation that marks its text not to be translated: XLIFF 1.2's `<mrk mtype="protected">`, and
 * 2.x's `<mrk translate="no">` or `<sm translate="no"/>` (lang-attribute.ts, untranslatable). That
 * text is the original's and stays as it is, so it is read as code is.
 */
function protectedMark(a: Record<string, string>): boolean {
  return a.mtype === 'protected' || untranslatable(a);
}

/** An escaped or raw HTML tag as a target carries it (`&lt;code&gt;`, `</kbd>`): its name, and whether it ends an element. */
const HTML_TAG = /^(?:&lt;|<)(\/?)([A-Za-z][\w:.-]*)/;

/**
 * Which text of one target is code, as its inline elements say, so that the prose view leaves it out
 * as the HTML reader leaves out `<code>` (html.ts): the content of a 1.2 `<g>` or a 2.x `<pc>` whose
 * type says code; the text between a 1.2 `<bpt>` (or `<bx/>`) of such a type and its `<ept>` (`<ex/>`),
 * paired by `rid`, else `id`; between a 2.x `<sc/>` of such a type and the `<ec/>` whose `startRef`
 * names it; after an `<it pos="open">` of such a type up to the `<it pos="close">` of the same type;
 * inside an HTML `<code>`, `<kbd>` or `<samp>` the target carries as text (`&lt;code&gt;`); and the
 * text an annotation marks not to be translated (`<mrk mtype="protected">`, `<mrk translate="no">`,
 * from an `<sm translate="no"/>` to the `<em/>` whose `startRef` names it). A code
 * opened and never closed runs to the end of the target. An isolated end (`<it pos="close">`, an
 * `<ec isolated="yes"/>`) with nothing open closes code that began before the target: everything
 * before it in the target is code.
 */
export class TargetCode {
  /** Pairs opened by a code of a code type and not yet closed, by key. */
  private readonly open = new Set<string>();
  /** `<g>`/`<pc>` elements of a code type that are open. */
  private elements = 0;
  /** HTML code elements carried as text that are open. */
  private html = 0;

  /** A new target starts: nothing is open. */
  reset(): void {
    this.open.clear();
    this.elements = 0;
    this.html = 0;
  }

  /** Whether text here is code. */
  get inCode(): boolean {
    return this.open.size > 0 || this.elements > 0 || this.html > 0;
  }

  /**
   * A start tag (or an empty element) in the target, by local name. Returns 'element' when its content
   * is code (the caller hands it back to `closeElement`), 'before' when everything before it in the target
   * is code (an isolated end with nothing open), else undefined.
   */
  tag(name: string, a: Record<string, string>): 'element' | 'before' | undefined {
    const code = saysCode(a.ctype) || saysCode(a.type) || saysCode(a.subType);
    switch (name) {
      case 'g':
      case 'pc':
        if (!code) return undefined;
        this.elements++;
        return 'element';
      case 'mrk':
        if (!protectedMark(a)) return undefined;
        this.elements++;
        return 'element';
      case 'sm':
        if (protectedMark(a)) this.open.add(`sm:${a.id ?? ''}`);
        return undefined;
      case 'em':
        if (a.startRef !== undefined) this.open.delete(`sm:${a.startRef}`);
        return undefined;
      case 'bpt':
      case 'bx':
        if (code) this.open.add(`p${name}:${a.rid ?? a.id ?? ''}`);
        return undefined;
      case 'ept':
      case 'ex':
        this.open.delete(`p${name === 'ept' ? 'bpt' : 'bx'}:${a.rid ?? a.id ?? ''}`);
        return undefined;
      case 'sc':
        if (code) this.open.add(`sc:${a.id ?? ''}`);
        return undefined;
      case 'ec':
        if (a.startRef !== undefined) this.open.delete(`sc:${a.startRef}`);
        else if (code) return 'before';
        return undefined;
      case 'it':
        if (!code) return undefined;
        if (a.pos === 'open') this.open.add(`it:${a.ctype ?? ''}`);
        else if (!this.open.delete(`it:${a.ctype ?? ''}`)) return 'before';
        return undefined;
      default:
        return undefined;
    }
  }

  /** The end of an element `tag` called 'element'. */
  closeElement(): void {
    if (this.elements > 0) this.elements--;
  }

  /** An HTML tag the target carries as text (`&lt;code&gt;`, or `<code>` in a CDATA section). */
  htmlTag(tag: string): void {
    const m = HTML_TAG.exec(tag);
    if (!m || !HTML_INLINE_CODE.has((m[2] as string).toLowerCase()) || /\/(?:>|&gt;)$/.test(tag)) return;
    if (m[1]) this.html = Math.max(0, this.html - 1);
    else this.html++;
  }
}
