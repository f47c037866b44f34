import { Anchor, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { CertificateFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../ui/dates.util';

/** The holder's certificate: its code, the public verification page and the PDF. */
export function CertificateCard({ certificate }: { certificate: CertificateFieldsFragment }) {
  return (
    <Card withBorder padding="lg" bg="green.0">
      <Stack gap="xs">
        <Title order={2} size="h3">
          Your certificate
        </Title>
        <Text>
          {certificate.holderName} completed the {certificate.courseTitle} on {formatDate(certificate.issuedAt)}.
        </Text>
        <Text size="sm">
          Verification code <Code>{certificate.code}</Code>
        </Text>
        <Group gap="sm">
          <Button component="a" href={`/downloads/certificates/${encodeURIComponent(certificate.code)}`} download>
            Download the PDF
          </Button>
          <Anchor component={Link} to={`/certificates/${certificate.code}`}>
            Public verification page
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
