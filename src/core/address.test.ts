// A letter goes only to the lines the BRP composes in `adressering`, never to an address the person is known not to
// live at.
import { describe, expect, it } from 'vitest';
import { postalAddressOf } from './address.ts';

const bsn = '999990020';

describe('postalAddressOf', () => {
  it('takes the name and lines of adressering, naming the country only abroad', () => {
    const nl = {
      burgerservicenummer: bsn,
      adressering: {
        aanschrijfwijze: { naam: 'B. Jansen' },
        adresregel1: 'Linnaeusstraat 35',
        adresregel2: '1093 EE  AMSTERDAM',
        land: { code: '6030', omschrijving: 'Nederland' },
      },
    };
    expect(postalAddressOf(nl)).toEqual({
      naam: 'B. Jansen',
      adresregels: ['Linnaeusstraat 35', '1093 EE  AMSTERDAM'],
    });
    const abroad = {
      burgerservicenummer: bsn,
      adressering: {
        aanschrijfwijze: { naam: 'B. Willems' },
        adresregel1: 'Hauptstraße 5',
        adresregel2: '10115 Berlin',
        land: { code: '9089', omschrijving: 'Bondsrepubliek Duitsland' },
      },
    };
    expect(postalAddressOf(abroad)).toEqual({
      naam: 'B. Willems',
      adresregels: ['Hauptstraße 5', '10115 Berlin'],
      land: 'Bondsrepubliek Duitsland',
    });
  });

  it('gives no address without lines (address unknown) or without adressering', () => {
    expect(
      postalAddressOf({ burgerservicenummer: bsn, adressering: { aanschrijfwijze: { naam: 'D. Kramer' } } }),
    ).toBeNull();
    expect(
      postalAddressOf({ burgerservicenummer: bsn, adressering: { adresregel1: ' ', adresregel2: '' } }),
    ).toBeNull();
    expect(postalAddressOf({ burgerservicenummer: bsn })).toBeNull();
  });

  it('gives no address when the municipality established that the person does not live there', () => {
    const gone = {
      burgerservicenummer: bsn,
      adressering: {
        aanschrijfwijze: { naam: 'B. Jansen' },
        adresregel1: 'Linnaeusstraat 35',
        adresregel2: '1093 EE  AMSTERDAM',
        indicatieVastgesteldVerblijftNietOpAdres: true,
      },
    };
    expect(postalAddressOf(gone)).toBeNull();
  });
});
