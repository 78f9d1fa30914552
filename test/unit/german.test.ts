// The German words Demarc reads (language.ts TOPICS_READ): each topic's readings, and the near-misses German
// compounds make ("angekündigt" is no notice to end, "Versicherung" no backup).
import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/engine';
import { terminationClauses } from '../../server/src/engine/model/sections';
import { parseDuration, saysBestEffort, saysBusinessTime, saysUnmeasuredTime } from '../../server/src/engine/vocabulary/duration';
import { parseAccess } from '../../server/src/engine/vocabulary/access';
import { parsePriority, readsAsOutage } from '../../server/src/engine/vocabulary/priority';
import { toolMentionsIn } from '../../server/src/engine/vocabulary/tools';
import { sow } from '../helpers/sow';

const missing = (body: string) =>
  analyse(sow(body))
    .findings.filter((f) => f.ruleId === 'baseline-service-missing')
    .map((f) => /covers ([a-z ]+):/.exec(f.message)?.[1])
    .sort();

describe('reading German', () => {
  it('reads German durations, business days among them', () => {
    const read = (t: string) => {
      const d = parseDuration(t);
      return d && [d.minutes, d.business];
    };
    assert.deepEqual(read('30 Minuten'), [30, false]);
    assert.deepEqual(read('< 1 Stunde'), [60, false]);
    assert.deepEqual(read('innerhalb einer Stunde'), [60, false]);
    assert.deepEqual(read('zwei Stunden'), [120, false]);
    assert.deepEqual(read('4 Std.'), [240, false]);
    assert.deepEqual(read('3 Tage'), [4320, false]);
    assert.deepEqual(read('1 Werktag'), [1440, true]);
    assert.deepEqual(read('zwei Arbeitstage'), [2880, true]);
    assert.deepEqual(read('4 Stunden (während der Geschäftszeiten)'), [240, true]);
    // An article is a quantity only before a unit.
    assert.equal(parseDuration('eine Beschreibung'), undefined);
  });

  it('tells German business hours, effort and unmeasured times', () => {
    for (const yes of ['Mo–Fr, 8–18 Uhr', 'Montag bis Freitag', 'während der Bürozeiten', 'an Werktagen'])
      assert.ok(saysBusinessTime(yes), yes);
    assert.equal(saysBusinessTime('rund um die Uhr, 24/7'), false);
    assert.ok(saysBestEffort('Der Auftragnehmer bemüht sich, innerhalb eines Werktags zu reagieren'));
    for (const t of ['unverzüglich', 'umgehend', 'so schnell wie möglich']) assert.ok(saysUnmeasuredTime(t), t);
  });

  it('reads German priority labels and ranks German tier words', () => {
    assert.equal(parsePriority('Priorität 1'), 1);
    assert.equal(parsePriority('Schweregrad 2'), 2);
    assert.equal(parsePriority('Kritisch'), 1);
    assert.equal(parsePriority('Hoch'), 2);
    assert.equal(parsePriority('Sehr hoch'), 1.5);
    assert.equal(parsePriority('Mittel'), 3);
    assert.equal(parsePriority('Niedrig'), 4);
    assert.equal(parsePriority('Nicht kritisch'), 2);
  });

  it('reads a German full outage as the top tier, and not a partial one', () => {
    for (const yes of [
      'Störung (Service ist nicht verfügbar oder seine Nutzung ist eingeschränkt)',
      'Totalausfall',
      'System nicht erreichbar',
    ])
      assert.ok(readsAsOutage(yes), yes);
    for (const no of ['Service ist teilweise nicht verfügbar', 'Einzelne Funktionen gestört']) assert.equal(readsAsOutage(no), false, no);
  });

  it('reads German notice to end the contract, and what then happens to data, but not an announcement', () => {
    const clauses = (text: string) => [...terminationClauses(analyse(sow(text)).model!.scope)].map((c) => c.text);
    assert.equal(clauses('Der Vertrag kann mit einer Frist von drei Monaten gekündigt werden.\n').length, 1);
    assert.equal(clauses('Die Kündigungsfrist beträgt einen Monat.\n').length, 1);
    assert.equal(clauses('Nach Vertragsende werden alle Daten des Auftraggebers herausgegeben und gelöscht.\n').length, 1);
    assert.deepEqual(clauses('Wartungsfenster werden mit mind. 5 Werktagen Vorlauf angekündigt.\n'), []);
    assert.deepEqual(clauses('Die Ankündigung erfolgt per E-Mail.\n'), []);
  });

  it('reads a German exit or escalation heading as such', () => {
    const kinds = analyse(
      sow('## Laufzeit und Kündigung\n\nText.\n\n## Eskalationspfad\n\nText.\n\n## Ankündigungen\n\nText.\n'),
    ).model!.sections.map((s) => s.kind);
    assert.deepEqual(kinds, ['exit', 'escalation', undefined]);
  });

  it('reads an escalation path written in German prose', () => {
    const escalation = (body: string) => analyse(sow(body)).findings.some((f) => f.ruleId === 'escalation-missing');
    assert.equal(
      escalation('Bei Überschreitung eskaliert der Auftraggeber an die Teamleitung und nach 4 Stunden an die Geschäftsführung.\n'),
      false,
    );
    assert.equal(escalation('Eine Eskalation ist möglich.\n'), true);
  });

  it('counts German service words as scope, and not their other senses', () => {
    const all = ['backup and disaster recovery', 'monitoring', 'patching', 'security'];
    assert.deepEqual(missing('Die IT-Sicherheit, Datensicherung, Überwachung und Sicherheitsupdates übernimmt Northwind.\n'), []);
    assert.deepEqual(
      missing('Die Daten werden täglich gesichert.\n'),
      all.filter((s) => s !== 'backup and disaster recovery'),
    );
    assert.deepEqual(
      missing('Windows-Updates und Kernelpatches spielt Northwind ein.\n'),
      all.filter((s) => s !== 'patching'),
    );
    // Insurance, quality assurance, securing a thing, legal certainty and a dispatch are none of the four.
    assert.deepEqual(missing('Versicherung, Qualitätssicherung, Absicherung, Rechtssicherheit und Dispatch.\n'), all);
    // English keeps its own words: "unpatched" is no patching.
    assert.ok(missing('Stops threats via unpatched vulnerabilities.\n').includes('patching'));
  });

  it('reads a German tool table: its owner, access and exit columns, and German access levels', () => {
    const model = analyse(
      sow(`| Werkzeug | Eigentümer | Zugriff | Bei Vertragsende |
| --- | --- | --- | --- |
| Datto RMM | Northwind | Lesezugriff | Agenten werden entfernt |
| Autotask PSA | Northwind | Vollzugriff | Export der Tickets |
| IT Glue | Northwind | kein Zugriff | |
`),
    ).model!;
    assert.deepEqual(
      model.tools.map((t) => [t.name, t.owner?.role, t.access, t.exitTerms.length > 0]),
      [
        ['Datto RMM', 'provider', 'read-only', true],
        ['Autotask PSA', 'provider', 'read-write', true],
        ['IT Glue', 'provider', 'none', false],
      ],
    );
    assert.equal(parseAccess('nur lesend'), 'read-only');
    assert.equal(parseAccess('Lesen und Schreiben'), 'read-write');
  });

  it('names German tool nouns in running text, as their words are joined', () => {
    const named = (t: string) => toolMentionsIn(t).map((m) => [m.name, m.kind]);
    assert.deepEqual(named('Unser Ticketsystem und Forum steht Ihnen zur Verfügung.'), [['Ticketsystem', 'ticketing']]);
    assert.deepEqual(named('Der Zugang erfolgt per Fernwartungssoftware.'), [['Fernwartungssoftware', 'remote-access']]);
    assert.deepEqual(named('Die Zugangsdaten liegen im Passwortmanager.'), [['Passwortmanager', 'password-manager']]);
  });
});
