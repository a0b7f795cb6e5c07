// The adults of the demo register (demo-persons.ts): parents, third parties and guardians, most in Amsterdam, two
// in 's-Gravenhage, one abroad and one without a known address. Fictitious; every BSN is a 9999xxxxx test number.
import { type PersonSpec, person, type Residence } from './demo-builders.ts';

const amsterdam = (straat: string, huisnummer: number, postcode: string, sinds = '2015-06-01'): Residence => ({
  adres: { straat, huisnummer, postcode, woonplaats: 'Amsterdam', gemeente: '0363' },
  sinds,
});
const denHaag = (straat: string, huisnummer: number, postcode: string, sinds = '2016-09-01'): Residence => ({
  adres: { straat, huisnummer, postcode, woonplaats: "'s-Gravenhage", gemeente: '0518' },
  sinds,
});

const adult = (
  bsn: string,
  naam: string,
  geslacht: 'V' | 'M',
  geboren: string,
  woont: Residence,
  extra: Partial<PersonSpec> = {},
) => person({ bsn, naam, geslacht, geboren, woont, ...extra });

export const demoAdults = {
  anna: adult('999990007', 'Anna Jansen', 'V', '1985-03-02', amsterdam('Prinsengracht', 263, '1016 GV')),
  bas: adult('999990020', 'Bas Jansen', 'M', '1983-07-19', amsterdam('Linnaeusstraat', 35, '1093 EE')),
  carla: adult('999990032', 'Carla Bakker', 'V', '1987-01-30', amsterdam('Keizersgracht', 324, '1016 EZ')),
  daan: adult('999990044', 'Daan Bakker', 'M', '1986-11-11', amsterdam('Javastraat', 118, '1095 CP')),
  eva: adult('999990056', 'Eva Visser', 'V', '1984-05-05', amsterdam('Overtoom', 301, '1054 HW')),
  frank: adult('999990068', 'Frank Visser', 'M', '1982-02-14', amsterdam('Overtoom', 301, '1054 HW')),
  gerda: adult('999990081', 'Gerda Smit', 'V', '1988-08-08', amsterdam('Kinkerstraat', 89, '1053 DZ')),
  hans: adult('999990093', 'Hans Smit', 'M', '1987-09-09', amsterdam('Bilderdijkstraat', 7, '1053 KM')),
  ilse: adult('999990111', 'Ilse Meijer', 'V', '1990-10-10', amsterdam('Rozengracht', 133, '1016 LV')),
  joke: adult('999990123', 'Joke de Boer', 'V', '1989-04-04', amsterdam('Beethovenstraat', 58, '1077 JH')),
  karel: adult('999990135', 'Karel Mulder', 'M', '1960-06-06', amsterdam('Apollolaan', 101, '1077 AN')),
  lotte: adult('999990147', 'Lotte Bosman', 'V', '1970-07-07', amsterdam('Ferdinand Bolstraat', 14, '1072 LJ')),
  mila: adult('999990159', 'Mila Vossen', 'V', '1991-01-01', amsterdam('Vondelstraat', 41, '1054 GE')),
  noor: adult('999990160', 'Noor Peters', 'V', '1986-02-02', amsterdam('Jan Pieter Heijestraat', 12, '1053 GN')),
  olaf: adult('999990172', 'Olaf Peters', 'M', '1985-03-03', amsterdam('Haarlemmerdijk', 60, '1013 JE')),
  pien: adult('999990184', 'Pien Hendriks', 'V', '1992-04-04', amsterdam('Czaar Peterstraat', 21, '1018 NW')),
  quinten: adult('999990196', 'Quinten Dekker', 'M', '1980-05-05', amsterdam('Wibautstraat', 150, '1091 GR')),
  rosa: adult('999990202', 'Rosa Dekker', 'V', '1981-06-06', amsterdam('Ceintuurbaan', 200, '1072 GC')),
  sanne: adult('999990214', 'Sanne Brouwer', 'V', '1988-07-07', amsterdam('Van Woustraat', 77, '1074 AD')),
  tim: adult('999990226', 'Tim Brouwer', 'M', '1987-08-08', amsterdam('Admiraal de Ruijterweg', 300, '1055 MK'), {
    geheim: true,
  }),
  uma: adult('999990238', 'Uma de Witte', 'V', '1984-09-09', amsterdam('Bos en Lommerweg', 90, '1055 DS')),
  victor: adult('999990251', 'Victor de Witte', 'M', '1983-10-10', amsterdam('Kinkerstraat', 200, '1053 EM')),
  wim: adult('999990263', 'Wim van Dijk', 'M', '1975-11-11', amsterdam('Sarphatistraat', 8, '1017 WS')),
  xandra: adult('999990275', 'Xandra van Dijk', 'V', '1976-12-12', amsterdam('Plantage Middenlaan', 30, '1018 DG')),
  yara: adult('999990287', 'Yara Koster', 'V', '1985-01-15', amsterdam('Hoofdweg', 44, '1058 AX')),
  zeger: adult('999990299', 'Zeger Koster', 'M', '1984-02-16', amsterdam('Rozengracht', 20, '1016 NB')),
  astrid: adult('999990305', 'Astrid Willems', 'V', '1986-03-17', amsterdam('Nassaukade', 120, '1052 EB')),
  // Registered abroad (RNI): the letter goes to the foreign address.
  boris: adult('999990317', 'Boris Willems', 'M', '1985-04-18', {
    buitenland: {
      regel1: 'Hauptstraße 5',
      regel2: '10115 Berlin',
      land: { code: '9089', omschrijving: 'Bondsrepubliek Duitsland' },
    },
    sinds: '2023-05-01',
  }),
  cees: adult('999990329', 'Cees Kramer', 'M', '1979-05-19', amsterdam('Marnixstraat', 250, '1016 TL')),
  // Address unknown to the BRP: no letter can go out; a person must look.
  dirk: adult('999990330', 'Dirk Kramer', 'M', '1978-06-20', { onbekend: true, sinds: '2025-01-01', gemeente: '0363' }),
  femke: adult('999990354', 'Femke Smits', 'V', '1990-07-21', denHaag('Laan van Meerdervoort', 52, '2517 AG')),
  gijs: adult('999990366', 'Gijs Smits', 'M', '1989-08-22', denHaag('Frederik Hendriklaan', 120, '2582 BZ')),
  hanna: adult('999990627', 'Hanna Verbeek', 'V', '1987-10-03', amsterdam('Valkenburgerstraat', 15, '1011 MJ'), {
    geheim: true,
  }),
  jeroen: adult('999990639', 'Jeroen Verbeek', 'M', '1986-12-24', amsterdam('Weesperzijde', 70, '1091 EJ')),
  kim: adult('999990652', 'Kim Hoekstra', 'V', '1993-02-11', amsterdam('Lindengracht', 55, '1015 KD')),
  marit: adult('999990676', 'Marit Jacobs', 'V', '1990-05-30', amsterdam('Elandsgracht', 9, '1016 TM')),
  niels: adult('999990688', 'Niels Jacobs', 'M', '1989-03-12', amsterdam('Admiraal de Ruijterweg', 12, '1056 GK')),
  ruben: adult('999990901', 'Ruben Vermeulen', 'M', '1984-11-02', amsterdam('Van Baerlestraat', 27, '1071 AN')),
  sara: adult('999990913', 'Sara Vermeulen', 'V', '1986-01-19', amsterdam('Jan Evertsenstraat', 88, '1056 EH')),
  tom: adult('999990925', 'Tom Claassen', 'M', '1982-06-30', amsterdam('Stadionweg', 5, '1077 RV')),
  // Whether she may hold custody (curatele) is under investigation in the BRP.
  ursula: adult('999990937', 'Ursula Claassen', 'V', '1983-09-14', amsterdam('Spaarndammerstraat', 61, '1013 SZ'), {
    inOnderzoek: { gezag: '2026-09-01' },
  }),
  // Sem's father: the BRP cannot tell his custody; the demo records it by hand from the court's register.
  milan: adult('999990962', 'Milan Vossen', 'M', '1990-03-08', amsterdam('Bilderdijkstraat', 150, '1053 KV')),
};
