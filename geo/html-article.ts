// The article in a saved web page: its text as blocks separated by blank lines, and the metadata
// the page declares about itself. A readability-like heuristic, kept small and generic: the main
// content is an <article> or the element whose paragraphs hold the most text, and inside it
// everything that is page machinery (scripts, navigation, forms, share and related-link boxes) is
// left out. htmlparser2 is used because it runs unchanged in Node and in the browser.

import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];
type HtmlText = Extract<HtmlNode, { type: typeof ElementType.Text }>;

// Type guards of our own: domutils 4 no longer exports isTag/isText. <script> and <style> are
// elements too, with their own node types.
function isElement(node: unknown): node is HtmlElement {
  const type = (node as { type?: unknown } | null)?.type;
  return type === ElementType.Tag || type === ElementType.Script || type === ElementType.Style;
}

function isText(node: HtmlNode): node is HtmlText {
  return node.type === ElementType.Text;
}

export interface HtmlArticle {
  /** The article text, blocks joined by blank lines; '' when the page has no article text. */
  text: string;
  title: string | null;
  outlet: string | null;
  /** The publication date exactly as the page gives it (the caller normalises it). */
  published: string | null;
  url: string | null;
}

/** Never content, wherever they are. <footer> is here too: inside an article it holds tags,
 * share buttons and related links, not reporting. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'button', 'select', 'textarea',
  'input', 'label', 'iframe', 'svg', 'canvas', 'object', 'embed', 'audio', 'video', 'menu', 'dialog',
  'footer', 'head',
]);

/** ARIA landmarks that mark the same machinery when sites use <div>s. */
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu']);

/** class/id words of boxes that sit inside articles but are not the article. Whole words only
 * (split on spaces, '-' and '_'), so "shared-story" is not "share" but "share-tools" is. */
const DROPPED_CLASS_WORDS = new Set([
  'related', 'share', 'sharing', 'social', 'newsletter', 'comments', 'comment', 'cookie', 'cookies',
  'consent', 'advert', 'advertisement', 'ad', 'ads', 'promo', 'subscribe', 'subscription', 'sidebar',
  'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'recommended', 'trending', 'outbrain', 'taboola',
]);

/** Elements that start and end a block of text. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul',
  'ol', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
  'caption', 'hr', 'address', 'details', 'summary', 'center', 'body',
]);

/** Containers that are dropped when nearly all their text is link text (lists of related links
 * without a telling class name). */
const LINK_LIST_TAGS = new Set(['ul', 'ol', 'div', 'section', 'table']);
const LINK_DENSITY_LIMIT = 0.75;

function attr(el: HtmlElement, name: string): string | null {
  const value = el.attribs[name];
  return value === undefined ? null : value;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function textOf(node: HtmlNode | HtmlNode[]): string {
  return collapse(DomUtils.textContent(node));
}

function hasAncestor(el: HtmlElement, test: (a: HtmlElement) => boolean): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p) && test(p)) return true;
  return false;
}

/** Dropped by what the element is (tag, role, hidden), whatever its place on the page. A page
 * <header> is dropped; an article's own <header> (headline, standfirst) is kept. */
function isMachinery(el: HtmlElement): boolean {
  if (DROPPED_TAGS.has(el.name)) return true;
  if (el.name === 'header' && !hasAncestor(el, (a) => a.name === 'article')) return true;
  const role = attr(el, 'role');
  if (role && DROPPED_ROLES.has(role.toLowerCase())) return true;
  if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return true;
  return /display\s*:\s*none/i.test(attr(el, 'style') ?? '');
}

function classWords(el: HtmlElement): string[] {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.toLowerCase().split(/[\s_-]+/).filter(Boolean);
}

function isLinkList(el: HtmlElement): boolean {
  if (!LINK_LIST_TAGS.has(el.name)) return false;
  const total = textOf(el).length;
  if (total === 0) return false;
  const links = DomUtils.findAll((a) => a.name === 'a', el.children).reduce((n, a) => n + textOf(a).length, 0);
  return links / total >= LINK_DENSITY_LIMIT;
}

/** Dropped inside the chosen content: machinery, plus boxes known by class name or link density.
 * The class and link tests are not applied to the content root or its ancestors, so an article
 * with class "story has-comments" is not thrown away whole. */
function isDroppedInside(el: HtmlElement): boolean {
  return isMachinery(el) || classWords(el).some((w) => DROPPED_CLASS_WORDS.has(w)) || isLinkList(el);
}

function inMachinery(el: HtmlElement): boolean {
  return isMachinery(el) || hasAncestor(el, isMachinery);
}

/** Length of the paragraph text under an element, machinery excluded. */
function paragraphText(root: HtmlElement): number {
  return DomUtils.findAll((p) => p.name === 'p', root.children)
    .filter((p) => !inMachinery(p))
    .reduce((n, p) => n + textOf(p).length, 0);
}

/** The element holding the article: the <article> with the most paragraph text, unless some
 * other element's paragraphs clearly outweigh it (pages mark teaser cards as <article> too);
 * else the element whose paragraphs hold the most text, where, as in readability, a paragraph
 * counts fully for its parent and less for each ancestor above (1/2, 1/6, 1/9), so the wrapper
 * of many paragraphs each in its own <div> still wins over any single one; else <main>. */
