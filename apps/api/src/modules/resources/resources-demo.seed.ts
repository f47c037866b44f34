import { Injectable } from '@nestjs/common';
import { Tx } from '../../core/database/transaction-runner';
import { UserRepository } from '../accounts/user.repository';
import { ResourceDraft, ResourcesService } from './resources.service';
import { ResourceRepository } from './resource.repository';

type DemoResource = ResourceDraft & { published?: boolean };

// Wording follows the network's own sources: guidelines and training first, tools not toys, a strategy with a "why".
const RESOURCES: DemoResource[] = [
  {
    slug: 'twelve-word-social-media-policy',
    kind: 'guideline',
    audience: 'public',
    title: 'A social media policy in twelve words',
    summary: 'The short guideline every employee can remember, with the longer policy behind it.',
    tags: ['policy', 'guidelines', 'professionalism'],
    linkUrl: null,
    bodyMd:
      'Most social media mistakes in health care are not about technology: they are about forgetting rules people already know. A policy that fits on a badge is one staff actually remember.\n\n## The twelve words\n\n**Don’t Lie, Don’t Pry. Don’t Cheat, Can’t Delete. Don’t Steal, Don’t Reveal.**\n\n- *Don’t lie*: be honest about who you are and whom you work for.\n- *Don’t pry*: never look up patients’ lives online.\n- *Don’t cheat*: no fake reviews, no undisclosed endorsements.\n- *Can’t delete*: assume everything posted is permanent.\n- *Don’t steal*: respect copyright; credit others’ work.\n- *Don’t reveal*: nothing that could identify a patient, ever.\n\nPair the twelve words with training: with proper guidelines and training, these tools can do immense good.',
  },
  {
    slug: 'getting-started-for-clinicians',
    kind: 'article',
    audience: 'public',
    title: 'Getting started on social media as a clinician',
    summary: 'Why the most common mistake is not participating, and how to start in ten minutes a week.',
    tags: ['getting started', 'physicians', 'twitter', 'linkedin'],
    linkUrl: null,
    bodyMd:
      'The most common mistake physicians make is that they do not participate. Patients already search the web for their conditions; a clinician’s voice helps them find trustworthy information.\n\nStart with your organization’s guidelines, then pick one platform where your audience already is. Twitter and LinkedIn suit reputation and networking; Instagram suits visual specialties but does not allow links in posts.\n\nTime is the usual worry. Spend ten minutes at the start of the week choosing the most relevant journal articles and schedule one a day: a presence every day without living online.',
  },
  {
    slug: 'hospital-social-media-policy-template',
    kind: 'template',
    audience: 'guest',
    title: 'Hospital social media policy template',
    summary: 'An editable policy your legal and compliance teams can start from: scope, accounts, privacy, moderation, escalation.',
    tags: ['policy', 'templates', 'legal', 'hipaa'],
    linkUrl: 'https://confer.test/files/hospital-social-media-policy-template.docx',
    bodyMd:
      'This template gives legal, compliance and communications a shared first draft, so the conversation starts from a document rather than a blank page.\n\n## Sections\n\n1. Scope: who the policy covers, on and off duty.\n2. Official accounts: who may open one, and who holds the passwords.\n3. Privacy: no patient information without written consent kept on file.\n4. Comment moderation: what is hidden, what is answered, and how quickly.\n5. Escalation: whom to call when a post goes wrong.\n\nReplace the bracketed text with your organization’s names and contacts.',
  },
  {
    slug: 'comment-moderation-guidelines',
    kind: 'guideline',
    audience: 'guest',
    title: 'Comment moderation guidelines',
    summary: 'When to approve, answer, hide or delete remarks on your organization’s pages, and how to write it down.',
    tags: ['moderation', 'guidelines', 'community'],
    linkUrl: null,
    bodyMd:
      'Approving remarks before they are public, deleting abusive ones and answering the rest quickly is daily work for every health-care page. Writing the rules down protects the team and the public.\n\nPublish your rules on the page itself, so people know why a comment was hidden. Never answer a medical question about a specific patient in public: invite the person to call.\n\nKeep a log of what was removed and why.',
  },
  {
    slug: 'patient-privacy-checklist',
    kind: 'template',
    audience: 'premium',
    title: 'Patient privacy checklist before you post',
    summary: 'A one-page checklist two people run through before anything involving patients is published.',
    tags: ['hipaa', 'privacy', 'templates', 'checklists'],
    linkUrl: 'https://confer.test/files/patient-privacy-checklist.pdf',
    bodyMd:
      'Health-care professionals fear privacy violations more than anything else online, and rightly so. This checklist makes the second reader’s job quick.\n\nBefore posting, check: no names, dates of birth, record numbers, room numbers, addresses or phone numbers; nothing recognisable in the background of a photo (whiteboards, wristbands, screens); signed consent on file for any patient who appears; and a second person has read the post.\n\nThe full checklist, with the consent form wording our members use, is in the downloadable file.',
  },
  {
    slug: 'strategic-plan-workbook',
    kind: 'training',
    audience: 'premium',
    title: 'Strategic plan workbook (Social Media Residency)',
    summary: 'The Residency workbook: goals, audience, platforms, metrics, and the governance and privacy plan.',
    tags: ['strategy', 'residency', 'fellows', 'training'],
    linkUrl: 'https://confer.test/files/strategic-plan-workbook.pdf',
    bodyMd:
      'What is your goal? Without a clear “why”, it is easy to lose the motivation to keep going. The workbook walks through the plan the Fellows programme reviews.\n\n## The five parts\n\n1. **Goals**: what should change for patients, staff or the organization.\n2. **Audience**: whom you want to reach, and where they already are.\n3. **Platforms**: the right tool for the audience, not the newest one.\n4. **Metrics**: how you will know it worked, and when you will check.\n5. **Governance and privacy**: who approves, who moderates, and how patient information is protected.\n\nEach part has worked examples from past Residency participants.',
  },
  {
    slug: 'webinar-measuring-roi',
    kind: 'webinar',
    audience: 'premium',
    title: 'Webinar recording: measuring the return on social media',
    summary: 'Sixty minutes on metrics leadership believes: referrals, recruitment, reputation and cost avoided.',
    tags: ['webinars', 'metrics', 'roi', 'strategy'],
    linkUrl: 'https://confer.test/recordings/measuring-roi',
    bodyMd:
      'Any time you allocate time or resources there has to be a return. This monthly webinar looked at the numbers members have used to convince their trustees.\n\nTopics: appointment requests from social referrals, job applications citing social media, reputation management instead of paid services, and how to report monthly without drowning in dashboards.\n\nSlides and the recording are available to premium members.',
  },
  {
    slug: 'webinar-instagram-for-hospitals',
    kind: 'webinar',
    audience: 'guest',
    title: 'Webinar recording: Instagram for hospitals',
    summary: 'What works on Instagram for a hospital, what does not, and how legal got comfortable.',
    tags: ['webinars', 'instagram', 'legal'],
    linkUrl: 'https://confer.test/recordings/instagram-for-hospitals',
    bodyMd:
      'Instagram rewards beautiful, human pictures, which is not what most of medicine looks like. Three members describe how they found their story anyway.\n\nIncludes a pilot plan with an agreed exit, the consent process for staff and patients, and how to handle comments asking for medical advice.',
  },
  {
    slug: 'physician-twitter-setup',
    kind: 'training',
    audience: 'public',
    title: 'Setting up a professional Twitter account (sample module)',
    summary: 'A 25-minute sample from the Social for Healthcare Certificate: profile, bio, first follows and first posts.',
    tags: ['training', 'twitter', 'getting started', 'certificate'],
    linkUrl: null,
    bodyMd:
      'This sample module from the certificate course takes about 25 minutes. By the end you will have a professional profile that says who you are and whom you work for.\n\nSteps: choose a handle you will keep; write a bio with your credentials and a disclaimer; follow your organization, your specialty society and a few peers; and schedule your first week of posts.',
  },
  {
    slug: 'crisis-communication-playbook',
    kind: 'guideline',
    audience: 'premium',
    title: 'Crisis communication playbook for social media',
    summary: 'The first hour after a post goes wrong: who decides, what to say, and what never to delete.',
    tags: ['crisis', 'guidelines', 'moderation'],
    linkUrl: null,
    bodyMd:
      'When something goes wrong online, the first hour decides the story. This playbook sets out who is called, who may speak and what the first public answer says.\n\nIt includes holding statements, an escalation tree for evenings and weekends, and a rule of thumb: correct, do not delete, unless the post reveals patient information.',
  },
  {
    slug: 'draft-tiktok-guidance',
    kind: 'guideline',
    audience: 'premium',
    title: 'TikTok guidance for clinicians (draft)',
    summary: 'Work in progress: short-form video for clinicians, reviewed by the advisory board before publication.',
    tags: ['tiktok', 'guidelines'],
    linkUrl: null,
    published: false,
    bodyMd: 'Draft for the advisory board: not published yet.',
  },
];

/** The library's demo data: items of every kind and audience, one draft for staff. */
@Injectable()
export class ResourcesDemoSeed {
  constructor(
    private readonly resources: ResourceRepository,
    private readonly service: ResourcesService,
    private readonly users: UserRepository,
  ) {}

  async run(tx: Tx): Promise<void> {
    const admin = await this.users.findByEmail('admin@confer.test', tx);
    for (const { published, ...draft } of RESOURCES) {
      await this.resources.insert({ ...this.service.prepareDraft(draft), published: published ?? true, createdBy: admin?.id ?? null }, tx);
    }
  }
}
