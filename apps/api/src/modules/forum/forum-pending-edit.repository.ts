import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PhiFinding } from '@confer/libs/phi-guard';
import { DataSource, EntityManager } from 'typeorm';

/** An author's edit of a published post, waiting for a moderator; readers see the published text meanwhile. */
export interface PendingEdit {
  postId: string;
  bodyMd: string;
  bodyHtml: string;
  phiFindings: PhiFinding[];
  heldReason: string;
  createdAt: Date;
}

const COLUMNS = `post_id as "postId", body_md as "bodyMd", body_html as "bodyHtml", phi_findings as "phiFindings", held_reason as "heldReason", created_at as "createdAt"`;

/** forum_post_pending_edits: at most one waiting edit per post (a newer one replaces it). */
@Injectable()
export class ForumPendingEditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  async save(edit: Omit<PendingEdit, 'createdAt'>, tx: EntityManager): Promise<void> {
    await tx.query(
      `insert into forum_post_pending_edits (post_id, body_md, body_html, phi_findings, held_reason) values ($1, $2, $3, $4::jsonb, $5)
       on conflict (post_id) do update set body_md = excluded.body_md, body_html = excluded.body_html,
         phi_findings = excluded.phi_findings, held_reason = excluded.held_reason, created_at = now()`,
      [edit.postId, edit.bodyMd, edit.bodyHtml, JSON.stringify(edit.phiFindings), edit.heldReason],
    );
  }

  /** Removes the waiting edit and answers it (null when there was none). */
  async take(postId: string, tx: EntityManager): Promise<PendingEdit | null> {
    const [rows] = await tx.query(`delete from forum_post_pending_edits where post_id = $1 returning ${COLUMNS}`, [postId]);
    return rows[0] ?? null;
  }

  findByPostIds(postIds: readonly string[]): Promise<PendingEdit[]> {
    if (postIds.length === 0) return Promise.resolve([]);
    return this.m().query(`select ${COLUMNS} from forum_post_pending_edits where post_id = any($1::uuid[])`, [postIds]);
  }

  /** Posts with a waiting edit, oldest edit first. */
  queued(limit: number): Promise<{ postId: string; createdAt: Date }[]> {
    return this.m().query(`select post_id as "postId", created_at as "createdAt" from forum_post_pending_edits order by created_at limit $1`, [limit]);
  }
}
