export { normalizeEmail } from './normalize-email.rule';
export { isPlausibleEmail } from './is-plausible-email.rule';
export { isUuid } from './is-uuid.rule';
