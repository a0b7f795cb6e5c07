// Errors on pages are pages: 403 "geen toegang", 404, a refused form (CSRF), and 500 with a reference number.
// The API keeps its problem+json; this handler only sees errors thrown on page routes.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError, fromAppError, isAppError, lostRace } from '../http/problem.ts';
import { CsrfError } from './csrf.ts';
import type { WebEnv } from './env.ts';
import { OidcError } from './oidc/discovery.ts';

const P = (props: { children: string }) => <p class="nl-paragraph">{props.children}</p>;
const Home = () => (
  <p class="nl-paragraph">
    <a class="nl-link" href="/">
      Naar de startpagina
    </a>
  </p>
);

export function forbiddenPage(c: Context<WebEnv>, reason = 'U heeft geen toegang tot deze pagina.') {
  c.status(403);
  return c.render(
    <>
      <P>{reason}</P>
      <P>Denkt u dat u wel toegang moet hebben? Neem dan contact op met de beheerder van uw organisatie.</P>
      <Home />
    </>,
    { title: 'Geen toegang' },
  );
}

export function notFoundPage(c: Context<WebEnv>) {
  c.status(404);
  return c.render(
    <>
      <P>Deze pagina bestaat niet, of niet meer. Controleer het adres, of ga terug naar de startpagina.</P>
      <Home />
    </>,
    { title: 'Pagina niet gevonden' },
  );
}

function csrfPage(c: Context<WebEnv>) {
  c.status(403);
  return c.render(
    <>
      <P>Het formulier is niet verwerkt. Er is niets veranderd.</P>
      <P>
        Dit gebeurt als het formulier te lang open stond of niet van deze website kwam. Ga terug, laad de pagina opnieuw
        en probeer het nog een keer.
      </P>
      <Home />
    </>,
    { title: 'Formulier niet verwerkt' },
  );
}

export function loginFailedPage(c: Context<WebEnv>, status: 400 | 403 | 502, reason: string) {
  c.status(status);
  return c.render(
    <>
      <P>{reason}</P>
      <p class="nl-paragraph">
        <a class="nl-link" href="/auth/login">
          Opnieuw inloggen
        </a>
      </p>
    </>,
    { title: 'Inloggen niet gelukt' },
  );
}

function serverErrorPage(c: Context<WebEnv>) {
  c.status(500);
  return c.render(
    <>
      <P>Er ging iets mis aan onze kant. Probeer het later nog eens.</P>
      <P>{`Neemt u contact op met de beheerder? Noem dan dit kenmerk: ${c.get('requestId')}.`}</P>
      <Home />
    </>,
    { title: 'Er ging iets mis' },
  );
}

/** The page routes' onError: the same error types as the API, shown as pages; internals never reach the user. */
export function pageErrorHandler(error: Error, c: Context<WebEnv>): Response | Promise<Response> {
  // A use case's refusal reads as the API's: 403 and 404 pages, other refusals with their reason.
  const err = isAppError(error) ? fromAppError(error) : (lostRace(error) ?? error);
  if (err instanceof CsrfError) return csrfPage(c);
  if (err instanceof OidcError) {
    c.var.pages.host.logger.warn({ requestId: c.get('requestId'), code: err.code }, 'staff login failed');
    return loginFailedPage(
      c,
      502,
      'De inlogdienst is nu niet bereikbaar of gaf een onverwacht antwoord. Probeer het zo nog eens.',
    );
  }
  if (err instanceof ApiError) {
    if (err.status === 403) return forbiddenPage(c, err.detail);
    if (err.status === 404) return notFoundPage(c);
  }
  const status = err instanceof ApiError || err instanceof HTTPException ? err.status : 500;
  if (status === 413) {
    c.status(413);
    return c.render(<P>Wat u verstuurde is te groot. Er is niets veranderd.</P>, { title: 'Te groot' });
  }
  if (status < 500 && err instanceof ApiError) {
    c.status(err.status as 400);
    return c.render(<P>{err.detail ?? 'Dit kan nu niet.'}</P>, { title: err.title });
  }
  c.var.pages.host.logger.error(
    { requestId: c.get('requestId'), err: { name: err.name } },
    'unhandled error on a page',
  );
  return serverErrorPage(c);
}
