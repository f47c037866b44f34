/** pg-boss queues of the notifications area. */
export const NOTIFICATION_QUEUES = {
  /** One job per published post: find recipients, write notifications, schedule emails. */
  forumPost: 'notifications.forum-post',
  /** One job per post, a short while after it was published: send the emails still due. */
  email: 'notifications.email',
  /** Every 15 minutes: send the digests whose local time has come. */
  digestTick: 'notifications.digest-tick',
} as const;

export const NOTIFICATION_JOB_RETRIES = { retryLimit: 5, retryDelay: 15, retryBackoff: true } as const;
