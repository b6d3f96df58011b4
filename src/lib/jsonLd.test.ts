import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from './jsonLd.ts';

describe('serializeJsonLd', () => {
  test('escapes <, >, & and the line separators of any value, and parses back to the same data', () => {
    const value = fc.string({ unit: fc.constantFrom('a', '<', '>', '&', '/', '"', '\\', '\u2028', '\u2029', 'é', '\n') });
    fc.assert(
      fc.property(value, (v) => {
        const out = serializeJsonLd({ '@type': 'Quotation', text: v, nested: [{ name: v }] });
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual({ '@type': 'Quotation', text: v, nested: [{ name: v }] });
      }),
      { numRuns: 1000 },
    );
  });

  test('a quote that holds </script> cannot close the script element it is written in', () => {
    expect(serializeJsonLd({ text: '</script><script>alert(1)</script> & more' })).toBe('{"text":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more"}');
  });
});
