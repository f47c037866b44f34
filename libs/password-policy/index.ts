export { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './check-password.rule';
export type { PasswordCheck, PasswordContext, PasswordProblem } from './check-password.rule';
export { isCommonPassword } from './password-weakness.rule';
export { COMMON_PASSWORDS } from './common-passwords.data';
