import { useQuery } from '@apollo/client/react';
import { Table, Text } from '@mantine/core';
import { toApiError } from '../../../apollo/api-error.util';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { formatDateTime } from '../../../ui/dates.util';
import { Loading } from '../../../ui/loading.component';
import { moderationActionLabel } from '../board-labels.util';
import { moderationLogQuery } from '../graphql/moderation.graphql';

/** Who did what, when and why: the latest moderation actions first. */
export function ModerationLogTable({ timeZone }: { timeZone?: string }) {
  const { data, loading, error } = useQuery(moderationLogQuery);
  if (error) return <ErrorAlert>{toApiError(error).message}</ErrorAlert>;
  if (loading && !data) return <Loading label="Loading the action log" />;
  const actions = data?.moderationLog ?? [];
  if (actions.length === 0) return <Text c="dimmed">No moderation actions yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption>The latest {actions.length} moderation actions, newest first.</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Moderator</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">On</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <time dateTime={action.createdAt}>{formatDateTime(action.createdAt, timeZone)}</time>
              </Table.Td>
              <Table.Td>{action.actorName}</Table.Td>
              <Table.Td>{moderationActionLabel(action.action)}</Table.Td>
              <Table.Td>
                {action.targetType} <Text span size="xs" c="dimmed" title={action.targetId}>{action.targetId.slice(0, 8)}</Text>
              </Table.Td>
              <Table.Td>{action.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
