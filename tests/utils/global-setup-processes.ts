import { ensureApiBuilt } from './api-process';
import globalSetup from './global-setup';

/** The integration setup (one fresh database) plus a current build of the API the processes run. */
export default async function globalSetupProcesses(): Promise<void> {
  ensureApiBuilt();
  await globalSetup();
}
