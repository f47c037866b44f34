import { useQuery } from '@apollo/client/react';
import { Button, Card, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { normalizeVerificationCode } from '@confer/libs/learning';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { toApiError } from '../apollo/api-error.util';
import { verifyCertificateQuery } from '../modules/learning/graphql/learning.graphql';
import { GOOD_TEXT } from '../modules/learning/learning-labels.util';
import { formatDate } from '../ui/dates.util';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/**
 * Public certificate verification: the holder's name, the course and the date — nothing else. The
 * PDF is not offered here; it is for its holder.
 */
export function CertificatePage() {
  const { code = '' } = useParams();
  return (
    <Page title="Verify a certificate" intro="Check a Social for Healthcare Certificate by its verification code.">
      <VerifyForm initial={code} />
      {code ? <Verification code={code} /> : null}
    </Page>
  );
}

function VerifyForm({ initial }: { initial: string }) {
  const navigate = useNavigate();
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeVerificationCode(value);
    if (!code) {
      setProblem('A verification code looks like SFHC-XXXXX-XXXXX-XXXXX-XXXXX.');
      return;
    }
    setProblem(null);
    navigate(`/certificates/${code}`);
  };
  return (
    <form onSubmit={onSubmit} aria-label="Verify a certificate" noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Verification code"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={problem}
          autoComplete="off"
          spellCheck={false}
          style={{ flex: '1 1 16rem' }}
          maxLength={64}
        />
        <Button type="submit">Verify</Button>
      </Group>
    </form>
  );
}

function Verification({ code }: { code: string }) {
  const { data, loading, error } = useQuery(verifyCertificateQuery, { variables: { code } });
  if (loading) return <Loading label="Checking the certificate" />;
  if (error || !data) {
    const e = error ? toApiError(error) : null;
    return (
      <ErrorAlert title={e?.code === 'NOT_FOUND' ? 'Not a valid certificate' : 'Could not check this code'}>
        {e?.message ?? 'Please try again.'}
      </ErrorAlert>
    );
  }
  const c = data.verifyCertificate;
  return (
    <Card withBorder padding="lg" component="section" aria-label="Certificate">
      <Stack gap="xs">
        <Text fw={700} fz="lg" c={GOOD_TEXT} role="status">
          Valid certificate
        </Text>
        <Text>
          <strong>{c.holderName}</strong> completed the <strong>{c.courseTitle}</strong> on {formatDate(c.issuedAt)}.
        </Text>
        <Text size="sm" c="dimmed">
          Verification code <Code>{c.code}</Code>
        </Text>
      </Stack>
    </Card>
  );
}
