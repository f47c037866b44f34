import { normalizeDomain } from '@confer/libs/membership';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { dateInputToIso, todayInputValue } from '../../../ui/dates.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { createOrganizationMutation } from '../graphql/admin-organizations.graphql';

const FIELDS = ['name', 'membershipStartsAt', 'membershipEndsAt', 'domains'] as const;

export function CreateOrganizationForm() {
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState(todayInputValue);
  const [endsOn, setEndsOn] = useState('');
  const [domainsText, setDomainsText] = useState('');
  const [create, { loading }] = useMutation(createOrganizationMutation, { refetchQueries: ['AdminOrganizations'] });
  const errors = useApiError(FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const membershipStartsAt = dateInputToIso(startsOn);
    const membershipEndsAt = endsOn ? dateInputToIso(endsOn) : null;
    const rawDomains = domainsText.split(/[\s,;]+/).map((d) => d.replace(/^@/, '')).filter(Boolean);
    const domains = rawDomains.map(normalizeDomain);
    if (name.trim().length === 0) local.name = 'Enter the organization’s name.';
    if (!membershipStartsAt) local.membershipStartsAt = 'Choose a start date.';
    if (endsOn && !membershipEndsAt) local.membershipEndsAt = 'Choose a valid end date, or leave it empty.';
    if (membershipStartsAt && membershipEndsAt && membershipEndsAt <= membershipStartsAt) {
      local.membershipEndsAt = 'The end date must be after the start date.';
    }
    const badDomain = rawDomains.find((_d, i) => domains[i] === null);
    if (badDomain) local.domains = `“${badDomain}” is not a domain like hospital.org.`;
    if (Object.keys(local).length > 0 || !membershipStartsAt) {
      errors.setFieldErrors(local);
      return;
    }
    errors.clear();
    try {
      await create({
        variables: {
          input: {
            name: name.trim(),
            membershipStartsAt,
            membershipEndsAt,
            domains: [...new Set(domains.filter((d): d is string => d !== null))],
          },
        },
      });
      setName('');
      setEndsOn('');
      setDomainsText('');
      notifications.show({ color: 'green', message: 'Organization created.' });
    } catch (thrown) {
      errors.capture(thrown);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Create organization">
      <Stack gap="sm">
        {errors.alertMessage ? <ErrorAlert title="Not created">{errors.alertMessage}</ErrorAlert> : null}
        <TextInput
          label="Organization name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.fieldError('name')}
          required
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label="Membership start date"
            value={startsOn}
            onChange={(e) => setStartsOn(e.currentTarget.value)}
            error={errors.fieldError('membershipStartsAt')}
            required
            miw={150}
          />
          <TextInput
            type="date"
            label="Membership end date"
            description="Empty: no end. Ends at the start of this day."
            value={endsOn}
            onChange={(e) => setEndsOn(e.currentTarget.value)}
            error={errors.fieldError('membershipEndsAt')}
            miw={150}
          />
        </Group>
        <TextInput
          label="Domains"
          description="Separated by commas, e.g. mayo.edu, mayoclinic.org. Approved at once."
          value={domainsText}
          onChange={(e) => setDomainsText(e.currentTarget.value)}
          error={errors.fieldError('domains')}
          autoCapitalize="none"
          spellCheck={false}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Create organization
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
