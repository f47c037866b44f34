import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkSubmission, countryOptions, PLATFORM_INFO, SUBMISSION_LIMITS } from '@confer/libs/directory';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { DirectoryListingInput, DirectoryOrganizationType, DirectoryPlatform } from '../../../gql/graphql';
import { FormShell } from '../../../ui/form-shell.component';
import { fromPlatformEnum, fromTypeEnum, PLATFORM_OPTIONS, TYPE_OPTIONS } from '../directory-labels.util';

export interface ListingFormValues extends DirectoryListingInput {
  submitterEmail?: string;
}

interface ListingFormProps {
  label: string;
  submitLabel: string;
  initial?: Partial<DirectoryListingInput>;
  /** New submissions ask for the submitter's email; updates already know it. */
  askEmail?: boolean;
  onSubmit: (values: ListingFormValues) => Promise<unknown>;
}

interface AccountRow {
  key: number;
  platform: DirectoryPlatform | null;
  url: string;
}

let nextKey = 1;

/**
 * The listing's fields, checked in the browser with the same rule the server runs
 * (libs/directory checkSubmission), so mistakes show next to the field before sending.
 */
export function ListingForm({ label, submitLabel, initial, askEmail = false, onSubmit }: ListingFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [type, setType] = useState<DirectoryOrganizationType | null>(initial?.type ?? null);
  const [countryCode, setCountryCode] = useState<string | null>(initial?.countryCode ?? null);
  const [region, setRegion] = useState(initial?.region ?? '');
  const [city, setCity] = useState(initial?.city ?? '');
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [email, setEmail] = useState('');
  const [accounts, setAccounts] = useState<AccountRow[]>(
    initial?.accounts?.length ? initial.accounts.map((a) => ({ key: nextKey++, platform: a.platform, url: a.url })) : [{ key: nextKey++, platform: null, url: '' }],
  );
  const [busy, setBusy] = useState(false);
  const countries = useMemo(() => countryOptions().map((c) => ({ value: c.code, label: c.name })), []);
  const shown = ['name', 'type', 'country', 'countryCode', 'region', 'city', 'website', 'submitterEmail', 'accounts', ...accounts.flatMap((_, i) => [`accounts.${i}.url`, `accounts.${i}.platform`])];
  const form = useApiError<string>(shown);
  const fieldError = (f: string) => form.error?.fields[f];

  const values = (): ListingFormValues => ({
    name,
    type: type ?? ('' as DirectoryOrganizationType),
    countryCode: countryCode ?? '',
    region: region || null,
    city: city || null,
    website,
    accounts: accounts.map((a) => ({ platform: a.platform ?? ('' as DirectoryPlatform), url: a.url.trim() })),
    ...(askEmail ? { submitterEmail: email.trim() } : {}),
  });

  const check = () => {
    const v = values();
    const verdict = checkSubmission({
      ...v,
      type: type ? fromTypeEnum(type) : '',
      country: v.countryCode,
      accounts: v.accounts.map((a) => ({ platform: a.platform ? fromPlatformEnum(a.platform) : '', url: a.url })),
    });
    const problems: Record<string, string> = verdict.ok ? {} : { ...verdict.fields };
    if (askEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) problems.submitterEmail = 'Enter a valid email address.';
    return problems;
  };

  // After a first attempt, messages follow the fields as they are corrected.
  const attempted = useRef(false);
  const { setFieldErrors, clear } = form;
  useEffect(() => {
    if (!attempted.current) return;
    const problems = check();
    if (Object.keys(problems).length > 0) setFieldErrors(problems);
    else clear();
    // check() reads exactly these values.
  }, [name, type, countryCode, region, city, website, email, accounts, setFieldErrors, clear]);

  const submit = form.handleSubmit(() => {
    attempted.current = true;
    return check();
  }, async () => {
    setBusy(true);
    try {
      await onSubmit(values());
    } finally {
      setBusy(false);
    }
  });

  const setAccount = (key: number, patch: Partial<AccountRow>) => setAccounts((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <FormShell label={label} onSubmit={submit} submitLabel={submitLabel} loading={busy} alertMessage={form.alertMessage}>
      <TextInput label="Organization name" required value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={SUBMISSION_LIMITS.name} error={fieldError('name')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Type" required data={TYPE_OPTIONS} value={type} onChange={(v) => setType(v as DirectoryOrganizationType | null)} error={fieldError('type')} />
        <Select
          label="Country"
          required
          searchable
          data={countries}
          value={countryCode}
          onChange={setCountryCode}
          error={fieldError('country') ?? fieldError('countryCode')}
          nothingFoundMessage="No such country"
        />
        <TextInput label="State, province or region" value={region} onChange={(e) => setRegion(e.currentTarget.value)} maxLength={SUBMISSION_LIMITS.region} error={fieldError('region')} />
        <TextInput label="City" value={city} onChange={(e) => setCity(e.currentTarget.value)} maxLength={SUBMISSION_LIMITS.city} error={fieldError('city')} />
      </SimpleGrid>
      <TextInput label="Website" required placeholder="https://www.example.org" value={website} onChange={(e) => setWebsite(e.currentTarget.value)} error={fieldError('website')} inputMode="url" />

      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={500} size="sm">
          Official accounts
        </Text>
        {fieldError('accounts') ? (
          <Text c="red" size="sm" role="alert">
            {fieldError('accounts')}
          </Text>
        ) : null}
        {accounts.map((row, i) => (
          <Group key={row.key} align="flex-start" gap="xs" wrap="wrap">
            <Select
              label={`Platform ${i + 1}`}
              data={PLATFORM_OPTIONS}
              value={row.platform}
              onChange={(v) => setAccount(row.key, { platform: v as DirectoryPlatform | null })}
              error={fieldError(`accounts.${i}.platform`)}
              w={{ base: '100%', xs: 170 }}
            />
            <TextInput
              label={`Address ${i + 1}`}
              placeholder={row.platform ? PLATFORM_INFO[fromPlatformEnum(row.platform)].example : 'https://…'}
              value={row.url}
              onChange={(e) => setAccount(row.key, { url: e.currentTarget.value })}
              error={fieldError(`accounts.${i}.url`)}
              inputMode="url"
              style={{ flex: 1, minWidth: 200 }}
            />
            {accounts.length > 1 ? (
              <ActionIcon variant="subtle" color="red" mt={28} aria-label={`Remove account ${i + 1}`} onClick={() => setAccounts((rows) => rows.filter((r) => r.key !== row.key))}>
                ×
              </ActionIcon>
            ) : null}
          </Group>
        ))}
        {accounts.length < SUBMISSION_LIMITS.accounts ? (
          <Group>
            <Button variant="default" size="xs" onClick={() => setAccounts((rows) => [...rows, { key: nextKey++, platform: null, url: '' }])}>
              Add another account
            </Button>
          </Group>
        ) : null}
      </Stack>

      {askEmail ? (
        <TextInput
          label="Your work email"
          description="We send a confirmation link here, and later the link to update the listing. It is never shown publicly."
          required
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fieldError('submitterEmail')}
        />
      ) : null}
    </FormShell>
  );
}
