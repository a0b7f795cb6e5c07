// The in-memory fake BRP behaves like the BRP for what the service relies on.
import { describe, expect, it } from 'vitest';
import { BrpUnavailableError, HOLDER_FIELDS } from '../../src/ports/brp.ts';
import { createFakeBrp } from './fake.ts';

const CHILD = '999990378';
const SECRET_RECIPIENT = '999990226';

describe('in-memory fake BRP', () => {
  it('returns only the requested top-level fields, plus the BSN', async () => {
    const [p] = await createFakeBrp().personen([CHILD], ['naam.volledigeNaam', 'gezag']);
    expect(Object.keys(p).sort()).toEqual(['burgerservicenummer', 'gezag', 'naam']);
  });

  it('adds geheimhoudingPersoonsgegevens whenever it is true, asked or not', async () => {
    const [p] = await createFakeBrp().personen([SECRET_RECIPIENT], ['naam']);
    expect(p.geheimhoudingPersoonsgegevens).toBe(true);
    const [q] = await createFakeBrp().personen([CHILD], HOLDER_FIELDS);
    expect('geheimhoudingPersoonsgegevens' in q).toBe(false);
  });

  it('leaves out persons it does not know', async () => {
    expect(await createFakeBrp().personen(['999990603'], ['naam'])).toEqual([]);
  });

  it('hands out copies: changing an answer does not change the register', async () => {
    const brp = createFakeBrp();
    const [first] = await brp.personen([CHILD], ['naam']);
    first.naam!.volledigeNaam = 'changed';
    const [again] = await brp.personen([CHILD], ['naam']);
    expect(again.naam?.volledigeNaam).not.toBe('changed');
  });

  it('throws BrpUnavailableError while set unavailable, and counts every call', async () => {
    const brp = createFakeBrp();
    brp.setAvailable(false);
    await expect(brp.personen([CHILD], ['naam'])).rejects.toBeInstanceOf(BrpUnavailableError);
    brp.setAvailable(true);
    await expect(brp.personen([CHILD], ['naam'])).resolves.toHaveLength(1);
    expect(brp.calls).toBe(2);
  });
});
