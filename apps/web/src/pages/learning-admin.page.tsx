import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router-dom';
import { RequireViewer } from '../modules/accounts/components/require-viewer.component';
import { CourseGrantsAdmin } from '../modules/learning/components/course-grants-admin.component';
import { CourseModulesAdmin } from '../modules/learning/components/course-modules-admin.component';
import { Page } from '../ui/page.component';

/** Staff: the certificate course's modules and quizzes, and who may study it besides premium members. */
export function LearningAdminPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'access' ? 'access' : 'modules';
  return (
    <RequireViewer staffOnly>
      {() => (
        <Page title="Course administration" intro="Premium members and staff need no grant. Purchases and Residency registrations appear under Access once the checkout adds them.">
          <Tabs value={tab} onChange={(value) => setParams(value === 'access' ? { tab: 'access' } : {}, { replace: true })} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="modules">Modules</Tabs.Tab>
              <Tabs.Tab value="access">Access</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="modules" pt="md">
              <CourseModulesAdmin />
            </Tabs.Panel>
            <Tabs.Panel value="access" pt="md">
              <CourseGrantsAdmin />
            </Tabs.Panel>
          </Tabs>
        </Page>
      )}
    </RequireViewer>
  );
}
