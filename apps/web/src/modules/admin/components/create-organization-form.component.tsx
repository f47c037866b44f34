import { normalizeDomain } from '@confer/libs/membership';
import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { DateRangeFields } from '../../../ui/date-range-fields.component';
import { parseDateRange, todayInputValue } from '../../../ui/dates.util';
import { FormShell } from '../../../ui/form-shell.component';
import { createOrganizationMutation } from '../graphql/admin-organizations.graphql';

const FIELDS = ['name', 'membershipStartsAt', 'membershipEndsAt', 'domains'] as const;

export function CreateOrganizationForm() {
  const [name, setName] = useState('');
  const [dates, setDates] = useState(() => ({ startsOn: todayInputValue(), endsOn: '' }));
  const [domainsText, setDomainsText] = useState('');
  const [create, { loading }] = useMutation(createOrganizationMutation, { refetchQueries: ['AdminOrganizations'] });
  const errors = useApiError(FIELDS);
  const range = parseDateRange(dates);
  const rawDomains = domainsText.split(/[\s,;]+/).map((d) => d.replace(/^@/, '')).filter(Boolean);
  const domains = rawDomains.map(normalizeDomain);
  const badDomain = rawDomains.find((_d, i) => domains[i] === null);

  const onSubmit = errors.handleSubmit(
    () => ({
      name: name.trim().length === 0 && 'Enter the organization’s name.',
      membershipStartsAt: range.startError,
      membershipEndsAt: range.endError,
      domains: badDomain && `“${badDomain}” is not a domain like hospital.org.`,
    }),
    async () => {
      if (!range.startsAt) return; // Ruled out by the checks.
      await create({
        variables: {
          input: {
            name: name.trim(),
            membershipStartsAt: range.startsAt,
            membershipEndsAt: range.endsAt,
            domains: [...new Set(domains.filter((d): d is string => d !== null))],
          },
        },
      });
      setName('');
      setDates((current) => ({ ...current, endsOn: '' }));
      setDomainsText('');
      notifications.show({ color: 'green', message: 'Organization created.' });
    },
  );

  return (
    <FormShell
      label="Create organization"
      onSubmit={onSubmit}
      alertMessage={errors.alertMessage}
      alertTitle="Not created"
      submitLabel="Create organization"
      loading={loading}
      gap="sm"
    >
      <TextInput
        label="Organization name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.fieldError('name')}
        required
      />
      <DateRangeFields
        value={dates}
        onChange={setDates}
        startLabel="Membership start date"
        endLabel="Membership end date"
        startError={errors.fieldError('membershipStartsAt')}
        endError={errors.fieldError('membershipEndsAt')}
      />
      <TextInput
        label="Domains"
        description="Separated by commas, e.g. mayo.edu, mayoclinic.org. Approved at once."
        value={domainsText}
        onChange={(e) => setDomainsText(e.currentTarget.value)}
        error={errors.fieldError('domains')}
        autoCapitalize="none"
        spellCheck={false}
      />
    </FormShell>
  );
}
