import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { LineIndex } from '../../src/document/line-index.ts';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns over LF, CRLF and CR', () => {
    const idx = new LineIndex('ab\ncd\r\nef\rgh');
    expect(idx.position(0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(idx.position(3)).toEqual({ offset: 3, line: 2, column: 1 });
    expect(idx.position(7)).toEqual({ offset: 7, line: 3, column: 1 });
    expect(idx.position(10)).toEqual({ offset: 10, line: 4, column: 1 });
    expect(idx.position(12)).toEqual({ offset: 12, line: 4, column: 3 });
    expect(idx.lineCount).toBe(4);
  });

  it('gives the same lines for LF-only text as the general scan does', () => {
    const text = 'one\ntwo\n\nfour\n';
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(5);
    expect(idx.position(text.indexOf('four'))).toEqual({ offset: 9, line: 4, column: 1 });
    expect(idx.lineStart(3)).toBe(8);
    expect(new LineIndex('no breaks').lineCount).toBe(1);
  });

  it('counts columns in UTF-16 code units, like JavaScript string indexes', () => {
    const idx = new LineIndex('😀 Starrer');
    expect(idx.position(3)).toEqual({ offset: 3, line: 1, column: 4 });
  });
});

describe('createDocument', () => {
  it('removes a BOM and records it, so offsets index the text without it', () => {
    const doc = createDocument('\ufeffKeir Starrer');
    expect(doc.bom).toBe(true);
    expect(doc.text).toBe('Keir Starrer');
    expect(doc.segments).toEqual([{ start: 0, end: 12 }]);
  });
});
