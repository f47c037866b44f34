import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { OrganizationsAdmin } from '../modules/admin/components/organizations-admin.component';
import { UsersAdmin } from '../modules/admin/components/users-admin.component';
import { BoardAdmin } from '../modules/board/components/board-admin.component';
import { Page } from '../ui/page.component';

type Tab = 'users' | 'organizations' | 'board';
const TABS: readonly Tab[] = ['users', 'organizations', 'board'];

/** Staff tools: people, organizations and the board. Loaded on demand (not part of the main bundle). */
export function AdminPage() {
  return (
    <RequireViewer staffOnly>
      {() => <AdminContent />}
    </RequireViewer>
  );
}

function AdminContent() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'users';
  return (
    <Page title="Admin" size="lg">
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'users' ? { tab: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="organizations">Organizations</Tabs.Tab>
          <Tabs.Tab value="board">Board</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="organizations" pt="md">
          <OrganizationsAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="board" pt="md">
          <BoardAdmin />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
