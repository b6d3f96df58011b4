/**
 * Hostile strings a copy or its frontmatter might carry. Each one, if it ever ran, would call
 * `__xss(<its number>)`, open a dialog, or set document.title to "PWNED": the browser test installs a
 * tripwire for all three. Some also try to make the page fetch from another host, which the test
 * forbids. Invented for this project; classic forms from the OWASP XSS filter evasion cheat sheet
 * and known sanitizer bypasses (mutation XSS through foreign content and parser differentials).
 * @see https://cheatsheetseries.owasp.org/cheatsheets/XSS_Filter_Evasion_Cheat_Sheet.html
 */

/** One payload. */
export interface Payload {
  /** Number the payload reports to `__xss()` if it runs. */
  n: number;
  /** What kind of trick it is. */
  kind: string;
  /** The hostile text itself. */
  text: string;
}

const list: Array<[kind: string, text: (n: number) => string]> = [
  ['script tag', (n) => `<script>__xss(${n})</script>`],
  ['script tag, upper case with attributes', (n) => `<SCRIPT type="text/javascript">__xss(${n})</SCRIPT>`],
  ['img onerror', (n) => `<img src=x onerror="__xss(${n})">`],
  ['img onerror with alert dialog', (n) => `<img src=x onerror=alert(${n})>`],
  ['svg onload', (n) => `<svg onload="__xss(${n})"></svg>`],
  ['script inside svg', (n) => `<svg><script>__xss(${n})</script></svg>`],
  ['svg animate onbegin', (n) => `<svg><animate onbegin="__xss(${n})" attributeName="x" dur="1s"></animate></svg>`],
  ['svg xlink:href javascript', (n) => `<svg><a xlink:href="javascript:__xss(${n})"><text x="20" y="20">click</text></a></svg>`],
  ['MathML mutation XSS (mglyph/style)', (n) => `<math><mtext><table><mglyph><style><img src=x onerror="__xss(${n})"></style></mglyph></table></mtext></math>`],
  ['MathML href javascript', (n) => `<math href="javascript:__xss(${n})">click</math>`],
  ['iframe srcdoc', (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`],
  ['iframe javascript src', (n) => `<iframe src="javascript:parent.__xss(${n})"></iframe>`],
  ['raw link javascript:', (n) => `<a href="javascript:__xss(${n})">click</a>`],
  ['raw link entity-encoded javascript:', (n) => `<a href="&#x6A;&#x61;vascript&#58;__xss(${n})">click</a>`],
  ['Markdown link javascript:', (n) => `[click](javascript:__xss(${n}))`],
  ['Markdown link mixed-case javascript:', (n) => `[click](JaVaScRiPt:__xss(${n}))`],
  ['Markdown link entity-encoded javascript:', (n) => `[click](&#106;avascript:__xss(${n}))`],
  ['Markdown link with tab inside the scheme', (n) => `[click](java&#x09;script:__xss(${n}))`],
  ['Markdown image javascript:', (n) => `![pic](javascript:__xss(${n}))`],
  ['Markdown autolink javascript:', (n) => `<javascript:__xss(${n})>`],
  ['Markdown link title breaking out of its attribute', (n) => `[click](https://example.org "x\\" onmouseover=\\"__xss(${n})")`],
  ['data: URL link', (n) => `<a href="data:text/html,<script>__xss(${n})</script>">click</a>`],
  ['CSS url(javascript:)', (n) => `<div style="background:url('javascript:__xss(${n})')">styled</div>`],
  ['CSS expression()', (n) => `<div style="width: expression(__xss(${n}))">styled</div>`],
  ['style element @import', (n) => `<style>@import 'javascript:__xss(${n})'; body{background:url(https://tracker.invalid/${n}.png)}</style>`],
  ['object data javascript:', (n) => `<object data="javascript:__xss(${n})"></object>`],
  ['embed src javascript:', (n) => `<embed src="javascript:__xss(${n})">`],
  ['form action javascript:', (n) => `<form action="javascript:__xss(${n})"><button>go</button></form>`],
  ['details ontoggle', (n) => `<details open ontoggle="__xss(${n})"><summary>more</summary></details>`],
  ['input autofocus onfocus', (n) => `<input autofocus onfocus="__xss(${n})">`],
  ['video source onerror', (n) => `<video><source onerror="__xss(${n})"></video>`],
  ['base href hijack', (n) => `<base href="javascript:__xss(${n})//">`],
  ['meta refresh to javascript:', (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`],
  ['attribute without space (broken markup)', (n) => `<img src="x"onerror="__xss(${n})">`],
  ['nested script tags (filter evasion)', (n) => `<scr<script>ipt>__xss(${n})</scr</script>ipt>`],
  ['doubled angle brackets', (n) => `<<script>script>__xss(${n})<</script>/script>`],
  ['closing the paragraph first', (n) => `</p><script>__xss(${n})</script><p>`],
  ['comment mutation XSS', (n) => `<!--<img src="--><img src=x onerror=__xss(${n})//">`],
  ['noscript mutation XSS', (n) => `<noscript><p title="</noscript><img src=x onerror=__xss(${n})>"></noscript>`],
  ['svg style mutation XSS', (n) => `<svg><style><img src=x onerror="__xss(${n})"></style></svg>`],
  ['textarea breakout', (n) => `<textarea></textarea><img src=x onerror="__xss(${n})">`],
  ['unknown element with handler', (n) => `<custom-tag onclick="__xss(${n})" autofocus tabindex=0 onfocus="__xss(${n})">x</custom-tag>`],
  ['entity-encoded handler body', (n) => `<img src=x onerror="&#95;&#95;xss(${n})">`],
  ['document.title takeover', () => `<img src=x onerror="document.title='PWNED'">`],
  ['title element breakout', (n) => `</title><script>__xss(${n})</script>`],
  ['JSON-LD script breakout', (n) => `</script><script>__xss(${n})</script>`],
  ['attribute breakout with double quote', (n) => `"><script>__xss(${n})</script>`],
  ['attribute breakout with single quote', (n) => `'><img src=x onerror=__xss(${n})>`],
  ['template-literal and template-engine injection', (n) => `\${__xss(${n})} {{constructor.constructor('__xss(${n})')()}}`],
  ['already-escaped script stays text', (n) => `&lt;script&gt;__xss(${n})&lt;/script&gt;`],
  ['third-party image request', (n) => `<img src="https://tracker.invalid/pixel-${n}.gif">`],
  ['third-party stylesheet request', (n) => `<link rel="stylesheet" href="https://tracker.invalid/style-${n}.css">`],
];

/** Every payload, numbered from 1. */
export const payloads: Payload[] = list.map(([kind, text], i) => ({ n: i + 1, kind, text: text(i + 1) }));
