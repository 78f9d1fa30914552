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
      name: 'a SOW written in German is said to be read as German, once, on the model line',
      text: sow(GERMAN),
      findings: [
        {
          messageId: 'otherLanguage',
          at: 'model: co-managed',
          message:
            'This SOW reads as German; Demarc reads SOWs written in English. It still checks the tables and marks it can read, but it reports nothing as missing from this document (service levels, termination and exit terms, an escalation path, baseline services, tool terms): it could not tell.',
        },
      ],
    },
  ],
});

describe('a SOW in a language Demarc does not read', () => {
  it('is reported as missing nothing, while the rows it can read are still checked', () => {
    const rules = analyse(sow(GERMAN)).findings.map((f) => `${f.ruleId} ${f.messageId}`);
    assert.deepEqual(rules.sort(), ['language-not-understood otherLanguage', 'unassigned-function noResponsibleOrAccountable']);
  });

  it('the same SOW in English is held to every absence rule', () => {
    const rules = new Set(analyse(sow(ENGLISH)).findings.map((f) => f.ruleId));
    for (const id of ['termination-missing', 'escalation-missing']) assert.ok(rules.has(id), id);
  });
});
