export { scanForPhi } from './scan-for-phi.rule';
export { phiVerdict } from './phi-verdict.rule';
export { PHI_KIND_LABELS } from './phi-kind-labels.data';
export type { PhiConfidence, PhiFinding, PhiKind, PhiVerdict } from './phi-finding.types';
