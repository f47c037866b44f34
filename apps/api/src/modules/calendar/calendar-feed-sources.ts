import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { CalendarFeedSource, CalendarFeedSourceProvider } from './calendar-feed-source';

/** Every provider marked @CalendarFeedSourceProvider(), in whichever module it lives. */
@Injectable()
export class CalendarFeedSources implements OnApplicationBootstrap {
  private sources: CalendarFeedSource[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const found = this.discovery.getProviders({ metadataKey: CalendarFeedSourceProvider.KEY });
    const instances = found.map((wrapper) => wrapper.instance as CalendarFeedSource).filter((s) => s && typeof s.personalItems === 'function');
    this.sources = [...new Map(instances.map((s) => [s.key, s])).values()].sort((a, b) => a.key.localeCompare(b.key));
  }

  all(): readonly CalendarFeedSource[] {
    return this.sources;
  }
}
