// The API's tags with their descriptions, declared once in the OpenAPI document (ADR API-16).
export const API_TAGS: Record<string, string> = {
  Gebeurtenissen:
    'BRP-gebeurtenissen over vertrek naar het buitenland, aangeboden door het BRP-systeem van een gemeente.',
  Vertrekmeldingen:
    'Geregistreerde vertrekken van minderjarigen, zoals de aanroeper ze mag zien; de voorcontrole aan de balie.',
  Kennisgevingen: 'Kennisgevingen van de gemeente aan een gezaghouder die niet bij de aangifte betrokken was.',
  Signalen: 'Signalen aan de Ca IKA, het IKO-team van de RvdK en CIKO, en SIS-verzoeken.',
  Aandachtsmarkeringen: 'Markeringen van kinderen door de RvdK of de Ca IKA.',
  Risicoregels: 'De gepubliceerde, uitlegbare risicoregels.',
  Statistieken: 'Evaluatiecijfers zonder persoonsgegevens.',
  Logboek: 'Het logboek van verwerkingen, voor de privacyfunctionaris.',
  Documentatie: 'De beschrijving van deze API.',
};
