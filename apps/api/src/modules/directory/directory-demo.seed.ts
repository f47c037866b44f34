import { Injectable } from '@nestjs/common';
import { checkSubmission, duplicateNameKey, type OrganizationType, type Platform } from '@confer/libs/directory';
import { Tx } from '../../core/database/transaction-runner';
import { DirectoryRepository, ListingData } from './directory.repository';

type DemoOrg = [name: string, type: OrganizationType, country: string, region: string, city: string, domain: string, platforms: Platform[]];

// Fictional organizations (the domains use reserved .example names), across several countries.
const ORGS: DemoOrg[] = [
  ['Riverside Regional Medical Center', 'hospital', 'US', 'Florida', 'Jacksonville', 'riverside-regional.example', ['facebook', 'x', 'youtube', 'instagram']],
  ['Bayview Children’s Hospital', 'hospital', 'US', 'Florida', 'Tampa', 'bayview-kids.example', ['facebook', 'instagram', 'tiktok', 'blog']],
  ['Northgate Health System', 'health_system', 'US', 'Minnesota', 'Rochester', 'northgate-health.example', ['facebook', 'x', 'linkedin', 'youtube', 'podcast']],
  ['Prairie Valley Clinic', 'clinic', 'US', 'Kansas', 'Wichita', 'prairievalleyclinic.example', ['facebook']],
  ['Cedar Hills University Medical Center', 'academic_medical_center', 'US', 'Ohio', 'Columbus', 'cedarhills-umc.example', ['x', 'youtube', 'linkedin', 'blog']],
  ['Lakeshore Heart Institute', 'hospital', 'US', 'Illinois', 'Chicago', 'lakeshoreheart.example', ['facebook', 'youtube']],
  ['Summit Rural Health Network', 'health_system', 'US', 'Colorado', 'Denver', 'summitrural.example', ['facebook', 'linkedin']],
  ['Golden Coast Cancer Center', 'hospital', 'US', 'California', 'San Diego', 'goldencoastcancer.example', ['facebook', 'x', 'instagram', 'youtube']],
  ['Magnolia Family Practice', 'clinic', 'US', 'Georgia', 'Savannah', 'magnoliafamily.example', ['facebook', 'instagram']],
  ['Association of Hospital Social Media Managers', 'association', 'US', 'Virginia', 'Arlington', 'ahsmm.example', ['x', 'linkedin', 'blog']],
  ['Lone Star Pediatric Partners', 'clinic', 'US', 'Texas', 'Austin', 'lonestarpeds.example', ['facebook', 'tiktok']],
  ['Harborview Women’s Health', 'clinic', 'US', 'Washington', 'Seattle', 'harborviewwomen.example', ['instagram', 'facebook']],
  ['State Department of Public Health (Demo)', 'government', 'US', 'Massachusetts', 'Boston', 'dph-demo.example', ['x', 'facebook', 'youtube']],
  ['Pinecrest Behavioral Health', 'hospital', 'US', 'Oregon', 'Portland', 'pinecrestbh.example', ['facebook', 'linkedin']],
  ['MedSocial Analytics', 'company', 'US', 'New York', 'New York', 'medsocial-analytics.example', ['linkedin', 'x', 'blog']],
  ['Desert Sun Medical Group', 'clinic', 'US', 'Arizona', 'Phoenix', 'desertsunmed.example', ['facebook', 'youtube']],
  ['Appalachian Community Hospital', 'hospital', 'US', 'West Virginia', 'Charleston', 'appalachiancommunity.example', ['facebook']],
  ['Great Lakes Nursing Association', 'association', 'US', 'Michigan', 'Detroit', 'glna.example', ['facebook', 'x', 'podcast']],
  ['Maple Leaf General Hospital', 'hospital', 'CA', 'Ontario', 'Toronto', 'mapleleafgeneral.example', ['facebook', 'x', 'instagram']],
  ['Pacific Northwest Health Authority', 'government', 'CA', 'British Columbia', 'Vancouver', 'pnwha.example', ['x', 'youtube', 'linkedin']],
  ['Clinique Saint-Laurent', 'clinic', 'CA', 'Quebec', 'Montreal', 'clinique-stlaurent.example', ['facebook', 'instagram']],
  ['Prairie Academic Health Sciences Centre', 'academic_medical_center', 'CA', 'Manitoba', 'Winnipeg', 'prairieahsc.example', ['x', 'youtube']],
  ['Thames Valley NHS Trust (Demo)', 'health_system', 'GB', 'England', 'Reading', 'thamesvalley-trust.example', ['x', 'facebook', 'linkedin', 'youtube']],
  ['Highland Community Hospital', 'hospital', 'GB', 'Scotland', 'Inverness', 'highlandcommunity.example', ['facebook', 'x']],
  ['Royal Borough Children’s Clinic', 'clinic', 'GB', 'England', 'London', 'rbchildrens.example', ['instagram', 'tiktok', 'youtube']],
  ['Welsh Digital Health Society', 'association', 'GB', 'Wales', 'Cardiff', 'welshdigitalhealth.example', ['x', 'blog', 'podcast']],
  ['Shamrock University Hospital', 'academic_medical_center', 'IE', 'Leinster', 'Dublin', 'shamrock-uh.example', ['x', 'linkedin', 'youtube']],
  ['Klinikum Rheinblick', 'hospital', 'DE', 'Nordrhein-Westfalen', 'Köln', 'klinikum-rheinblick.example', ['facebook', 'instagram', 'youtube']],
  ['Universitätsmedizin Nordheide', 'academic_medical_center', 'DE', 'Niedersachsen', 'Hannover', 'um-nordheide.example', ['x', 'linkedin', 'instagram']],
  ['Hôpital des Deux Rives', 'hospital', 'FR', 'Île-de-France', 'Paris', 'hopital-deuxrives.example', ['facebook', 'x', 'linkedin']],
  ['Centre Hospitalier du Littoral', 'hospital', 'FR', 'Occitanie', 'Montpellier', 'ch-littoral.example', ['facebook', 'youtube']],
  ['Hospital Universitario Sierra Azul', 'academic_medical_center', 'ES', 'Madrid', 'Madrid', 'hu-sierraazul.example', ['x', 'instagram', 'youtube']],
  ['Clínica Costa Brava', 'clinic', 'ES', 'Cataluña', 'Girona', 'clinicacostabrava.example', ['instagram', 'facebook']],
  ['Ospedale San Marco Nuovo', 'hospital', 'IT', 'Veneto', 'Venezia', 'ospedale-sanmarco.example', ['facebook', 'instagram']],
  ['Noorderzorg Ziekenhuis', 'hospital', 'NL', 'Groningen', 'Groningen', 'noorderzorg.example', ['linkedin', 'x', 'facebook']],
  ['Fjordhelse Regional Hospital', 'health_system', 'NO', 'Vestland', 'Bergen', 'fjordhelse.example', ['facebook', 'instagram']],
  ['Southern Cross Health Partners', 'health_system', 'AU', 'New South Wales', 'Sydney', 'southerncrosshp.example', ['facebook', 'x', 'linkedin', 'youtube']],
  ['Outback Telehealth Service', 'government', 'AU', 'Northern Territory', 'Alice Springs', 'outbacktelehealth.example', ['facebook', 'youtube']],
  ['Coral Coast Private Hospital', 'hospital', 'AU', 'Queensland', 'Cairns', 'coralcoastprivate.example', ['instagram', 'facebook']],
  ['Aotearoa Health Collective', 'association', 'NZ', 'Wellington', 'Wellington', 'aotearoahealth.example', ['facebook', 'x', 'podcast']],
  ['Sakura Medical University Hospital', 'academic_medical_center', 'JP', 'Tokyo', 'Tokyo', 'sakura-muh.example', ['x', 'youtube']],
  ['Lion City Heart Centre', 'hospital', 'SG', '', 'Singapore', 'lioncityheart.example', ['facebook', 'linkedin', 'instagram']],
  ['Deccan Multispeciality Hospital', 'hospital', 'IN', 'Telangana', 'Hyderabad', 'deccanmulti.example', ['facebook', 'x', 'youtube', 'instagram']],
  ['Ganga Community Health Trust', 'association', 'IN', 'Uttar Pradesh', 'Varanasi', 'gangahealthtrust.example', ['facebook', 'youtube']],
  ['Table Mountain Children’s Hospital', 'hospital', 'ZA', 'Western Cape', 'Cape Town', 'tablemountainkids.example', ['facebook', 'x', 'instagram']],
  ['Lagos Lagoon Medical Centre', 'hospital', 'NG', 'Lagos', 'Lagos', 'lagoonmedical.example', ['facebook', 'x', 'instagram']],
  ['Rift Valley Mission Hospital', 'hospital', 'KE', 'Nakuru', 'Nakuru', 'riftvalleymission.example', ['facebook', 'youtube']],
  ['Hospital Serra Verde', 'hospital', 'BR', 'Minas Gerais', 'Belo Horizonte', 'hospitalserraverde.example', ['instagram', 'facebook', 'youtube', 'tiktok']],
  ['Clínica Andina de Salud', 'clinic', 'CO', 'Cundinamarca', 'Bogotá', 'clinicaandina.example', ['facebook', 'instagram']],
  ['Instituto Nacional de Salud Digital (Demo)', 'government', 'MX', 'Ciudad de México', 'Ciudad de México', 'insd-demo.example', ['x', 'youtube', 'facebook']],
  ['HealthComms Studio', 'company', 'GB', 'England', 'Manchester', 'healthcommsstudio.example', ['linkedin', 'instagram', 'blog']],
  ['Fellows Alumni Podcast Network', 'other', 'US', 'Florida', 'Jacksonville', 'fellowsalumni.example', ['podcast', 'x']],
];

