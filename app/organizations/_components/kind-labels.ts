import type { OrganizationKind } from '@/lib/domain/vocabularies';

export const organizationKindLabels: Record<OrganizationKind, string> = {
  ministry: 'Ministry',
  government: 'Government',
  international: 'International organization',
  ngo: 'NGO',
  company: 'Company',
  academic: 'Academic',
  media: 'Media',
  other: 'Other',
};
