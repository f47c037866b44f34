import { ActionIcon, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';

export interface DomainItem {
  id: string;
  domain: string;
  approved: boolean;
}

interface DomainListProps {
  domains: readonly DomainItem[];
  onRemove?: (domain: DomainItem) => void;
  onApprove?: (domain: DomainItem) => void;
  busyId?: string | null;
}

/** An organization's email domains with their approval state and the actions the viewer may take. */
export function DomainList({ domains, onRemove, onApprove, busyId }: DomainListProps) {
  if (domains.length === 0) return <Text c="dimmed">No domains yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Domain</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {onRemove || onApprove ? (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {domains.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.domain}</Table.Td>
              <Table.Td>
                {d.approved ? (
                  <Badge color="teal" variant="light" tt="none">
                    Approved
                  </Badge>
                ) : (
                  <Badge color="yellow" variant="light" tt="none">
                    Pending approval
                  </Badge>
                )}
              </Table.Td>
              {onRemove || onApprove ? (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {onApprove && !d.approved ? (
                      <ActionIcon
                        variant="light"
                        color="teal"
                        aria-label={`Approve domain ${d.domain}`}
                        title={`Approve ${d.domain}`}
                        loading={busyId === d.id}
                        onClick={() => onApprove(d)}
                      >
                        <span aria-hidden>✓</span>
                      </ActionIcon>
                    ) : null}
                    {onRemove ? (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove domain ${d.domain}`}
                        title={`Remove ${d.domain}`}
                        loading={busyId === d.id}
                        onClick={() => onRemove(d)}
                      >
                        <span aria-hidden>✕</span>
                      </ActionIcon>
                    ) : null}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
