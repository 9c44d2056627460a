import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderReviewHtml } from '../../../electron/core/review/html';
import { REVIEW_SCRIPT } from '../../../electron/core/review/page/script';
import { HOSTILE, hostileBundle, sampleBundle } from '../../fixtures/reviewBundle';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = (html: string) => /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;

describe('renderReviewHtml', () => {
  it('allows exactly its own inline style and script, and nothing to load, connect or submit', () => {
    const html = renderReviewHtml(sampleBundle());
    const policy = csp(html);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => m[0].slice(0, m[0].indexOf('>') + 1))).toEqual(['<script type="application/json" id="review-data">', '<script>']);
    expect(scripts[1]![1]).toBe(REVIEW_SCRIPT);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src ${sha(REVIEW_SCRIPT)}`);
    expect(policy).toContain(`style-src ${sha(style)}`);
    expect(policy).toContain("form-action 'none'");
    expect(policy).not.toMatch(/unsafe|https?:/);
    // The only address in the page is the WhatsApp link the script opens on a click.
    expect([...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0])).toEqual(['https://wa.me/?text=']);
    expect(html).not.toMatch(/\s(src|href)="(?!data:image\/|#)/);
  });

  it('stays small: no fonts, thumbnails only', () => {
    const html = renderReviewHtml(sampleBundle());
    expect(html).not.toContain('@font-face');
    expect(Buffer.byteLength(html)).toBeLessThan(150_000);
  });

  it('carries each thumbnail only where it is shown: the mock-ups on screen, the copy blocks in the PDF', () => {
    const bundle = sampleBundle();
    const post = bundle.posts[0]!;
    const thumb = post.images[0]!.thumb!;
    const count = (html: string) => html.split(thumb).length - 1;
    // On screen: once in each platform's mock-up, not again in the hidden print blocks.
    expect(count(renderReviewHtml(bundle))).toBe(post.variants.length);
    // In the PDF: once beside the copy, and no mock-ups at all.
    const print = renderReviewHtml(bundle, { print: true });
    expect(count(print)).toBe(1);
    expect(print).not.toContain('class="screen-only previews"');
  });

  it('escapes every user text and drops anything that is not a picture', () => {
    const html = renderReviewHtml(hostileBundle());
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('onerror="');
    expect(html).not.toContain('data:image/svg');
    expect(html).not.toContain('javascript:alert(1)//<');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    // In the JSON block too: no way to close the script element early.
    const data = /<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toContain('<');
    expect(JSON.parse(data).posts[0].topic).toBe(HOSTILE.slice(0, 500));
    // The client colour is not a colour: the default is used, not the text.
    expect(html).not.toContain('--client:#f"');
  });

  it('prints from the same cards: the print variant has the bundled fonts and no script', () => {
    const html = renderReviewHtml(sampleBundle(), { print: true });
    expect(html).toContain('@font-face{font-family:"Rencana Inter"');
    expect(html).toContain('url(fonts/noto-color-emoji-');
    expect(csp(html)).toContain("script-src 'none'");
    expect(csp(html)).toContain("font-src 'self'");
    expect(html).not.toContain('<script');
    expect(html).toContain('Ringkasan jadwal');
    expect(html).toContain('Senin, 1 Februari 2027');
  });

  it('speaks the bundle’s language, English included', () => {
    const html = renderReviewHtml(sampleBundle({ language: 'en' }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Monday, 1 February 2027');
    expect(html).toContain('0 of 3 reviewed');
  });
});
