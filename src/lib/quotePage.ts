/**
 * A statement's own page, the link people cite, as plain strings: its title, description and preview
 * title (speaker and quote, so that a pasted link previews the quote), its schema.org JSON-LD, and the
 * HTML of its main content: the surrounding sentences, a link back to the statement's anchor in the
 * article, the permalink and a share link with a text-fragment fallback.
 *
 * Plain TypeScript rather than an Astro component because a site holds tens of thousands of these pages:
 * `astro dev` shows them through src/components/QuotePage.astro, and `astro build` writes them all at once
 * into the page shell Astro renders for one of them (src/lib/quotePagesIntegration.ts), which is many
 * times faster than rendering each through Astro. Every string that comes from a copy, an analysis or the
 * registry is escaped here, the way Astro escapes expressions.
 */
import type { Analysis, Entity, Statement } from '../schema/analysis.ts';
import { absoluteUrl, actorHref, articleHref, inQuotes, kindWords, oneLine, quoteHref, speakerWithRole, truncate } from '../rendering/describe.ts';
import { dayInWords } from '../rendering/describeDate.ts';
import { quoteContext } from '../rendering/quoteContext.ts';
import { fragmentWithText } from '../rendering/textFragment.ts';
import { quotationJsonLd, serializeJsonLd } from './jsonLd.ts';
import { visibleTextOf } from './plainText.ts';

/** A statement with what its page shows of it. */
export interface QuotePageItem {
  statement: Statement;
  speaker: Entity | null;
  article: { id: string; data: { analysis: Analysis; source: string } };
}

/** What the page needs from the site around it. */
export interface QuotePageContext {
  /** The site's origin, for absolute URLs. */
  site: URL | string;
  /** Resolves an organization id (or name) to the name readers know. */
  orgName: (idOrName: string | null) => string | null;
}

/** One quote page as strings: head fields as text (BaseLayout escapes them), JSON-LD and main as HTML. */
export interface QuotePageParts {
  /** The statement id: the page is at `/quotes/<id>/`. */
  id: string;
  /** Language of the quote's article. */
  lang: string;
  /** Page title (the site name is appended by the layout). */
  title: string;
  /** Description for search results and previews. */
  description: string;
  /** Title for link previews: speaker and the quote in quotation marks. */
  ogTitle: string;
  /** Serialized schema.org Quotation, safe inside `<script type="application/ld+json">`. */
  jsonLd: string;
  /** HTML of the page's main content. */
  main: string;
}

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content, escaped as Astro escapes `{expressions}`. */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => textEscapes[c] as string);
}

