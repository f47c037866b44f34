import { Injectable } from '@nestjs/common';
import { Tx } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { ForumCategoryRepository } from './forum-category.repository';
import { ForumPostRepository } from './forum-post.repository';
import { ForumThreadRepository } from './forum-thread.repository';
import { MarkdownRenderer } from './markdown-renderer';

interface DemoThread {
  category: string;
  author: string;
  anonymous?: boolean;
  title: string;
  posts: { author: string; anonymous?: boolean; body: string }[];
}

const THREADS: DemoThread[] = [
  {
    category: 'samples',
    author: 'ada.okafor@confer.test',
    title: 'Welcome: what members ask each other here',
    posts: [
      { author: 'ada.okafor@confer.test', body: 'This is a public sample of the members’ board. Members ask peers for **frank, confidential feedback** on questions like getting legal buy-in for a hospital Instagram account, or writing a social media policy that staff actually read.\n\nThe confidential board itself is for premium members only.' },
      { author: 'moderator@confer.test', body: 'A reminder for every post: **never include anything that could identify a patient**. The composer warns you when text looks like a name, date of birth, record number, phone or address.' },
    ],
  },
  {
    category: 'feedback',
    author: 'marcus.johnson@confer.test',
    title: 'Our legal team blocked our hospital’s Instagram — how did you get buy-in?',
    posts: [
      { author: 'marcus.johnson@confer.test', body: 'Legal and compliance shut down our proposal for an Instagram account for the children’s hospital. Their worry is HIPAA and comments we cannot control.\n\nHow did you get your legal team comfortable? What did your governance plan include?' },
      { author: 'sarah.chen@confer.test', body: 'We brought legal in **before** writing the plan, not after. Two things helped:\n\n1. A written comment moderation policy (what we hide, what we answer, response times).\n2. A rule that no patient appears without a signed consent form kept by marketing.' },
      { author: 'priya.patel@confer.test', anonymous: true, body: 'Same experience here. What finally worked was a 3-month pilot with a clear exit: if anything went wrong, we would close the account. Nothing did.' },
    ],
  },
  {
    category: 'feedback',
    author: 'elena.garcia@confer.test',
    anonymous: true,
    title: 'A patient friended me on Facebook. Decline, ignore, or explain?',
    posts: [
      { author: 'elena.garcia@confer.test', anonymous: true, body: 'A long-time patient sent me a friend request. I do not want to offend them, but I keep my personal account private. How do you handle this?' },
      { author: 'david.miller@confer.test', body: 'I decline and mention it at the next visit: “I keep my personal accounts for family, but you can follow our clinic page.” Nobody has been offended so far.' },
    ],
  },
  {
    category: 'strategy',
    author: 'lee.park@confer.test',
    title: 'Measuring social media ROI for the board of trustees',
    posts: [{ author: 'lee.park@confer.test', body: 'Our trustees want numbers. Beyond followers and impressions, which metrics have convinced your leadership? We are trying appointment requests from social referrals and recruitment applications.' }],
  },
  {
    category: 'fellows',
    author: 'sarah.chen@confer.test',
    title: 'Fellows: sharing our strategic plan drafts',
    posts: [{ author: 'sarah.chen@confer.test', body: 'Post your draft strategic plan outline here for feedback from the other fellows before you submit it for review.' }],
  },
];

/** The board's demo data: a public sample category, the premium board, a strategy category and a Fellows group. */
@Injectable()
export class ForumDemoSeed {
  constructor(
    private readonly categories: ForumCategoryRepository,
    private readonly threads: ForumThreadRepository,
    private readonly posts: ForumPostRepository,
    private readonly users: UserRepository,
    private readonly markdown: MarkdownRenderer,
  ) {}

  async run(tx: Tx): Promise<void> {
    const id = async (email: string) => (await this.users.findByEmail(email, tx))!.id;
    const fellows = await this.categories.insertGroup({ slug: 'fellows', name: 'Social Media Fellows', description: 'Members who completed the Residency.' }, tx);
    await this.categories.addMember(fellows.id, await id('sarah.chen@confer.test'), null, tx);
    await this.categories.addMember(fellows.id, await id('ada.okafor@confer.test'), null, tx);
    const bySlug = new Map<string, string>();
    const defs = [
      { slug: 'samples', name: 'Public samples', description: 'A taste of the members’ board, open to everyone.', audience: 'public' as const, groupId: null, allowAnonymous: false, requirePremoderation: false, position: 0 },
      { slug: 'feedback', name: 'Confidential feedback', description: 'Ask peers for frank feedback. Anonymous posting allowed.', audience: 'premium' as const, groupId: null, allowAnonymous: true, requirePremoderation: false, position: 1 },
      { slug: 'strategy', name: 'Strategy and governance', description: 'Policies, governance, measurement and leadership buy-in.', audience: 'premium' as const, groupId: null, allowAnonymous: false, requirePremoderation: false, position: 2 },
      { slug: 'fellows', name: 'Fellows', description: 'Private to the Social Media Fellows.', audience: 'group' as const, groupId: fellows.id, allowAnonymous: false, requirePremoderation: false, position: 3 },
    ];
    for (const d of defs) bySlug.set(d.slug, (await this.categories.insertCategory(d, tx)).id);
    for (const t of THREADS) {
      const thread = await this.threads.insert({ categoryId: bySlug.get(t.category)!, authorId: await id(t.author), anonymous: t.anonymous ?? false, title: t.title, status: 'visible' }, tx);
      for (const p of t.posts) {
        const authorId = await id(p.author);
        if (p.anonymous) await this.threads.pseudonymFor(thread.id, authorId, tx);
        const seq = await this.threads.nextSeq(thread.id, tx);
        await this.posts.insert(
          { threadId: thread.id, seq, authorId, anonymous: p.anonymous ?? false, bodyMd: p.body, bodyHtml: this.markdown.render(p.body), status: 'visible', heldReason: null, phiFindings: [], quotedPostId: null },
          tx,
        );
      }
    }
  }
}
