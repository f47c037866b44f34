import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { CERTIFICATE_COURSE_SLUG } from '@confer/libs/learning';
import { Link } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { CertificateCard } from '../modules/learning/components/certificate-card.component';
import { CourseInvitation } from '../modules/learning/components/course-invitation.component';
import { CourseOutline } from '../modules/learning/components/course-outline.component';
import { CourseProgressCard } from '../modules/learning/components/course-progress-card.component';
import { courseProductQuery, courseQuery } from '../modules/learning/graphql/learning.graphql';
import { ACCESS_VIA_LABELS } from '../modules/learning/learning-labels.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** The Social for Healthcare Certificate: progress and where to continue, the outline, the certificate. */
export function LearningPage() {
  const { isStaff } = useViewer();
  const { data, loading, error } = useQuery(courseQuery, { variables: { slug: CERTIFICATE_COURSE_SLUG }, fetchPolicy: 'cache-and-network' });
  const course = data?.course;
  // What to buy, only while the course is closed to this viewer.
  const product = useQuery(courseProductQuery, { variables: { courseSlug: CERTIFICATE_COURSE_SLUG }, skip: !course || course.access.canStudy });
  const productId = product.data?.courseProduct?.id;
  if (loading && !course) return <Loading label="Loading the course" />;
  if (!course) {
    return (
      <Page title="Learning">
        <ErrorAlert>{error ? toApiError(error).message : 'The course is not available.'}</ErrorAlert>
      </Page>
    );
  }
  const { access, progress } = course;
  const resumeTitle = course.modules.find((m) => m.slug === progress?.resumeModuleSlug)?.title ?? null;
  return (
    <Page title={course.title} intro={course.summary}>
      <Text size="sm" c="dimmed">
        {course.modules.length} modules · about {Math.round(course.totalMinutes / 5) * 5} minutes in all · take them in any order
      </Text>
      {course.certificate ? <CertificateCard certificate={course.certificate} /> : null}
      {access.canStudy && progress && access.via ? (
        <CourseProgressCard progress={progress} viaLabel={ACCESS_VIA_LABELS[access.via]} resumeTitle={resumeTitle} />
      ) : (
        <CourseInvitation
          missing={access.missing}
          priceCents={product.data?.courseProduct?.listPriceCents ?? course.priceCents}
          buyTo={productId ? `/checkout/${productId}?course=${CERTIFICATE_COURSE_SLUG}` : null}
        />
      )}
      <Stack gap="sm">
        <Title order={2} size="h3">
          Modules
        </Title>
        <CourseOutline modules={course.modules} canStudy={access.canStudy} />
      </Stack>
      <Group gap="md">
        <Anchor component={Link} to="/certificates" size="sm">
          Check a certificate
        </Anchor>
        {isStaff ? (
          <Anchor component={Link} to="/learning/admin" size="sm">
            Course administration
          </Anchor>
        ) : null}
      </Group>
    </Page>
  );
}
