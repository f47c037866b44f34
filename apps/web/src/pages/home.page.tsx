import { Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useViewer } from '../modules/accounts/hooks/use-viewer.hook';
import { useDocumentTitle } from '../ui/page.component';

const OFFERS = [
  {
    title: 'A confidential board',
    text: 'Ask peers for frank feedback on professional questions. What members write stays with the members it was written for.',
  },
  {
    title: 'Events',
    text: 'The Annual Conference in Jacksonville, Florida, the one-day Social Media Residency, and monthly webinars.',
  },
  {
    title: 'Expert consultations',
    text: 'Book one-to-one time with the network’s experts, at the conference or online during the year.',
  },
  {
    title: 'Calendars',
    text: 'Subscribe from any calendar program to everything you registered for or booked.',
  },
];

export function HomePage() {
  useDocumentTitle('Confer');
  const { viewer } = useViewer();
  return (
    <Stack gap="xl" maw={960}>
      <Stack gap="sm">
        <Title order={1}>Confer</Title>
        <Text size="lg">
          The members-only network for people who use social media in health care: clinicians,
          researchers, communicators and hospital social-media managers.
        </Text>
        {viewer ? (
          <Group>
            <Button component={Link} to="/membership">
              My membership
            </Button>
            <Button component={Link} to="/profile" variant="default">
              My profile
            </Button>
          </Group>
        ) : (
          <Group>
            <Button component={Link} to="/signup" size="md">
              Join Confer for free
            </Button>
            <Button component={Link} to="/login" variant="default" size="md">
              I already have an account
            </Button>
          </Group>
        )}
      </Stack>

      <section aria-labelledby="offers-heading">
        <Title order={2} id="offers-heading" mb="sm">
          What members get
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {OFFERS.map((offer) => (
            <Card key={offer.title} withBorder padding="lg">
              <Title order={3} size="h4" mb={4}>
                {offer.title}
              </Title>
              <Text>{offer.text}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="memberships-heading">
        <Title order={2} id="memberships-heading" mb="sm">
          Memberships
        </Title>
        <List spacing="xs">
          <List.Item>
            <strong>Guest</strong>: a free account with sample materials, the public calendar and the directory.
          </List.Item>
          <List.Item>
            <strong>Premium</strong>: the board, webinars and the certificate course included, and 25% off
            the Annual Conference and the Residency.
          </List.Item>
          <List.Item>
            <strong>Organization</strong>: premium membership for everyone with a verified email on your
            organization’s domains.
          </List.Item>
        </List>
      </section>
    </Stack>
  );
}
