import { List, ThemeIcon } from '@mantine/core';

export function BenefitsList({ items }: { items: readonly string[] }) {
  return (
    <List
      spacing="xs"
      icon={
        <ThemeIcon size={20} radius="xl" color="teal" aria-hidden>
          ✓
        </ThemeIcon>
      }
    >
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}
