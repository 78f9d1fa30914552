import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/engine';
import rule from '../../server/src/engine/rules/language-not-understood';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';

/** A German service description: a priority table, duties in prose, no termination clause anywhere. */
const GERMAN = `
# Leistungsbeschreibung Managed Server

Der Auftragnehmer betreibt die Server des Auftraggebers und ist für die Wartung der Systeme zuständig. Die
Betreuung erfolgt über das Ticketsystem des Auftragnehmers, das dem Auftraggeber zur Verfügung steht. Wir
überwachen die Systeme rund um die Uhr und spielen Sicherheitsupdates nach Absprache mit dem Auftraggeber ein.
Änderungen an der Konfiguration werden nur nach Freigabe durch den Auftraggeber durchgeführt. Die Daten des
Auftraggebers werden täglich gesichert und die Sicherungen werden für dreißig Tage aufbewahrt. Bei einer
Störung wird der Auftraggeber per E-Mail informiert, und die Reaktionszeit richtet sich nach der Priorität.

| Funktion | Contoso | Northwind |
| --- | --- | --- |
| Serverbetrieb | R | A |
| Benutzerverwaltung | | |
`;

/**
 * A French one of the same kind: Demarc holds no French words, so nothing at all is said to be missing from it.
 */
const FRENCH = `
# Description du service de serveurs gérés

Le prestataire exploite les serveurs du client et est responsable de la maintenance des systèmes. Le support
est assuré par le système de tickets du prestataire, qui est mis à la disposition du client. Nous surveillons
les systèmes jour et nuit et nous installons les mises à jour de sécurité avec l'accord du client. Les
modifications de la configuration sont faites par le prestataire après accord du client. Les données du
client sont sauvegardées chaque jour et les sauvegardes sont conservées pour trente jours. En cas de panne le
client est informé par courriel, et le délai de réponse dépend de la priorité.
`;

/** The German SOW with what it lacked, in German: notice to end it, an escalation path, response times, exit terms for its ticket system. */
const GERMAN_COMPLETE = `${GERMAN}
## Reaktionszeiten

| Priorität | Beschreibung | Reaktionszeit |
| --- | --- | --- |
| Kritisch | Totalausfall eines Systems | 30 Minuten |
| Hoch | Wesentliche Beeinträchtigung | 2 Stunden |
| Niedrig | Fragen und Wünsche | 1 Werktag |

## Eskalation

Wird eine Reaktionszeit überschritten, eskaliert der Auftraggeber an die Teamleitung des Auftragnehmers und
nach 4 Stunden an die Geschäftsführung.

## Laufzeit und Kündigung

Der Vertrag kann von beiden Parteien mit einer Frist von drei Monaten zum Monatsende gekündigt werden. Bei
Vertragsende exportiert der Auftragnehmer die Tickets aus seinem Ticketsystem und übergibt sie dem Auftraggeber.
`;

/** The same length of English: read as English. */
const ENGLISH = `
# Managed server service description

The provider runs the client's servers and is responsible for maintaining the systems. Support is given
through the provider's ticketing system, which is available to the client. We monitor the systems around the
clock and apply security updates in agreement with the client. Changes to the configuration are made only
after the client approves them. The client's data is backed up daily and the backups are kept for thirty days.
When a fault occurs the client is told by email, and the response time depends on the priority.
`;

testRule(rule, {
  valid: [
    { name: 'a SOW written in English', text: sow(ENGLISH) },
    {
      name: 'a short SOW, or one of tables and names only, is taken as English',
      text: sow('| Funktion | Contoso |\n| --- | --- |\n| Serverbetrieb | R/A |\n'),
    },
  ],
  invalid: [
    {
      name: 'a SOW in a language Demarc holds no words for is said to be read as that language, once, on the model line',
      text: sow(FRENCH),
      findings: [
        {
          messageId: 'otherLanguage',
          at: 'model: co-managed',
          message:
            'This SOW reads as French; Demarc reads SOWs written in English. It still checks the tables and marks it can read, but it reports nothing as missing from this document (service levels, termination and exit terms, an escalation path, baseline services, tool terms and playbook terms): it could not tell.',
        },
      ],
    },
    {
      name: 'a German SOW is said to be read for the topics Demarc holds German words for, and not for the others',
      text: sow(GERMAN),
      findings: [
        {
          messageId: 'partlyRead',
          at: 'model: co-managed',
          message:
            'This SOW reads as German. Demarc reads German for service levels, termination and exit terms, an escalation path, baseline services and tool terms, but not for playbook terms: it reports nothing there as missing, as it could not tell. It still checks the tables and marks it can read.',
        },
      ],
    },
  ],
});

const found = (text: string) =>
  analyse(text)
    .findings.map((f) => `${f.ruleId} ${f.messageId}`)
    .sort();

describe('a SOW in another language', () => {
  it('in a language Demarc holds no words for, is reported as missing nothing, while the rows it can read are still checked', () => {
    const french = `${FRENCH}\n| Fonction | Contoso | Northwind |\n| --- | --- | --- |\n| Exploitation | R | A |\n| Comptes | | |\n`;
    assert.deepEqual(found(sow(french)), ['language-not-understood otherLanguage', 'unassigned-function noResponsibleOrAccountable']);
  });

  it('in German, is held to what Demarc reads in German: no notice to end it, no escalation path, no response times, no exit terms for its ticket system', () => {
    // It names its services in German ("überwachen", "Sicherheitsupdates", "gesichert"): none is reported missing.
    assert.deepEqual(found(sow(GERMAN)), [
      'escalation-missing noSection',
      'language-not-understood partlyRead',
      'p1-response-missing noTable',
      'termination-missing noSection',
      'tool-exit-missing namedNoExitTerms',
      'unassigned-function noResponsibleOrAccountable',
    ]);
    const tool = analyse(sow(GERMAN)).findings.find((f) => f.ruleId === 'tool-exit-missing')!;
    assert.match(tool.message, /^"Ticketsystem" \(read as its ticketing system\)/);
  });

  it('in German, with its notice, escalation path and response times written in German, is said to lack none of them', () => {
    assert.deepEqual(found(sow(GERMAN_COMPLETE)), ['language-not-understood partlyRead', 'unassigned-function noResponsibleOrAccountable']);
    const table = analyse(sow(GERMAN_COMPLETE)).model!.serviceLevels[0];
    assert.deepEqual(
      table.rows.map((r) => [r.priority, r.response?.minutes, r.response?.business]),
      [
        [1, 30, false],
        [2, 120, false],
        // Ranked within its table, as English words are: the third of three tiers.
        [3, 1440, true],
      ],
    );
  });

  it('the same SOW in English is held to every absence rule', () => {
    const rules = new Set(analyse(sow(ENGLISH)).findings.map((f) => f.ruleId));
    for (const id of ['termination-missing', 'escalation-missing']) assert.ok(rules.has(id), id);
  });
});
