export { ROLES, isRole } from './roles';
export type { Role } from './roles';
