import { describe, expect, it } from 'vitest';
import { jsonDocumentPosts, jsonLinesPosts } from './json-posts.js';

describe('jsonLinesPosts', () => {
  it('reads one post a line, named file.jsonl:LINE', () => {
    const content = ['{"text":"천일 무료 이용권","title":"이벤트"}', '{"text":"second"}', '{"text":"third"}'].join('\n');
    expect([...jsonLinesPosts(content, 'posts.jsonl')]).toEqual([
      { source: 'posts.jsonl:1', text: '천일 무료 이용권', title: '이벤트' },
      { source: 'posts.jsonl:2', text: 'second', title: undefined },
      { source: 'posts.jsonl:3', text: 'third', title: undefined },
    ]);
  });

  it('reports a broken line as an error entry and still reads the lines after it', () => {
    const content = ['{"text":"one"}', '{"text": "two"', '{"text":"three"}'].join('\n');
    const posts = [...jsonLinesPosts(content, 'posts.jsonl')];
    expect(posts).toHaveLength(3);
    expect(posts[0]).toMatchObject({ source: 'posts.jsonl:1', text: 'one' });
    expect(posts[1]!.source).toBe('posts.jsonl:2');
    expect(posts[1]!.text).toBeUndefined();
    expect(posts[1]!.error).toMatchObject({ code: 'invalid-json' });
    expect(posts[1]!.error!.message.length).toBeGreaterThan(0);
    expect(posts[2]).toMatchObject({ source: 'posts.jsonl:3', text: 'three' });
  });

  it('skips blank lines but keeps counting them', () => {
    const content = '\n{"text":"a"}\n\n   \n{"text":"b"}\n';
    expect([...jsonLinesPosts(content, 'x.jsonl')].map((p) => [p.source, p.text])).toEqual([
      ['x.jsonl:2', 'a'],
      ['x.jsonl:5', 'b'],
    ]);
  });

  it('handles CRLF line ends and surrounding spaces', () => {
    const content = '{"text":"a"}\r\n  {"text":"b"}  \r\n';
    expect([...jsonLinesPosts(content, 'w.jsonl')].map((p) => [p.source, p.text])).toEqual([
      ['w.jsonl:1', 'a'],
      ['w.jsonl:2', 'b'],
    ]);
  });

  it('yields nothing for empty content', () => {
    expect([...jsonLinesPosts('', 'e.jsonl')]).toEqual([]);
    expect([...jsonLinesPosts('\n\n', 'e.jsonl')]).toEqual([]);
  });

  it('reads the text from another field (--text-field)', () => {
    const content = '{"body":"from body","text":"not this"}';
    expect([...jsonLinesPosts(content, 'p.jsonl', { textField: 'body' })]).toEqual([{ source: 'p.jsonl:1', text: 'from body', title: undefined }]);
  });

  it('reads a nested dotted field', () => {
    const content = ['{"post":{"content":{"text":"deep text"}}}', '{"post":{"content":"not an object"}}', '{"post":null}'].join('\n');
    const posts = [...jsonLinesPosts(content, 'n.jsonl', { textField: 'post.content.text' })];
    expect(posts[0]).toEqual({ source: 'n.jsonl:1', text: 'deep text', title: undefined });
    expect(posts[1]!.error).toMatchObject({ code: 'missing-text' });
    expect(posts[1]!.error!.message).toContain('post.content.text');
    expect(posts[2]!.error).toMatchObject({ code: 'missing-text' });
  });

  it('reports a record without a string text field', () => {
    const content = ['{"title":"no text"}', '{"text":42}', '{"text":null}'].join('\n');
    const posts = [...jsonLinesPosts(content, 'm.jsonl')];
    expect(posts.map((p) => p.error?.code)).toEqual(['missing-text', 'missing-text', 'missing-text']);
    expect(posts.map((p) => p.source)).toEqual(['m.jsonl:1', 'm.jsonl:2', 'm.jsonl:3']);
    expect(posts[0]!.error!.message).toContain('"text"');
  });

  it('appends the id field to the source', () => {
    const content = ['{"id":"post-17","text":"a"}', '{"id":42,"text":"b"}', '{"text":"no id"}', '{"id":null,"text":"null id"}'].join('\n');
    const posts = [...jsonLinesPosts(content, 'i.jsonl', { idField: 'id' })];
    expect(posts.map((p) => p.source)).toEqual(['i.jsonl:1 (post-17)', 'i.jsonl:2 (42)', 'i.jsonl:3', 'i.jsonl:4']);
  });

  it('appends a nested id field, even to a record that is an error', () => {
    const content = '{"meta":{"id":"abc"},"body":1}';
    const [post] = [...jsonLinesPosts(content, 'j.jsonl', { idField: 'meta.id', textField: 'body' })];
    expect(post!.source).toBe('j.jsonl:1 (abc)');
    expect(post!.error).toMatchObject({ code: 'missing-text' });
  });

  it('reports a line that is not an object', () => {
    const content = ['"just a string"', '[{"text":"in an array"}]', '42', 'null', '{"text":"ok"}'].join('\n');
    const posts = [...jsonLinesPosts(content, 'o.jsonl')];
    expect(posts.map((p) => p.error?.code)).toEqual(['not-an-object', 'not-an-object', 'not-an-object', 'not-an-object', undefined]);
    expect(posts[4]).toMatchObject({ source: 'o.jsonl:5', text: 'ok' });
  });

  it('ignores a title that is not a string', () => {
    const [post] = [...jsonLinesPosts('{"text":"t","title":{"a":1}}', 't.jsonl')];
    expect(post).toEqual({ source: 't.jsonl:1', text: 't', title: undefined });
  });

  it('is lazy: a generator that yields posts one at a time', () => {
    const posts = jsonLinesPosts('{"text":"a"}\n{"text":"b"}', 'g.jsonl');
    expect(posts.next().value).toMatchObject({ text: 'a' });
    expect(posts.next().value).toMatchObject({ text: 'b' });
    expect(posts.next().done).toBe(true);
  });
});

