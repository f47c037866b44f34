import { Text, Timeline } from '@mantine/core';
import type { FellowshipPlanFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/dates.util';
import { planAction, planStatus } from '../fellows-labels.util';

/** Every step of a plan, oldest first: who, when, what changed and what they wrote. */
export function PlanTimeline({ events, timeZone }: { events: FellowshipPlanFieldsFragment['timeline']; timeZone?: string }) {
  return (
    <section aria-labelledby="plan-timeline-heading">
      <Text component="h2" id="plan-timeline-heading" fw={700} fz="lg" mb="sm">
        Status timeline
      </Text>
      <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
        {events.map((event) => (
          <Timeline.Item
            key={event.id}
            title={`${planAction(event.action).timeline}${event.fromStatus !== event.toStatus ? ` · ${planStatus(event.toStatus).label}` : ''}`}
          >
            <Text size="sm" c="dimmed">
              {event.actorName ?? 'Former member'}
              {event.byAuthor ? ' (author)' : ' (reviewer)'} · <time dateTime={event.createdAt}>{formatDateTime(event.createdAt, timeZone)}</time>
            </Text>
            {event.comment ? (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {event.comment}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
