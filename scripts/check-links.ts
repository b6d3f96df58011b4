#!/usr/bin/env node
/**
 * `node scripts/check-links.ts [dist]`: every internal link of the built site must land.
 *
 * Walks every HTML page in dist/, collects each href, src, srcset, form action, SVG `<use>` reference and
 * meta-refresh target, resolves it against the page's URL, and checks that the target file exists and,
 * when the link has a #fragment, that the target page has an element with that id. Absolute links to the
 * site's own origin (canonical, og:url; SITE_URL or https://news-analysis.example) count as internal.
 * Prints the counts; exits 1 when anything is broken.
 * @see https://github.com/withastro/docs (a link checker over the built site, run as part of the checks)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { htmlFiles } from './htmlFiles.ts';

/** One link that does not land. */
export interface BrokenLink {
  /** The page the link is on, relative to dist/. */
  page: string;
  /** The link as written. */
  href: string;
  /** Why it does not land. */
  reason: string;
}

/** What the check found. */
export interface LinkReport {
  pages: number;
  /** Internal links checked (one per occurrence). */
  links: number;
  /** Of those, links with a #fragment whose id was checked. */
  fragments: number;
  /** Links to other sites, not followed. */
  external: number;
  broken: BrokenLink[];
}

const siteOrigins = new Set([new URL(process.env.SITE_URL ?? 'https://news-analysis.example').origin]);

/** The URL path a file is served at: a/b/index.html → /a/b/, 404.html → /404.html. */
function urlPathOf(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return `/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
}

/** The file a URL path is served from, or null. Directory URLs must end in "/" (trailingSlash: 'always'). */
function fileOf(dist: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = join(dist, decoded);
  if (!file.startsWith(dist)) return null;
  if (decoded.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

interface Page {
  ids: Set<string>;
  links: string[];
}

function readPage(file: string): Page {
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (typeof p['id'] === 'string') ids.add(p['id']);
    if (node.tagName === 'a' && typeof p['name'] === 'string') ids.add(p['name']);
    for (const key of ['href', 'src', 'action', 'poster', 'xLinkHref', 'data']) {
      const value = p[key];
      if (typeof value === 'string' && !(node.tagName === 'object' && key !== 'data')) links.push(value);
    }
    for (const key of ['srcSet', 'imageSrcSet']) {
      const value = p[key];
      const list = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
      for (const candidate of list.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) links.push(url);
      }
    }
    if (node.tagName === 'meta' && String(p['httpEquiv'] ?? '').toLowerCase() === 'refresh' && typeof p['content'] === 'string') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(p['content']);
      if (target?.[1]) links.push(target[1]);
    }
  });
  return { ids, links };
}

/** Checks every page of a built site. */
export function checkLinks(distDir: string): LinkReport {
  const dist = resolve(distDir);
  const files = htmlFiles(dist);
  const pages = new Map<string, Page>();
  const pageOf = (file: string) => {
    let page = pages.get(file);
    if (!page) pages.set(file, (page = readPage(file)));
    return page;
  };
  const report: LinkReport = { pages: files.length, links: 0, fragments: 0, external: 0, broken: [] };
  for (const file of files) {
    const base = new URL(urlPathOf(dist, file), 'http://site.invalid');
    const pageName = relative(dist, file);
    for (const href of pageOf(file).links) {
      const trimmed = href.trim();
      if (!trimmed || /^(mailto|tel|data|blob|about):/i.test(trimmed)) continue;
      if (/^javascript:/i.test(trimmed)) {
        report.broken.push({ page: pageName, href, reason: 'a javascript: URL is not a link (and the Content-Security-Policy forbids it)' });
        continue;
      }
      let url: URL;
      try {
        url = new URL(trimmed, base);
      } catch {
        report.broken.push({ page: pageName, href, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== base.origin && !siteOrigins.has(url.origin)) {
        report.external++;
        continue;
      }
      report.links++;
      const target = fileOf(dist, url.pathname);
      if (!target) {
        const hint = !url.pathname.endsWith('/') && fileOf(dist, `${url.pathname}/`) ? ' (the page exists at the same path with a trailing "/")' : '';
        report.broken.push({ page: pageName, href, reason: `no file in dist/ for ${url.pathname}${hint}` });
        continue;
      }
      // Text fragments (#:~:text=…) are not ids; what precedes ":~:" is.
      const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0] ?? '';
      if (!fragment || fragment === 'top' || !target.endsWith('.html')) continue;
      report.fragments++;
      if (!pageOf(target).ids.has(fragment)) {
        report.broken.push({ page: pageName, href, reason: `${relative(dist, target)} has no element with id "${fragment}"` });
      }
    }
  }
  return report;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(dist)) {
    console.error(`${dist}: no such folder. Build the site first (npm run build), or give the folder: node scripts/check-links.ts <dist>`);
    process.exit(2);
  }
  const report = checkLinks(dist);
  for (const b of report.broken) console.error(`${b.page}: broken link "${b.href}": ${b.reason}`);
  console.log(
    `links: ${report.pages} pages, ${report.links} internal links checked (${report.fragments} with #fragments), ${report.external} external not followed, ${report.broken.length} broken`,
  );
  process.exitCode = report.broken.length ? 1 : 0;
}
