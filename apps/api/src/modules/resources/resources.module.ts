import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MarkdownRenderer } from '../forum/markdown-renderer';
import { ResourceEntity } from './entities/resource.entity';
import { ResourceRepository } from './resource.repository';
import { ResourceResolver } from './resource.resolver';
import { ResourcesDemoSeed } from './resources-demo.seed';
import { ResourcesService } from './resources.service';

/** The resources library: guidelines, templates, training materials, webinar recordings and articles. */
@Module({
  imports: [TypeOrmModule.forFeature([ResourceEntity]), AccountsModule],
  providers: [ResourceRepository, ResourcesService, ResourceResolver, MarkdownRenderer, ResourcesDemoSeed],
  exports: [ResourcesDemoSeed],
})
export class ResourcesModule {}
