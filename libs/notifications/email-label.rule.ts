/**
 * What a notification email may call a thread. Only public samples are named; premium, group and
 * anything unknown are "confidential" (fail closed): no title, and never any post text.
 */
export type EmailThreadLabel = { confidential: true } | { confidential: false; title: string };

export function emailThreadLabel(audience: string, title: string): EmailThreadLabel {
  return audience === 'public' ? { confidential: false, title: title.replace(/\s+/g, ' ').trim() } : { confidential: true };
}