describe('jsonDocumentPosts', () => {
  it('reads an array of posts, named file.json#INDEX', () => {
    const content = JSON.stringify([{ text: 'first', title: 'T' }, { text: 'second' }, 'not an object', { body: 'no text' }]);
    const posts = [...jsonDocumentPosts(content, 'posts.json')];
    expect(posts).toHaveLength(4);
    expect(posts[0]).toEqual({ source: 'posts.json#0', text: 'first', title: 'T' });
    expect(posts[1]).toEqual({ source: 'posts.json#1', text: 'second', title: undefined });
    expect(posts[2]).toMatchObject({ source: 'posts.json#2', error: { code: 'not-an-object' } });
    expect(posts[3]).toMatchObject({ source: 'posts.json#3', error: { code: 'missing-text' } });
  });

  it('reads a single object as one post named after the file', () => {
    const posts = [...jsonDocumentPosts('{"text":"only post","id":"p1"}', 'one.json', { idField: 'id' })];
    expect(posts).toEqual([{ source: 'one.json (p1)', text: 'only post', title: undefined }]);
  });

  it('honours --text-field and a dotted path in an array', () => {
    const content = JSON.stringify([{ data: { message: 'm1' } }, { data: { message: 'm2' } }]);
    const posts = [...jsonDocumentPosts(content, 'a.json', { textField: 'data.message' })];
    expect(posts.map((p) => p.text)).toEqual(['m1', 'm2']);
  });

  it('reports invalid JSON as one error for the file', () => {
    const posts = [...jsonDocumentPosts('{"text": "unterminated', 'bad.json')];
    expect(posts).toHaveLength(1);
    expect(posts[0]!.source).toBe('bad.json');
    expect(posts[0]!.error).toMatchObject({ code: 'invalid-json' });
    expect(posts[0]!.text).toBeUndefined();
  });

  it('reports a top-level value that is not an object or array', () => {
    expect([...jsonDocumentPosts('"a string"', 's.json')]).toEqual([{ source: 's.json', error: expect.objectContaining({ code: 'not-an-object' }) }]);
    expect([...jsonDocumentPosts('null', 'n.json')][0]!.error!.code).toBe('not-an-object');
  });

  it('yields nothing for an empty array', () => {
    expect([...jsonDocumentPosts('[]', 'empty.json')]).toEqual([]);
  });
});
