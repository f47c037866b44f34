import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { toApiError, type ApiError } from '../apollo/api-error.util';
import { browserTimeZone } from '../modules/accounts/hooks/use-time-zones.hook';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { formatConsultationTime } from '../modules/consultations/components/consultation-time.util';
import { SlotPicker, type PickedSlot } from '../modules/consultations/components/slot-picker.component';
import { bookMutation, expertQuery, myConsultationsQuery } from '../modules/consultations/graphql/consultations.graphql';
import { ErrorAlert } from '../ui/error-alert.component';
import { Loading } from '../ui/loading.component';
import { Page } from '../ui/page.component';

/** An expert's page: who they are, their consultation types, a live week of free slots and the booking form. */
export function ExpertPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const timeZone = viewer?.timeZone ?? browserTimeZone();
  const { data, loading, error } = useQuery(expertQuery, { variables: { id } });
  const [typeId, setTypeId] = useState<string | null>(null);
  const [slot, setSlot] = useState<PickedSlot | null>(null);
  const [intake, setIntake] = useState('');
  const [bookError, setBookError] = useState<ApiError | null>(null);
  const [book, { loading: booking }] = useMutation(bookMutation, { refetchQueries: [myConsultationsQuery] });

  if (loading) return <Loading />;
  if (error || !data) {
    return (
      <Page title="Expert not found">
        <ErrorAlert title="Not found">{error ? toApiError(error).message : 'No such expert.'}</ErrorAlert>
      </Page>
    );
  }
  const expert = data.expert;
  const types = expert.consultationTypes;
  const type = types.find((t) => t.id === typeId) ?? types[0] ?? null;

  const submit = async () => {
    if (!type || !slot) return;
    setBookError(null);
    if (!intake.trim()) {
      setBookError({ code: 'BAD_USER_INPUT', reason: 'INTAKE_REQUIRED', message: 'Tell the expert what you would like feedback on.', fields: {} });
      return;
    }
    try {
      await book({ variables: { input: { typeId: type.id, start: slot.start, intakeAnswer: intake.trim() } } });
      navigate('/consultations?booked=1');
    } catch (e) {
      setBookError(toApiError(e));
      if (toApiError(e).reason === 'SLOT_TAKEN') setSlot(null);
    }
  };

  return (
    <Page title={expert.displayName} intro={[expert.credentials, expert.jobTitle, expert.organizationName].filter(Boolean).join(' · ')} size="lg">
      <Stack gap="xs">
        {expert.headline ? <Text fw={500}>{expert.headline}</Text> : null}
        {expert.bio ? <Text>{expert.bio}</Text> : null}
        <Group gap={4}>
          {expert.topics.map((t) => (
            <Badge key={t} variant="light">
              {t}
            </Badge>
          ))}
        </Group>
      </Stack>

      {types.length === 0 ? (
        <Text c="dimmed">This expert has no consultations to book at the moment.</Text>
      ) : (
        <Stack gap="md">
          <Radio.Group
            label="Consultation"
            value={type?.id ?? ''}
            onChange={(value) => {
              setTypeId(value);
              setSlot(null);
            }}
          >
            <Stack gap={6} mt={6}>
              {types.map((t) => (
                <Radio
                  key={t.id}
                  value={t.id}
                  label={`${t.title} — ${t.durationMinutes} min, ${t.mode === 'ONLINE' ? 'online' : `on site${t.room ? ` (${t.room})` : ''}`}`}
                  description={t.description ?? undefined}
                />
              ))}
            </Stack>
          </Radio.Group>

          <Title order={2} size="h3">
            Free times
          </Title>
          {type ? <SlotPicker expertId={expert.id} typeId={type.id} timeZone={timeZone} selected={slot?.start ?? null} onSelect={setSlot} /> : null}

          {slot && type ? (
            <Stack gap="sm" component="section" aria-label="Book this time">
              <Title order={2} size="h3">
                Book {formatConsultationTime(slot.start, timeZone)}
              </Title>
              {!viewer ? (
                <Alert color="blue" title="Log in to book">
                  <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/experts/${expert.id}`)}`} underline="always">
                    Log in
                  </Anchor>{' '}
                  or{' '}
                  <Anchor component={Link} to="/signup" underline="always">
                    create an account
                  </Anchor>
                  . Booking experts is part of premium membership.
                </Alert>
              ) : (
                <>
                  <Textarea label={type.intakeQuestion} value={intake} onChange={(e) => setIntake(e.currentTarget.value)} autosize minRows={3} maxLength={2000} required />
                  <Group>
                    <Button onClick={submit} loading={booking}>
                      Book consultation
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          ) : null}
          {bookError?.reason === 'PREMIUM_REQUIRED' ? (
            <Alert color="blue" title="Join to book" role="alert">
              {bookError.message}{' '}
              <Anchor component={Link} to="/membership" underline="always">
                See membership
              </Anchor>
            </Alert>
          ) : bookError ? (
            <ErrorAlert title="Could not book">{bookError.message}</ErrorAlert>
          ) : null}
        </Stack>
      )}
    </Page>
  );
}
