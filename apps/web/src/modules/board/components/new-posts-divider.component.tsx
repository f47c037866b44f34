import { Divider } from '@mantine/core';

/** Marks where the posts the viewer has not read yet begin. */
export function NewPostsDivider() {
  return <Divider my="xs" color="blue.6" label="New since your last visit" labelPosition="center" role="separator" aria-label="New since your last visit" />;
}
