import { CreateAccounts1795250000000 } from './1795250000000-CreateAccounts';
import { CreateForum1795260000000 } from './1795260000000-CreateForum';
import { CreateNotifications1795270000000 } from './1795270000000-CreateNotifications';
import { AddForumSuspensions1795280000000 } from './1795280000000-AddForumSuspensions';
import { HoldForumEditsAndCountPublished1795285000000 } from './1795285000000-HoldForumEditsAndCountPublished';
import { CreateEvents1795300000000 } from './1795300000000-CreateEvents';
import { CreateConsultations1795310000000 } from './1795310000000-CreateConsultations';
import { CreateDirectory1795320000000 } from './1795320000000-CreateDirectory';
import { CreateLearning1795330000000 } from './1795330000000-CreateLearning';
import { CreateFellowsAndResources1795340000000 } from './1795340000000-CreateFellowsAndResources';
import { AddMailAttachments1795365000000 } from './1795365000000-AddMailAttachments';
import { AddCourseProducts1795370000000 } from './1795370000000-AddCourseProducts';

/** Every migration in order. Listed explicitly so compiled and test runs load the same set. */
export const MIGRATIONS = [CreateAccounts1795250000000, CreateForum1795260000000, CreateNotifications1795270000000, AddForumSuspensions1795280000000, HoldForumEditsAndCountPublished1795285000000, CreateEvents1795300000000, CreateConsultations1795310000000, CreateDirectory1795320000000, CreateLearning1795330000000, CreateFellowsAndResources1795340000000, AddMailAttachments1795365000000, AddCourseProducts1795370000000];