const ANCESTOR_WEIGHTS = [1, 1 / 2, 1 / 6, 1 / 9];

function contentRoot(doc: HtmlDocument): HtmlElement | null {
  const scores = new Map<HtmlElement, number>();
  for (const p of DomUtils.findAll((e) => e.name === 'p', doc.children)) {
    if (inMachinery(p)) continue;
    const length = textOf(p).length;
    if (length === 0) continue;
    let ancestor = p.parent;
    for (const weight of ANCESTOR_WEIGHTS) {
      if (!isElement(ancestor)) break;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + length * weight);
      ancestor = ancestor.parent;
    }
  }
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) [best, bestScore] = [el, score];
  }

  let bestArticle: HtmlElement | null = null;
  let bestArticleText = 0;
  for (const article of DomUtils.findAll((e) => e.name === 'article', doc.children)) {
    if (inMachinery(article)) continue;
    const text = paragraphText(article);
    if (text > bestArticleText) [bestArticle, bestArticleText] = [article, text];
  }
  if (bestArticle && bestArticleText >= bestScore / 2) return bestArticle;
  if (best) return best;
  return DomUtils.findOne((e) => (e.name === 'article' || e.name === 'main' || attr(e, 'role') === 'main') && !inMachinery(e), doc.children);
}

/** The text under root as blocks: block elements start and end a block, inline text joins, <br>
 * is a line break, <pre> keeps its whitespace. Entities are already decoded by the parser. */
function blocksOf(root: HtmlElement): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const block = current.replace(/ *\n */g, '\n').replace(/ {2,}/g, ' ').trim();
    if (block) blocks.push(block);
    current = '';
  };
  const walk = (node: HtmlNode, inPre: boolean): void => {
    if (isText(node)) {
      current += inPre ? node.data : node.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node)) return; // comments, CDATA, processing instructions
    if (node !== root && isDroppedInside(node)) return;
    if (node.name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    if (node.name === 'pre') {
      blocks.push(DomUtils.textContent(node).replace(/^\n|\s+$/g, ''));
      return;
    }
    for (const child of node.children) walk(child, inPre);
    if (block) flush();
  };
  walk(root, false);
  return blocks.filter((b) => b.trim() !== '');
}

function meta(doc: HtmlDocument, key: string): string | null {
  const el = DomUtils.findOne(
    (e) => e.name === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key) && !!attr(e, 'content')?.trim(),
    doc.children,
  );
  return el ? collapse(attr(el, 'content') ?? '') : null;
}

interface JsonLdFacts {
  datePublished: string | null;
  headline: string | null;
  publisher: string | null;
}

/** First datePublished / headline / publisher name anywhere in the page's JSON-LD blocks
 * (objects, arrays, @graph). A block that is not valid JSON is ignored: it is optional metadata. */
function jsonLd(doc: HtmlDocument): JsonLdFacts {
  const facts: JsonLdFacts = { datePublished: null, headline: null, publisher: null };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const obj = value as Record<string, unknown>;
    if (!facts.datePublished && typeof obj.datePublished === 'string') facts.datePublished = obj.datePublished.trim();
    if (!facts.headline && typeof obj.headline === 'string') facts.headline = collapse(obj.headline);
    const publisher = obj.publisher as Record<string, unknown> | undefined;
    if (!facts.publisher && publisher && typeof publisher.name === 'string') facts.publisher = collapse(publisher.name);
    for (const child of Object.values(obj)) visit(child, depth + 1);
  };
  const scripts = DomUtils.findAll(
    (e) => e.name === 'script' && (attr(e, 'type') ?? '').toLowerCase().trim() === 'application/ld+json',
    doc.children,
  );
  for (const script of scripts) {
    try {
      visit(JSON.parse(DomUtils.textContent(script)), 0);
    } catch {
      // Broken JSON-LD is common and costs only metadata; the article is still read.
    }
  }
  return facts;
}

function firstNonEmpty(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (v && v.trim()) return v.trim();
  return null;
}

/** Reads the article and its metadata out of an HTML page. Never throws on any input. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const doc = parseDocument(html);
  const root = contentRoot(doc);
  const text = root ? blocksOf(root).join('\n\n') : '';

  const ld = jsonLd(doc);
  const titleEl = DomUtils.findOne((e) => e.name === 'title', doc.children);
  const h1 = root ? DomUtils.findOne((e) => e.name === 'h1', root.children) : null;
  const timeEl = DomUtils.findOne((e) => e.name === 'time' && !!attr(e, 'datetime')?.trim(), root ? [root] : doc.children)
    ?? DomUtils.findOne((e) => e.name === 'time' && !!attr(e, 'datetime')?.trim(), doc.children);
  const canonical = DomUtils.findOne(
    (e) => e.name === 'link' && (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical') && !!attr(e, 'href')?.trim(),
    doc.children,
  );

  return {
    text,
    title: firstNonEmpty(meta(doc, 'og:title'), titleEl ? textOf(titleEl) : null, ld.headline, h1 ? textOf(h1) : null),
    outlet: firstNonEmpty(meta(doc, 'og:site_name'), ld.publisher),
    published: firstNonEmpty(meta(doc, 'article:published_time'), ld.datePublished, timeEl ? attr(timeEl, 'datetime') : null),
    url: firstNonEmpty(canonical ? attr(canonical, 'href') : null, meta(doc, 'og:url')),
  };
}
