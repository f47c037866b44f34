import { closeLeftoverApps } from './test-app';

jest.setTimeout(60_000);

// A file that forgets to close an app would leave its job workers taking the next files' jobs.
afterAll(async () => {
  const left = await closeLeftoverApps();
  if (left > 0) console.warn(`${expect.getState().testPath}: closed ${left} app(s) the file left running`);
});
