/**
 * Hostile HTML cannot run. Builds the site from a content folder whose copies, frontmatter and registry
 * carry every payload of payloads.ts, serves dist/ on localhost, and loads every page in Chromium with
 * tripwires: `window.__xss()` records a payload that ran, dialogs are counted, document.title is watched,
 * and every request to a host other than localhost is recorded and refused. Each page is also inspected:
 * no event-handler attribute, no javascript: or data:text/html URL, no script but the site's own, a
 * Content-Security-Policy that forbids inline script, and no violation of it by the site itself.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/support/browser.ts';
import { serveStatic, type StaticSite } from '../e2e/support/staticServer.ts';
import { buildSiteFrom, type BuiltSite } from './buildSite.ts';
import { writeXssFixture, type XssFixture } from './fixture.ts';
import { payloads } from './payloads.ts';

interface PageFindings {
  page: string;
  ran: number[];
  dialogs: string[];
  titleTakenOver: boolean;
  thirdParty: string[];
  handlers: string[];
  dangerousUrls: string[];
  foreignScripts: string[];
  brokenJsonLd: string[];
  csp: string | null;
  cspViolations: string[];
}

const contentDir = mkdtempSync(join(tmpdir(), 'xss-content-'));
let fixture: XssFixture;
let site: BuiltSite;
let server: StaticSite;
let browser: Browser;
const findings: PageFindings[] = [];
let control: PageFindings;

function htmlPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlPages(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The URL a built file is served at. */
const urlPath = (dist: string, file: string) => {
  const rel = relative(dist, file).split(sep).join('/');
  return `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
};

async function inspect(path: string, origin: string): Promise<PageFindings> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const found: PageFindings = {
    page: path,
    ran: [],
    dialogs: [],
    titleTakenOver: false,
    thirdParty: [],
    handlers: [],
    dangerousUrls: [],
    foreignScripts: [],
    brokenJsonLd: [],
    csp: null,
    cspViolations: [],
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    found.thirdParty.push(url);
    return route.abort();
  });
  page.on('dialog', (dialog) => {
    found.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.cspViolations.push(message.text());
  });
  // Runs before any script of the page, in every frame; a payload that runs reports here.
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: (n: number) => void; __xssRan: number[] };
    w.__xssRan = [];
    w.__xss = (n: number) => {
      w.__xssRan.push(n);
      try {
        (window.top as unknown as { __xssRan: number[] }).__xssRan.push(n);
      } catch {
        // a cross-origin frame cannot reach the top window; its own record is enough
      }
    };
  });
  await page.goto(server.url + path, { waitUntil: 'load' });
  // Let deferred handlers (onerror of images that fail, autofocus, toggle events) fire before reading the tripwire.
  await page.waitForLoadState('networkidle');
  const inspected = await page.evaluate(() => {
    const ran = (window as unknown as { __xssRan: number[] }).__xssRan;
    const handlers: string[] = [];
    const dangerousUrls: string[] = [];
    const foreignScripts: string[] = [];
    const brokenJsonLd: string[] = [];
    const danger = /^\s*(javascript|vbscript|data:text\/html)/i;
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) handlers.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '');
        if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster'].includes(attribute.name) && (danger.test(value) || attribute.name === 'srcdoc')) {
          dangerousUrls.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
        }
      }
      if (element.localName === 'meta' && /refresh/i.test(element.getAttribute('http-equiv') ?? '') && /url\s*=\s*['"]?\s*(javascript|data)/i.test(element.getAttribute('content') ?? '')) {
        dangerousUrls.push(`<meta refresh ${element.getAttribute('content')}>`);
      }
      if (['iframe', 'object', 'embed', 'base', 'frame'].includes(element.localName)) dangerousUrls.push(`<${element.localName}>`);
    }
    for (const script of Array.from(document.scripts)) {
      const type = (script.type || 'text/javascript').toLowerCase();
      if (type === 'application/ld+json' || type === 'application/json') {
        try {
          JSON.parse(script.textContent ?? '');
        } catch {
          brokenJsonLd.push((script.textContent ?? '').slice(0, 120));
        }
        continue;
      }
      if (!script.src) foreignScripts.push(`inline: ${(script.textContent ?? '').slice(0, 120)}`);
      else if (new URL(script.src).origin !== location.origin) foreignScripts.push(script.src);
    }
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null;
    return { ran, handlers, dangerousUrls, foreignScripts, brokenJsonLd, csp, title: document.title };
  });
  Object.assign(found, {
    ran: [...new Set(inspected.ran)],
    handlers: inspected.handlers,
    dangerousUrls: inspected.dangerousUrls,
    foreignScripts: inspected.foreignScripts,
    brokenJsonLd: inspected.brokenJsonLd,
    csp: inspected.csp,
    titleTakenOver: inspected.title === 'PWNED',
  });
  await context.close();
  return found;
}

beforeAll(async () => {
  fixture = writeXssFixture(contentDir, payloads);
  site = buildSiteFrom(contentDir, 'xss-site');
  server = await serveStatic(site.distDir);
  browser = await launchChromium();
  const origin = new URL(server.url).origin;
  for (const file of htmlPages(site.distDir)) findings.push(await inspect(urlPath(site.distDir, file), origin));
  // A control page that does carry live payloads, written after the site's pages were listed: proves the tripwires fire.
  writeFileSync(join(site.distDir, 'xss-control.html'), `<!doctype html><title>control</title><img src=x onerror="__xss(1)"><img src="https://tracker.invalid/control.gif"><script>alert('control')</script>`);
  control = await inspect('/xss-control.html', origin);
  console.log(`xss: ${payloads.length} payloads tried in ${fixture.articles.length} articles and the registry; ${findings.length} pages loaded in Chromium`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.cleanup();
  rmSync(contentDir, { recursive: true, force: true });
});

const where = (pick: (f: PageFindings) => unknown[] | boolean) =>
  findings.filter((f) => {
    const value = pick(f);
    return Array.isArray(value) ? value.length > 0 : value;
  }).map((f) => ({ page: f.page, found: pick(f) }));

describe(`hostile HTML: ${payloads.length} payloads in copies, frontmatter and registry`, () => {
  it('builds every article page and a page for every statement it publishes', () => {
    for (const article of fixture.articles) expect(findings.map((f) => f.page)).toContain(`/articles/${article.id}/`);
    expect(findings.some((f) => f.page.startsWith('/quotes/'))).toBe(true);
  });

  it('has tripwires that do fire: a control page with live payloads is caught running, alerting and calling out', () => {
    expect(control.ran).toEqual([1]);
    expect(control.dialogs).toEqual(['control']);
    expect(control.thirdParty).toEqual(['https://tracker.invalid/control.gif']);
    expect(control.handlers.length).toBeGreaterThan(0);
  });

  it('runs no payload on any page (the __xss tripwire stays silent)', () => {
    expect(where((f) => f.ran)).toEqual([]);
  });

  it('opens no dialog and leaves document.title alone', () => {
    expect(where((f) => f.dialogs)).toEqual([]);
    expect(where((f) => f.titleTakenOver)).toEqual([]);
  });

  it('makes no request to any host but localhost', () => {
    expect(where((f) => f.thirdParty)).toEqual([]);
  });

  it('leaves no event-handler attribute, javascript: URL, srcdoc, iframe, object, embed or base element in the DOM', () => {
    expect(where((f) => f.handlers)).toEqual([]);
    expect(where((f) => f.dangerousUrls)).toEqual([]);
  });

  it('loads no script but the site’s own files, and keeps every JSON-LD block valid JSON (no </script> breakout)', () => {
    expect(where((f) => f.foreignScripts)).toEqual([]);
    expect(where((f) => f.brokenJsonLd)).toEqual([]);
  });

  it('gives every page a Content-Security-Policy that forbids inline script', () => {
    const missing = findings.filter((f) => {
      if (!f.csp) return true;
      const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/i.exec(f.csp)?.[1] ?? /(?:^|;)\s*default-src\s+([^;]*)/i.exec(f.csp)?.[1];
      return !scriptSrc || /'unsafe-inline'|\*|data:/.test(scriptSrc);
    });
    expect(missing.map((f) => `${f.page}: ${f.csp ?? 'no CSP meta'}`)).toEqual([]);
  });

  it('works under its own policy: no Content-Security-Policy violation on any page', () => {
    expect(where((f) => f.cspViolations)).toEqual([]);
  });
});
