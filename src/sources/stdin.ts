import type { RawDoc } from './types.js';

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<RawDoc> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return { source: '-', bytes: Buffer.concat(chunks) };
}