/** A double-quoted attribute value, escaped as Astro escapes attributes (only `&` and `"` can end or alter it). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

const muted = 'text-[var(--muted)]';
const link = 'text-[var(--accent)] underline underline-offset-2';

export function quotePageParts(item: QuotePageItem, context: QuotePageContext): QuotePageParts {
  const { statement, speaker, article } = item;
  const { analysis, source } = article.data;
  const { site, orgName } = context;
  const words = kindWords[statement.kind];
  const who = speaker?.name ?? 'Unknown speaker';
  // What readers see of the copy's Markdown: no ** or [](…) in the page, its title or its preview.
  const view = visibleTextOf(source, analysis.article.bodyStart);
  const seen = (start: number, end: number) => view.slice(start, end);
  const quoted = oneLine(seen(statement.start, statement.end));
  const title = `${who}: ${truncate(quoted, 90)}`;
  const description = `${words.label} by ${speakerWithRole(speaker)}${analysis.article.publishedDate ? `, ${dayInWords(analysis.article.publishedDate)}` : ''}: ${truncate(quoted, 200)}`;
  const ogTitle = `${who}: ${inQuotes(truncate(quoted, 110))}`;
  const raw = quoteContext(source, analysis.article.bodyStart, statement, statement.sentence, analysis.article.language);
  // quoteContext() gives source slices; each is placed back by its offsets and shown as the page shows it.
  const leadStart = statement.start - raw.lead.length;
  const tailEnd = statement.end + raw.tail.length;
  const beforeStart = raw.before ? source.lastIndexOf(raw.before, leadStart) : -1;
  const afterStart = raw.after ? source.indexOf(raw.after, tailEnd) : -1;
  const before = beforeStart >= 0 ? seen(beforeStart, beforeStart + raw.before.length).trim() : '';
  const lead = seen(leadStart, statement.start).trimStart();
  const passage = seen(statement.start, statement.end);
  const tail = seen(statement.end, tailEnd).trimEnd();
  const after = afterStart >= 0 ? seen(afterStart, afterStart + raw.after.length).trim() : '';
  const anchorHref = `${articleHref(article.id)}#${statement.id}`;
  const shareHref = `${articleHref(article.id)}${fragmentWithText(statement.id, quoted)}`;
  const permalink = absoluteUrl(quoteHref(statement.id), site);
  const affiliation = orgName(speaker?.affiliation ?? null);
  const speakerHref = speaker ? actorHref(speaker) : null;
  const t = escapeText;
  const a = escapeAttribute;

  let heading = speakerHref ? `<a href="${a(speakerHref)}" class="underline decoration-1 underline-offset-4">${t(who)}</a>` : t(who);
  if (speaker && speaker.type !== 'group' && (speaker.role || affiliation)) {
    heading += `<span class="block text-lg font-normal ${muted}">${t([speaker.role, affiliation !== speaker.name ? affiliation : null].filter(Boolean).join(', '))}</span>`;
  }
  if (speaker?.type === 'group') heading += `<span class="block text-lg font-normal ${muted}">Anonymous source${t(speaker.description ? `: ${speaker.description}` : '')}</span>`;

  const quote =
    (before ? `<span class="${muted}">${t(before)} </span>` : '') +
    t(lead) +
    `<mark class="st st-${statement.kind}">${t(passage)}</mark>` +
    t(tail) +
    (after ? `<span class="${muted}"> ${t(after)}</span>` : '');
  const from =
    `From <a href="${a(anchorHref)}" class="${link}">${t(analysis.article.title ?? article.id)}</a>` +
    (analysis.article.source.name !== 'unknown' ? `, ${t(analysis.article.source.name)}` : '') +
    (analysis.article.publishedDate ? `, <time datetime="${a(analysis.article.publishedDate)}">${t(dayInWords(analysis.article.publishedDate))}</time>` : '') +
    '.';
  const details =
    `<dt class="${muted}">Kind</dt><dd class="m-0">${t(words.description)}</dd>` +
    `<dt class="${muted}">Cue</dt><dd class="m-0">${t(statement.cue ? `“${statement.cue}”` : 'none printed')}</dd>` +
    (statement.occasion ? `<dt class="${muted}">Occasion</dt><dd class="m-0">${t(statement.occasion)}</dd>` : '');
  // The "Copy link" button is src/components/CopyLinkButton.astro's markup: hidden until the script finds a clipboard.
  const links =
    `<a href="${a(anchorHref)}" class="back-link ${link}">Read it in the article</a>` +
    `<span>Permalink: <a href="${a(quoteHref(statement.id))}" class="break-all ${link}">${t(permalink)}</a>` +
    `<button type="button" class="copy-link cursor-pointer rounded border border-[var(--rule)] px-2 py-0.5 text-xs hover:border-[var(--ink)]" data-copy="${a(permalink)}" hidden>Copy link</button><span class="copy-status sr-only" role="status"></span></span>` +
    `<span>Share link that highlights the words: <a href="${a(shareHref)}" class="share-link break-all ${link}">${t(absoluteUrl(shareHref, site))}</a></span>`;
  // Search finds quotes through the article pages' index (their statement anchors), so these pages stay out of it.
  const main =
    `<article class="mx-auto max-w-2xl">` +
    `<p class="m-0 font-sans text-sm font-semibold tracking-wide ${muted} uppercase">${t(words.label)}</p>` +
    `<h1 class="mt-2 mb-4 font-serif text-2xl leading-snug font-semibold sm:text-3xl">${heading}</h1>` +
    `<figure class="m-0"><blockquote class="copy m-0 border-l-4 py-1 pl-4 quote-kind-${statement.kind}"><p class="m-0">${quote}</p></blockquote>` +
    `<figcaption class="mt-3 font-sans text-sm ${muted}">${from}</figcaption></figure>` +
    `<dl class="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 font-sans text-sm">${details}</dl>` +
    `<nav aria-label="Links for this quote" class="mt-6 flex flex-col gap-2 font-sans text-sm">${links}</nav>` +
    `</article>`;

  return {
    id: statement.id,
    lang: analysis.article.language,
    title,
    description,
    ogTitle,
    jsonLd: serializeJsonLd(quotationJsonLd(statement, analysis, { site })),
    main,
  };
}
