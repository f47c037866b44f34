import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { OrganizationsAdmin } from '../modules/admin/components/organizations-admin.component';
import { UsersAdmin } from '../modules/admin/components/users-admin.component';
import { Page } from '../ui/page.component';

type Tab = 'users' | 'organizations';

/** Staff tools: people and organizations. Loaded on demand (not part of the main bundle). */
export function AdminPage() {
  return (
    <RequireViewer staffOnly>
      {() => <AdminContent />}
    </RequireViewer>
  );
}

function AdminContent() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'organizations' ? 'organizations' : 'users';
  return (
    <Page title="Admin" size="lg">
      <Tabs
        value={tab}
        onChange={(value) => setParams(value === 'organizations' ? { tab: 'organizations' } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="users">Users</Tabs.Tab>
          <Tabs.Tab value="organizations">Organizations</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="md">
          <UsersAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="organizations" pt="md">
          <OrganizationsAdmin />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
