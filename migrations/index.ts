import { CreateAccounts1795250000000 } from './1795250000000-CreateAccounts';

/** Every migration in order. Listed explicitly so compiled and test runs load the same set. */
export const MIGRATIONS = [CreateAccounts1795250000000];
