import { Container, Stack, Text, Title, type ContainerProps } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

interface PageProps {
  title: string;
  /** One line under the heading. */
  intro?: ReactNode;
  size?: ContainerProps['size'];
  children?: ReactNode;
}

/** A page's heading, document title and width. */
export function Page({ title, intro, size = 'md', children }: PageProps) {
  useDocumentTitle(title);
  return (
    <Container size={size} px={0}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{title}</Title>
          {intro ? <Text c="dimmed">{intro}</Text> : null}
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === 'Confer' ? 'Confer' : `${title} · Confer`;
  }, [title]);
}
