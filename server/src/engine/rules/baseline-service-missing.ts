import { appendTableRow } from '../fixes/edits';
import type { Fix } from '../types';
import type { SowModel } from '../model/types';
import type { SourceText } from '../source';
import { splitSentences } from '../vocabulary/words';
import { defineRule } from './rule';

/**
 * The provider's own platform maintenance: an upgrade or patch named as the cause of downtime or an outage
 * ("Downtimes caused due to upgrades for fixing critical security issues are not considered violations",
 * "a notification regarding an upgrade, outage, or other items"). It patches nothing of the client's.
 */
const OWN_DOWNTIME = /\b(?:down ?times?|outages?|service interruptions?|unavailability)\b/i;

/** A baseline service and the words that cover it. */
interface BaselineService {
  name: string;
  row: string;
  covers: RegExp;
  german: RegExp;
  /** Sentences that use the service's words of something else: no cover however they word it. */
  otherSentences?: RegExp;
}

/**
 * The four services every managed or co-managed deal includes, and the words that cover them: English by word,
 * German (`german`) by stem, as German joins words ("Sicherheitsupdates", "Datensicherung"). No \b beside an
 * umlaut: JavaScript's \b knows only ASCII letters.
 */
const BASELINE_SERVICES: readonly BaselineService[] = [
  {
    name: 'security',
    row: 'Security monitoring and endpoint protection',
    covers:
      /\b(security|cyber-?security|endpoint protection|endpoint detection|anti-?malware|malware protection|intrusion (?:detection|prevention)|threat (?:detection|hunting|protection)|edr|mdr|xdr|anti-?virus|soc|siem|firewalls?|vulnerabilit\w*)\b/i,
    // "IT-Sicherheit", "Virenschutz"; not the certainty of law or plans, safety at work, nor a deposit.
    german:
      /(?<!rechts|planungs|arbeits|versorgungs|investitions|betriebs)sicherheit(?!sleistung)|virenschutz|virenscanner|schadsoftware|schwachstelle|angriffserkennung|endpunktschutz/i,
  },
  {
    name: 'patching',
    row: 'Patch management',
    // Patching by its other names: upgrades, hot fixes, software or security updates ("updates to approved software").
    covers:
      /\bpatch|\b(?:upgrades?|upgrading|hot ?fix(?:es)?|(?:software|security|os|operating system|windows|microsoft|system|application|third[- ]party|driver|firmware) updates|updates? management|updates to (?:\w+ ){0,2}(?:software|hardware|firmware|hypervisors?|operating systems?)|updates (?:of|for|on|to) (?:the |your |all )?(?:\w+ ){0,2}(?:software|platforms?|servers?|operating systems?|os|applications?|firmware|devices|systems|computers|workstations|endpoints|machines)|(?:maintenance|monitoring|audits?|upgrades?),? and (?:scheduled |regular |routine |timely )?updates(?! (?:to|on|for|with|from) (?:the |our |your )?(?:clients?|customers?|you|users?|stakeholders?|status|progress|management|reports?|tickets?|incidents?))|updating (?:\w+ ){0,2}(?:runtimes?|software|dependencies))\b/i,
    // "Sicherheitsupdates", "Kernelpatches", "Aktualisierung der Systeme", "Updates einspielen": not a status
    // update, and not "unpatched" (English's \bpatch has it right).
    german:
      /(?:sicherheits|software|system|betriebssystem|kernel|firmware|windows)-?(?:updates?|patch)|updates? (?:einspielen|installieren)|(?:eingespielt|installiert)\w* updates|aktualisierung|aktualisier(?:en|t)/i,
    otherSentences: OWN_DOWNTIME,
  },
  {
    name: 'backup and disaster recovery',
    row: 'Backup and disaster recovery',
    // "Restore services" after an incident is no backup; restoring data, files or systems from a copy is.
    covers:
      /\b(back-?ups?|(?:backs?|backed|backing) up (?:the |all |every |your |their |its |client |customer )?(?:\w+ )?(?:data|files?|servers?|systems?|databases?|devices?|workstations?|endpoints?|mailbox(?:es)?|laptops?|computers?|vms?|sites?)|disaster recovery|dr|bcdr|business continuity|data recovery|(?:data|files?|databases?|mailbox|server|vm|point-in-time) restor(?:e|es|ation)|restor(?:e|es|ed|ing|ation) (?:of )?(?:(?:the|your|their|its|any|all|a|an|lost|deleted|corrupted|client|customer|user|individual) ){0,2}(?:data|files?|databases?|backups?|snapshots?|mailbox(?:es)?|systems? from))\b/i,
    // "Datensicherung", "täglich gesichert", "Backupsystem"; not insurance, quality assurance or securing something ("Absicherung").
    german:
      /(?<=\p{L})backup|backup(?=\p{L})|datensicherung|(?<!\p{L})sicherung(?:en|skopie\w*)?(?!\p{L})|(?<!\p{L})gesichert(?!\p{L})|datenwiederherstellung|wiederherstellung (?:von|der) daten|notfallwiederherstellung/iu,
  },
  {
    name: 'monitoring',
    row: 'Monitoring and alerting',
    // An alerting system watching the platform is monitoring by another name.
    covers:
      /\bmonitor|\balerting\b|\balerts? (?:you|us|the (?:client|customer)) (?:to|of|when|if)\b|\balerts? (?:for|on) (?:\w+ ){0,2}(?:events?|incidents?|outages?|failures?|thresholds?)\b/i,
    // "Überwachung", "überwachen die Systeme", "Alarmierung".
    german: /(?:ü|ue)berwach|alarmierung/i,
  },
];

