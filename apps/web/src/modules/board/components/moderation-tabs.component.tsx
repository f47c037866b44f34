import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { ModerationFlags } from './moderation-flags.component';
import { ModerationQueue } from './moderation-queue.component';

type Tab = 'held' | 'flagged';

/** /moderation: posts held for review, and posts members flagged (`?tab=flagged`). */
export function ModerationTabs({ timeZone }: { timeZone?: string }) {
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'flagged' ? 'flagged' : 'held';
  return (
    <Tabs value={tab} onChange={(value) => setParams(value === 'flagged' ? { tab: 'flagged' } : {}, { replace: true })} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="held">Held posts</Tabs.Tab>
        <Tabs.Tab value="flagged">Flagged</Tabs.Tab>
      </Tabs.List>
      {/* Only the open tab is mounted, so the held queue's keyboard shortcuts work on that tab alone. */}
      <Tabs.Panel value="held" pt="md">
        <ModerationQueue timeZone={timeZone} />
      </Tabs.Panel>
      <Tabs.Panel value="flagged" pt="md">
        <ModerationFlags timeZone={timeZone} />
      </Tabs.Panel>
    </Tabs>
  );
}
