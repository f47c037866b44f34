import { CreateAccounts1795250000000 } from './1795250000000-CreateAccounts';
import { CreateForum1795260000000 } from './1795260000000-CreateForum';
import { CreateNotifications1795270000000 } from './1795270000000-CreateNotifications';
import { AddForumSuspensions1795280000000 } from './1795280000000-AddForumSuspensions';

/** Every migration in order. Listed explicitly so compiled and test runs load the same set. */
export const MIGRATIONS = [CreateAccounts1795250000000, CreateForum1795260000000, CreateNotifications1795270000000, AddForumSuspensions1795280000000];
