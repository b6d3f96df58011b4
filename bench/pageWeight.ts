/**
 * What a browser downloads to show one built page: the HTML, the stylesheets and scripts it references, the fonts
 * those stylesheets (or preload links) point at, and images/icons. Raw bytes and gzip (level 6, what most servers
 * send), per kind. References are followed in the files of the build output; external URLs are listed, not fetched.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
  files: number;
}

export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  fonts: Weight;
  other: Weight;
  total: Weight;
  /** Bytes of inline <script> code inside the HTML (already counted in html). */
  inlineJsRaw: number;
  /** Fonts referenced from CSS or preload links: each would be a download if the page uses it. */
  fontFiles: string[];
  /** References that point outside the build (these would be fetched from elsewhere). */
  external: string[];
  /** References that point at files the build did not write. */
  missing: string[];
}

const empty = (): Weight => ({ raw: 0, gzip: 0, files: 0 });
const fontExt = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/** Maps a URL in a page or stylesheet to a file of the build output, or null when it is external. */
function toFile(dist: string, from: string, url: string): string | null {
  if (/^(https?:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const path = decodeURIComponent(url.split(/[?#]/)[0] as string);
  const file = path.startsWith('/') ? join(dist, path) : resolve(dirname(from), path);
  return file.endsWith('/') ? join(file, 'index.html') : file;
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const result: PageWeight = { page: relative(dist, htmlFile), html: empty(), css: empty(), js: empty(), fonts: empty(), other: empty(), total: empty(), inlineJsRaw: 0, fontFiles: [], external: [], missing: [] };
  const counted = new Set<string>();
  const add = (kind: 'html' | 'css' | 'js' | 'fonts' | 'other', file: string) => {
    if (counted.has(file)) return;
    counted.add(file);
    if (!existsSync(file)) {
      result.missing.push(relative(dist, file));
      return;
    }
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 6 }).length;
    for (const w of [result[kind], result.total]) {
      w.raw += bytes.length;
      w.gzip += gzip;
      w.files++;
    }
    if (kind === 'fonts') result.fontFiles.push(relative(dist, file));
  };
  const follow = (kind: 'css' | 'js' | 'fonts' | 'other', from: string, url: string) => {
    const file = toFile(dist, from, url);
    if (file === null) {
      if (!url.startsWith('data:')) result.external.push(url);
      return;
    }
    add(kind, file);
    if (kind === 'css' && existsSync(file)) followCss(file);
  };
  const followCss = (cssFile: string) => {
    const css = readFileSync(cssFile, 'utf8');
    for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) follow('css', cssFile, match[1] as string);
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const url = match[1] as string;
      if (fontExt.test(url)) follow('fonts', cssFile, url);
    }
  };

  add('html', htmlFile);
  const html = readFileSync(htmlFile, 'utf8');
  for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const url of (match[1] as string).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (fontExt.test(url[1] as string)) follow('fonts', htmlFile, url[1] as string);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) follow('css', htmlFile, href);
    else if (rel.includes('modulepreload')) follow('js', htmlFile, href);
    else if (rel.includes('preload')) {
      const as = (attr(tag, 'as') ?? '').toLowerCase();
      follow(as === 'font' ? 'fonts' : as === 'style' ? 'css' : as === 'script' ? 'js' : 'other', htmlFile, href);
    } else if (rel.includes('icon')) follow('other', htmlFile, href);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1] as string}>`;
    const src = attr(tag, 'src');
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (src) follow('js', htmlFile, src);
    // JSON-LD and other data blocks are not code.
    else if (!type || type === 'module' || type.includes('javascript')) result.inlineJsRaw += Buffer.byteLength(match[2] as string);
  }
  for (const match of html.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(match[0], 'src');
    if (src) follow('other', htmlFile, src);
  }
  return result;
}

/** Every .html file under dir, relative paths, sorted. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.name.endsWith('.html')) out.push(relative(dir, path));
    }
  }
  return out.sort();
}