/**
 * The same words in another sense: a building's security, a breach, a policy's requirements, or backup power, a spare person or line, a screen,
 * watching a ticket through or the quality of work, a supervisor watching the service desk's staff or calls, a
 * monitored inbox or phone line, a plan for monitoring the contract. Taken out of the text before it is read for a service, so
 * "backup power" covers no backups.
 */
const OTHER_SENSES =
  /\b(?:physical security|security (?:guards?|officers?|deposits?|clearances?|badges?|cameras?|breach(?:es)?|requirements?|polic(?:y|ies)|or integrity|or stability)|social security|back-?up (?:power|generators?|answer(?:ing)? ?phones?|(?:tele)?phones?|voicemail|batter(?:y|ies)|ups|cooling|hvac|internet|isp|lines?|circuits?|connections?|connectivity|links?|carriers?|contacts?|persons?|personnel|staff|technicians?|engineers?)|(?:dual|computer|external|desktop|lcd|led|second|additional) monitors?|monitors? (?:arms?|stands?|cables?|mounts?)|back-?up coverage|quality monitoring|monitoring (?:plans?|methods?)|(?:achieve|achieving|ensure|ensuring|maintain|maintaining|for|to) business continuity|monitor(?:s|ed|ing)? (?:of )?(?:the |our |your |its |their )?(?:\w+ )?(?:e-?mails?|inbox(?:es)?|repositories)|(?:e-?mail|inbox(?:es)?|mailbox(?:es)?|(?:tele)?phones?|voicemail|chat|hotline)(?: support| lines?)?:? (?:is |are )?monitored|monitored (?:e-?mail|inbox(?:es)?|mailbox(?:es)?|(?:tele)?phone lines?|voicemail)|monitor(?:s|ed|ing)? (?:the |each |every |its |their )?(?:tickets?|quality|progress|work orders?|requests?|calls?)\b(?! (?:queues?|systems?|platforms?))|monitor(?:s|ed|ing)? (?:of )?(?:the |its |their )?(?:service desk|help ?desk|staff|agents|employees)\b|call monitor(?:ing)?(?: systems?)?)\b/gi;

/** A web address is where a link goes, not what the SOW says: "atlassian.net/secure/…" covers no security. */
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+/gi;

/** An example given as such ("Example: Monitor showing b/w instead of color"): what a ticket may be, not a service. */
const LABELLED_EXAMPLE = /\b(?:for )?examples?\s*:[^.\n]*/gi;

// Addresses and other senses are taken out only of text that names the service at all: most text does not.
const covered = (service: BaselineService, text: string) =>
  (service.covers.test(text) && service.covers.test(withoutOtherSenses(service, text))) ||
  (service.german.test(text) && service.german.test(text.replace(ADDRESSES, ' ')));

function withoutOtherSenses(service: BaselineService, text: string): string {
  const read = text.replace(ADDRESSES, ' ').replace(OTHER_SENSES, ' ').replace(LABELLED_EXAMPLE, ' ');
  const other = service.otherSentences;
  if (!other?.test(read)) return read;
  return splitSentences(read)
    .filter((sentence) => !other.test(sentence))
    .join(' ');
}

export default defineRule({
  id: 'baseline-service-missing',
  defaultSeverity: 'warning',
  description: 'Nothing in the SOW (matrix, bullets, prose or tables) covers security, patching, backup and DR, or monitoring.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    notCovered:
      'Nothing in this SOW covers {{service}}: no function in a matrix and no heading, item, paragraph or table of its scope names it, yet every managed or co-managed deal needs someone to own it.',
  },
  absence: { messages: ['notCovered'], topic: 'baseline services' },
  check(context) {
    const { model } = context;
    for (const service of BASELINE_SERVICES) {
      // Scope is read wherever it is written: a matrix row, a bullet, a paragraph, another table.
      if (model.functions.some((fn) => covered(service, fn.name))) continue;
      if (model.scope.some((s) => !s.excluded && !s.serviceLevel && covered(service, s.text))) continue;
      context.report({
        messageId: 'notCovered',
        data: { service: service.name },
        range: model.documentAnchor,
        suggestions: addRowSuggestion(model, context.source, service.row),
      });
    }
  },
});

/** Adds the service as a row owned by the provider, at the end of the first matrix. */
function addRowSuggestion(model: SowModel, source: SourceText, name: string): Fix[] {
  const matrix = model.matrices[0];
  const provider = model.frontMatter.provider;
  // A matrix of duties written per party has no function column to name a new row in.
  if (!matrix || !provider || !matrix.columns.includes('function')) return [];
  const values = matrix.headerCells.map((_, i) => {
    const role = matrix.columns[i];
    if (role === 'function') return name;
    if (role === 'owner') return provider.name;
    const column = matrix.partyColumns.find((c) => c.index === i);
    if (!column) return '';
    return column.party === provider ? 'R/A' : column.party?.role === 'client' ? 'I' : '-';
  });
  const edits = appendTableRow({ source, model }, matrix, values);
  return edits.length ? [{ title: `Add "${name}" to the matrix, owned by ${provider.name}`, edits }] : [];
}
