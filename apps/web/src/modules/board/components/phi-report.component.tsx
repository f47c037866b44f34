import { PHI_KIND_LABELS, type PhiKind } from '@confer/libs/phi-guard';
import { Badge, Box, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './board.module.css';

/** A finding as the scanner, the API error and the post's `phiFindings` all give it. */
export interface PhiFindingLike {
  kind: string;
  confidence: string;
  start: number;
  end: number;
  text: string;
  reason: string;
}

export function phiKindLabel(kind: string): string {
  return PHI_KIND_LABELS[kind as PhiKind] ?? kind.replace(/_/g, ' ').toLowerCase();
}

const isHigh = (finding: PhiFindingLike) => finding.confidence === 'high';

/** Each finding as a chip (the kind), the text found, and why it matters. */
export function PhiFindingList({ findings, label = 'Possible patient identifiers' }: { findings: readonly PhiFindingLike[]; label?: string }) {
  return (
    <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={label}>
      {findings.map((finding) => (
        <li key={`${finding.start}-${finding.kind}`}>
          <Group gap={6} wrap="wrap" align="baseline">
            <Badge color={isHigh(finding) ? 'red.9' : 'yellow.4'} autoContrast tt="none" radius="sm">
              {phiKindLabel(finding.kind)}
            </Badge>
            <Text span size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              “{finding.text}”
            </Text>
            <Text span size="sm">
              {finding.reason}
            </Text>
          </Group>
        </li>
      ))}
    </Stack>
  );
}

/** The text with every finding wrapped in a <mark> (findings whose offsets no longer match are skipped). */
export function PhiMarkedText({ text, findings, label }: { text: string; findings: readonly PhiFindingLike[]; label: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at || text.slice(finding.start, finding.end) !== finding.text) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark key={finding.start} className={isHigh(finding) ? classes.markHigh : classes.markLow} title={phiKindLabel(finding.kind)}>
        {finding.text}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return (
    <Box className={classes.mirror} role="region" aria-label={label} tabIndex={0}>
      {parts}
    </Box>
  );
}

interface PhiReportProps {
  text: string;
  findings: readonly PhiFindingLike[];
}

/** Under the composer: what looks like a patient identifier, as the member types. */
export function PhiReport({ text, findings }: PhiReportProps) {
  const headingId = useId();
  const held = findings.some(isHigh);
  const summary =
    findings.length === 0
      ? ''
      : held
        ? 'A post with a red item waits for a moderator before anyone sees it: remove or reword the marked text.'
        : 'You will be asked to confirm these before the post goes out.';
  return (
    <>
      {/* Always present, so the count is announced when it changes (not on every keystroke). */}
      <VisuallyHidden role="status">
        {findings.length ? `${findings.length} possible patient identifier${findings.length === 1 ? '' : 's'} found.` : ''}
      </VisuallyHidden>
      {findings.length > 0 ? (
        <Stack
          component="section"
          aria-labelledby={headingId}
          gap="xs"
          p="sm"
          bg={held ? 'red.0' : 'yellow.0'}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Text fw={700} id={headingId}>
            Possible patient identifiers
          </Text>
          <Text size="sm">{summary}</Text>
          <PhiFindingList findings={findings} />
          <PhiMarkedText text={text} findings={findings} label="Your text with the possible identifiers marked" />
        </Stack>
      ) : null}
    </>
  );
}