const SLUG = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '');

function accountUrl(platform: Platform, name: string, domain: string): string {
  const handle = SLUG(name).slice(0, 24);
  switch (platform) {
    case 'facebook':
      return `https://www.facebook.com/${handle}`;
    case 'x':
      return `https://x.com/${handle.slice(0, 15)}`;
    case 'youtube':
      return `https://www.youtube.com/@${handle}`;
    case 'linkedin':
      return `https://www.linkedin.com/company/${handle}`;
    case 'instagram':
      return `https://www.instagram.com/${handle}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${handle}`;
    case 'blog':
      return `https://blog.${domain}/`;
    case 'podcast':
      return `https://${domain}/podcast`;
    default:
      return `https://${domain}/social`;
  }
}

function listing([name, type, country, region, city, domain, platforms]: DemoOrg): ListingData {
  const verdict = checkSubmission({ name, type, country, region, city, website: `https://www.${domain}/`, accounts: platforms.map((p) => ({ platform: p, url: accountUrl(p, name, domain) })) });
  if (!verdict.ok) throw new Error(`demo directory entry ${name}: ${verdict.problem}`);
  return { ...verdict.value, nameKey: duplicateNameKey(verdict.value.name) };
}

/** About fifty approved listings, plus three submissions waiting in the review queue (one a likely duplicate). */
@Injectable()
export class DirectoryDemoSeed {
  constructor(private readonly listings: DirectoryRepository) {}

  async run(tx: Tx): Promise<number> {
    for (const [i, org] of ORGS.entries()) {
      await this.listings.insertOrganization({ ...listing(org), submitterEmail: `webteam${i + 1}@${org[5]}` }, tx);
    }
    const pending: [DemoOrg, string][] = [
      [['Riverside Regional Medical Centre', 'hospital', 'US', 'Florida', 'Jacksonville', 'riverside-regional.example', ['facebook', 'tiktok']], 'social@riverside-regional.example'],
      [['Nordic Digital Health Forum', 'association', 'SE', 'Stockholm', 'Stockholm', 'nordicdhf.example', ['linkedin', 'podcast']], 'info@nordicdhf.example'],
      [['Bayou Community Clinic', 'clinic', 'US', 'Louisiana', 'New Orleans', 'bayouclinic.example', ['facebook', 'instagram']], 'comms@bayouclinic.example'],
    ];
    for (const [org, email] of pending) {
      await this.listings.insertSubmission({ ...listing(org), kind: 'new', status: 'pending', organizationId: null, submitterEmail: email }, tx);
    }
    return ORGS.length;
  }
}
