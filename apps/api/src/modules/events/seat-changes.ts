/** What a transaction changed, announced live once it has committed. */
export class SeatChanges {
  readonly ticketTypeIds = new Set<string>();
  /** Events whose seat counts moved. */
  readonly eventIds = new Set<string>();
  /** Ticket types whose waiting list moved (positions to tell). */
  readonly queues = new Set<string>();
  /** Members whose own place changed (offered, lapsed…). */
  readonly members = new Set<string>();

  seats(...ids: string[]): this {
    for (const id of ids) this.ticketTypeIds.add(id);
    return this;
  }

  inEvents(...ids: (string | null)[]): this {
    for (const id of ids) if (id) this.eventIds.add(id);
    return this;
  }
}
