export { normalizeEmail } from './normalize-email.rule';
export { isPlausibleEmail } from './is-plausible-email.rule';
