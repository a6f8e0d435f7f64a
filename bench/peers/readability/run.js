// Readability.js over the development pages, for io.tearsheet.bench.extraction.HtmlEval (the peer in the same run).
//
//   node run.js MANIFEST OUT [--warm-passes N]
//
// MANIFEST lists one page file a line. For every page, OUT gets one JSON line with what Readability found (title,
// byline, published time, and the article's text one block a line, figure captions left out as in our own scoring),
// then one line per timed pass: {"pass":"cold"|"warm","pages":n,"seconds":s}. The cold pass is the first in this
// process; the warm passes repeat the pages after it. Only decoding, building the DOM and Readability's parse are
// timed; turning its result into text lines is not.
//
// Bytes are decoded as the Java harness decodes them (PageDecoding): UTF-8 when valid, else the charset the page
// declares in its first 4 KB, else windows-1252.
'use strict';

const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'td', 'th', 'tr', 'ul']);
const DECLARED = /charset\s*=\s*["']?([A-Za-z0-9_.:-]+)/i;

function decode(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (notUtf8) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const m = DECLARED.exec(head);
    if (m) {
      try {
        return new TextDecoder(m[1].toLowerCase()).decode(bytes);
      } catch (unknown) {
        // fall through to windows-1252
      }
    }
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const quiet = new VirtualConsole();

// Returns the window too: it must be closed once the article has been read, or jsdom keeps every page alive.
function parse(bytes) {
  const html = decode(bytes);
  const dom = new JSDOM(html, { virtualConsole: quiet });
  // the serializer returns the article's element itself, so no time goes into writing HTML that is read again
  return { window: dom.window, article: new Readability(dom.window.document, { serializer: el => el }).parse() };
}

function lines(element) {
  const out = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    line = '';
  };
  const walk = node => {
    if (node.nodeType === 3) {
      line += node.nodeValue;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.localName;
    if (tag === 'figcaption' || tag === 'script' || tag === 'style' || tag === 'noscript') return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  if (element) walk(element);
  flush();
  return out;
}

function main() {
  const args = process.argv.slice(2);
  if (args.length < 2) {
    console.error('usage: node run.js MANIFEST OUT [--warm-passes N]');
    process.exit(2);
  }
  const [manifest, outFile] = args;
  let warmPasses = 1;
  for (let i = 2; i < args.length; i++) {
    if (args[i] === '--warm-passes') warmPasses = parseInt(args[++i], 10);
  }
  const files = fs.readFileSync(manifest, 'utf8').split('\n').filter(s => s.length > 0);
  const pages = files.map(f => fs.readFileSync(f));
  const out = fs.openSync(outFile, 'w');
  let coldNanos = 0n;
  for (let i = 0; i < pages.length; i++) {
    const start = process.hrtime.bigint();
    let article = null;
    let window = null;
    let error = null;
    try {
      ({ window, article } = parse(pages[i]));
    } catch (e) {
      error = String(e && e.message || e).slice(0, 200);
    }
    const nanos = process.hrtime.bigint() - start;
    coldNanos += nanos;
    const record = {
      i,
      ok: article !== null,
      error,
      title: article ? article.title || null : null,
      byline: article ? article.byline || null : null,
      published: article ? article.publishedTime || null : null,
      blocks: article ? lines(article.content) : [],
      ms: Number(nanos) / 1e6,
    };
    fs.writeSync(out, JSON.stringify(record) + '\n');
    if (window) window.close();
    if ((i + 1) % 200 === 0) console.error(`readability: ${i + 1} / ${pages.length} pages (cold)`);
  }
  fs.writeSync(out, JSON.stringify({ pass: 'cold', pages: pages.length, seconds: Number(coldNanos) / 1e9 }) + '\n');
  for (let p = 0; p < warmPasses; p++) {
    let nanos = 0n;
    for (let i = 0; i < pages.length; i++) {
      const start = process.hrtime.bigint();
      let window = null;
      try {
        ({ window } = parse(pages[i]));
      } catch (e) {
        // counted as time spent, as in the cold pass
      }
      nanos += process.hrtime.bigint() - start;
      if (window) window.close();
    }
    fs.writeSync(out, JSON.stringify({ pass: 'warm', pages: pages.length, seconds: Number(nanos) / 1e9 }) + '\n');
  }
  fs.closeSync(out);
}

main();
