/** Functions most managed and co-managed SOWs assign: what completion offers in a function column. */
export const COMMON_FUNCTIONS: readonly string[] = [
  'Help desk L1',
  'Help desk L2',
  'After-hours support',
  'Security monitoring',
  'Patch management',
  'Backup and disaster recovery',
  'Endpoint protection',
  'Network monitoring',
  'Cloud infrastructure',
  'User onboarding and offboarding',
  'Vendor management',
  'Compliance documentation',
  'Asset management',
  'Identity and access management',
  'Email and collaboration',
  'Firewall management',
  'Server administration',
  'Printer support',
  'Licence management',
  'Security awareness training',
];

/** Section titles a SOW usually has, in document order; the last two are the ones rules look for. */
export const SECTION_TITLES: readonly string[] = [
  'Responsibilities',
  'Service levels',
  'Tools and access',
  'Escalation',
  'Termination and exit',
];
