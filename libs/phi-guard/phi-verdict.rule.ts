import type { PhiFinding, PhiVerdict } from './phi-finding.types';

/** What the server does with a post: any high finding → 'hold' for a moderator, any low → 'confirm', none → 'clear'. */
export function phiVerdict(findings: readonly PhiFinding[]): PhiVerdict {
  if (findings.some((finding) => finding.confidence === 'high')) return 'hold';
  return findings.length > 0 ? 'confirm' : 'clear';
}
