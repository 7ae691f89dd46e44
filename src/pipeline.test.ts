import { describe, expect, it } from 'vitest';
import { loadShippedRules } from './engine/shipped.js';
import { scanDoc } from './pipeline.js';

const page = (body: string): Buffer => Buffer.from(`<!DOCTYPE html><html><head><title>Forum</title></head><body>${body}</body></html>`);
const rulesOf = async (body: string): Promise<string[]> => {
  const [scanned] = await scanDoc({ source: 'p.html', bytes: page(body), contentType: 'text/html' }, await loadShippedRules());
  return scanned!.result.hits.map((hit) => hit.rule);
};

describe('scanDoc: a page footer\'s fine print', () => {
  const notice = '<p>Beware of fraudsters: we will never ask for your password or PIN by text message.</p>';
  const lure = '<main><h1>Apply for your ESTA online</h1><p>Complete the form in 5 minutes. Processing fee $89.</p></main>';

  it('is no warning: the same notice counts as a warning cue in the post, not in the footer', async () => {
    const inPost = await rulesOf(`<main><p>Hello all.</p>${notice}</main>`);
    expect(inPost.filter((rule) => rule.includes('.warn.'))).not.toEqual([]);
    const inFooter = await rulesOf(`<main><p>Hello all.</p></main><footer>${notice}</footer>`);
    expect(inFooter.filter((rule) => rule.includes('.warn.'))).toEqual([]);
  });

  it('is evidence of a lure: a paid agency says in its footer what it is', async () => {
    const footer = '<footer><p>We are a private filing service and are not affiliated with any government agency.</p></footer>';
    expect(await rulesOf(lure)).not.toContain('en.pretext.paid-agency-for-official-form');
    expect(await rulesOf(lure + footer)).toContain('en.pretext.paid-agency-for-official-form');
  });
});
