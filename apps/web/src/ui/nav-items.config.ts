/** The sections of Confer, in navigation order. Sections not built yet get a "coming soon" page with their description. */
export interface SectionItem {
  path: string;
  label: string;
  description: string;
  /** Has its own pages (routes.tsx), so no "coming soon" page. */
  built?: true;
}

export const SECTIONS: readonly SectionItem[] = [
  {
    path: '/board',
    label: 'Board',
    description:
      'The confidential members-only discussion board: ask peers for frank feedback on professional questions, with threads that update live.',
    built: true,
  },
  {
    path: '/events',
    label: 'Events',
    description:
      'The Annual Conference in Jacksonville, the Social Media Residency and monthly webinars, with member pricing and registration.',
    built: true,
  },
  {
    path: '/experts',
    label: 'Experts',
    description:
      'Book one-to-one consultations with the network’s experts, at the conference or online, with calendar invites that stay up to date.',
    built: true,
  },
  {
    // The web app owns /calendar; the feeds themselves live under /ics/… (an API prefix).
    path: '/calendar',
    label: 'Calendar',
    description:
      'Your personal calendar feed of everything you registered for or booked, and the network’s public event calendar, for any calendar app.',
    built: true,
  },
  {
    path: '/directory',
    label: 'Directory',
    description:
      'The Health Care Social Media List: a public, filterable directory of health-care organizations and their official social accounts.',
    built: true,
  },
  {
    path: '/learning',
    label: 'Learning',
    description:
      'The Social for Healthcare Certificate course, module by module with your progress, and the Social Media Fellows programme.',
    built: true,
  },
  {
    path: '/fellows',
    label: 'Fellows',
    description:
      'The Social Media Fellows programme: Residency graduates submit a strategic plan for review; accepted fellows are listed here.',
    built: true,
  },
  {
    path: '/resources',
    label: 'Resources',
    description:
      'Guidelines, templates, training materials and recorded webinars, for the public, guests or premium members.',
    built: true,
  },
];
