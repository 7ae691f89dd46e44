/**
 * Switches for the engine's shortcuts — the literal prefilter and the per-run memo of address
 * verdicts. They never change a result; turning them off gives the straightforward path that
 * `npm run bench` compares the fast one with, post by post.
 */
export const fastPaths = { enabled: true };

export function setFastPaths(enabled: boolean): void {
  fastPaths.enabled = enabled;
}
