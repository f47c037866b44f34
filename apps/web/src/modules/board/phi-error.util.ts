import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { PhiFindingLike } from './components/phi-report.component';

function isFinding(value: unknown): value is PhiFindingLike {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  return typeof f.kind === 'string' && typeof f.text === 'string' && typeof f.start === 'number' && typeof f.end === 'number';
}

/**
 * The possible identifiers the API wants the author to confirm (`PHI_CONFIRMATION_REQUIRED`), or
 * null when the error is anything else.
 */
export function phiConfirmationFindings(error: unknown): PhiFindingLike[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
  if (extensions.reason !== 'PHI_CONFIRMATION_REQUIRED') return null;
  const findings = Array.isArray(extensions.phiFindings) ? extensions.phiFindings.filter(isFinding) : [];
  return findings.map((f) => ({ ...f, confidence: String(f.confidence ?? 'low'), reason: String(f.reason ?? '') }));
}
