import { detectorRegex } from '../patterns.js';
import type { Evidence } from '../types.js';
import type { FoundUrl } from '../urls.js';
import type { DetectorDefinition } from './types.js';

function hostMatches(url: FoundUrl, entries: readonly string[]): boolean {
  const address = `${url.host}${url.path}`;
  return entries.some((entry) => (entry.includes('/') ? address.startsWith(entry) : url.host === entry || url.domain === entry || url.host.endsWith(`.${entry}`)));
}

function testFromStart(regex: RegExp, text: string): boolean {
  regex.lastIndex = 0;
  return regex.test(text);
}

/**
 * Every web address of the post — in its text and in its link targets — checked against the
 * criteria of the rule: listed hosts (shorteners, messenger channels, app stores), a bare IP,
 * a punycode host, a public suffix often rented for throwaway sites, or a path.
 */
export const linkDetector: DetectorDefinition = {
  name: 'link',
  regexParams: ['path', 'host'],
  description: 'web addresses in the text and in link targets, by host, IP, punycode, suffix or path',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      hosts: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z0-9.-]+(?:/[^\\s]*)?$' }, description: 'hosts or registrable domains (a subdomain matches too), or host/path prefixes' },
      ip: { const: true, description: 'a bare IPv4 address as host' },
      punycode: { const: true, description: 'an internationalised (xn--) host' },
      suffixes: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z0-9.-]+$' }, description: 'public suffixes (top-level domains)' },
      path: { type: 'string', minLength: 1, description: 'regular expression on the path' },
      host: { type: 'string', minLength: 1, description: 'regular expression on the host (for official-looking labels on hosts that are not official)' },
      mail: { const: true, description: 'the domains of mail addresses in the text count as hosts too' },
    },
  },
  create(params, path, options = {}) {
    const hosts = (params.hosts as string[] | undefined) ?? [];
    const suffixes = new Set((params.suffixes as string[] | undefined) ?? []);
    const pathRegex = typeof params.path === 'string' ? detectorRegex(params.path, [...path, 'path'], options.trusted) : undefined;
    const hostRegex = typeof params.host === 'string' ? detectorRegex(params.host, [...path, 'host'], options.trusted) : undefined;
    const matches = (url: FoundUrl): boolean => {
      if (hosts.length > 0 && hostMatches(url, hosts)) return true;
      if (params.ip === true && url.isIp) return true;
      if (params.punycode === true && url.host.split('.').some((label) => label.startsWith('xn--'))) return true;
      if (url.suffix !== null && suffixes.has(url.suffix)) return true;
      if (pathRegex && testFromStart(pathRegex(), url.path)) return true;
      if (hostRegex && testFromStart(hostRegex(), url.host)) return true;
      return false;
    };
    return (ctx) => {
      const addresses = params.mail === true ? [...ctx.urls, ...ctx.mailDomains] : ctx.urls;
      const evidence: Evidence[] = addresses.filter(matches).map((url) => ctx.evidence(url.view, url.span));
      // a page read from a file leaves its own paths unresolved: only the path criterion reads them
      if (pathRegex) for (const { path, span } of ctx.sitePaths) if (testFromStart(pathRegex(), path)) evidence.push(ctx.evidence('links', span));
      return evidence.length > 0 ? evidence.slice(0, 5) : null;
    };
  },
};
