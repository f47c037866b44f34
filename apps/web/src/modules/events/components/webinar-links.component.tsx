import { Anchor } from '@mantine/core';

/** A webinar's join link and recording, as the API gives them (to registrants only). */
export function WebinarLinks({ joinUrl, recordingUrl }: { joinUrl?: string | null; recordingUrl?: string | null }) {
  return (
    <>
      {joinUrl ? (
        <Anchor href={joinUrl} target="_blank" rel="noopener noreferrer">
          Join the webinar
        </Anchor>
      ) : null}
      {recordingUrl ? (
        <Anchor href={recordingUrl} target="_blank" rel="noopener noreferrer">
          Watch the recording
        </Anchor>
      ) : null}
    </>
  );
}
