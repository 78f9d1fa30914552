import * as assert from 'node:assert/strict';
import { FUNCTION_WORDS, otherLanguageOf } from '../../server/src/engine/vocabulary/language';

const repeat = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ');

describe('the language a SOW reads as', () => {
  it('English, however technical, is English', () => {
    assert.equal(
      otherLanguageOf(repeat('The provider will patch the servers within 30 days of release and report on it monthly.', 8)),
      undefined,
    );
  });

  it('German, French, Dutch, Spanish, Portuguese, Italian and Polish bodies are told by their function words', () => {
    const bodies: [string, string][] = [
      ['Der Auftragnehmer ist für die Wartung der Systeme zuständig und wird den Auftraggeber informieren.', 'German'],
      ['Le prestataire est responsable de la maintenance des serveurs et informe le client par courriel.', 'French'],
      ['De leverancier is verantwoordelijk voor het onderhoud van de servers en informeert de klant.', 'Dutch'],
      ['El proveedor es responsable del mantenimiento de los servidores y notifica al cliente por correo.', 'Spanish'],
      ['O fornecedor é responsável pela manutenção dos servidores e não cobra as correções de segurança.', 'Portuguese'],
      ['Il fornitore è responsabile della manutenzione dei server e non addebita gli aggiornamenti.', 'Italian'],
      ['Dostawca jest odpowiedzialny za utrzymanie serwerów i nie pobiera opłat za poprawki oraz aktualizacje.', 'Polish'],
    ];
    for (const [sentence, language] of bodies) assert.equal(otherLanguageOf(repeat(sentence, 8)), language);
  });

  it('abstains on a short text, and on English with names and terms from another language', () => {
    assert.equal(otherLanguageOf('Der Auftragnehmer ist für die Wartung zuständig.'), undefined);
    const mixed = repeat('The provider runs the Rechenzentrum Nord and the Serverbetrieb for Müller GmbH under this agreement.', 8);
    assert.equal(otherLanguageOf(mixed), undefined);
  });

  it('a document of tables and terms, with few running words, is told by a clear count of function words', () => {
    // Under one word in twelve, but with no English function word at all.
    const terms = Array.from({ length: 20 }, (_, i) => `Czas reakcji awaria krytyczna pakiet ${i} 48h 24h 2h Premium Standard`).join('\n');
    const tabular = `${terms}\n${repeat('Zgłoszenie jest przyjmowane przez dział wsparcia oraz obsługiwane w dni robocze.', 4)}`;
    assert.equal(otherLanguageOf(tabular), 'Polish');
  });

  it('no function word of another language is an English one', () => {
    const english = new Set(FUNCTION_WORDS.English);
    for (const [language, words] of Object.entries(FUNCTION_WORDS))
      if (language !== 'English')
        assert.deepEqual(
          words.filter((w) => english.has(w)),
          [],
          language,
        );
  });
});
