// The one page layout: skip link, header with organisation and role, main menu per role, breadcrumbs, messages,
// and the page's own content. NL Design System (Rijkshuisstijl community theme) class names throughout.

import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { stylesheetHref } from '../assets.ts';
import type { WebEnv } from '../env.ts';
import type { FieldError } from '../forms.ts';
import { NAVIGATION, signedInAs } from '../roles.ts';
import { Alert, ErrorSummary } from './feedback.tsx';
import { PostForm, SubmitButton } from './forms.tsx';
import { Breadcrumbs, type Crumb, MainMenu } from './navigation.tsx';

export interface PageProps {
  /** The document title, shown in tabs and history: never personal data (contract §9). */
  title: string;
  /** The h1; the title when absent. It is page content, so it may name what the page is about. */
  heading?: string;
  /** The trail above the heading on detail pages; the current page is added from the heading. */
  breadcrumbs?: Crumb[];
  /** Form errors: shown as a linked summary at the top, and the title starts with "Fout:". */
  errors?: FieldError[];
}

declare module 'hono' {
  // Declaration merging with hono's own interface: a type alias would not merge.
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: merges into hono's interface, which a type alias cannot
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}

export function Layout(props: PageProps & { children?: Child }, c: Context<WebEnv>) {
  const session = c.get('session');
  const user = session?.user;
  const flash = session?.takeFlash();
  const dev = c.get('pages').settings.mode === 'dev';
  const errors = props.errors ?? [];
  const heading = props.heading ?? props.title;
  return (
    <html lang="nl" class="rhc-theme">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${errors.length ? 'Fout: ' : ''}${props.title} — Vertreksignaal`}</title>
        <link rel="stylesheet" href={stylesheetHref()} />
        <link rel="icon" href="data:," />
      </head>
      <body class="utrecht-document utrecht-page-body vs-body">
        <a class="nl-skip-link nl-skip-link--visible-on-focus" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="vs-header">
          {dev && (
            <p class="vs-dev-banner">
              <strong>Ontwikkelmodus.</strong> Inloggen zonder identiteitsprovider. Gebruik hier geen echte gegevens.
            </p>
          )}
          <div class="vs-container vs-header__bar">
            <a class="vs-header__brand" href="/">
              Vertreksignaal
            </a>
            {user ? (
              <div class="vs-header__user">
                <p class="vs-header__who">
                  <span class="vs-visually-hidden">Ingelogd als: </span>
                  {signedInAs(user)}
                </p>
                <PostForm action="/auth/logout" class="vs-header__logout">
                  <SubmitButton variant="secondary">Uitloggen</SubmitButton>
                </PostForm>
              </div>
            ) : c.req.path.startsWith('/auth/') ? null : (
              <a
                class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                href="/auth/login"
              >
                Inloggen
              </a>
            )}
          </div>
        </header>
        {user && <MainMenu items={NAVIGATION[user.role]} path={c.req.path} />}
        <div class="vs-container vs-page">
          {props.breadcrumbs && <Breadcrumbs items={props.breadcrumbs} current={heading} />}
          <main id="inhoud" class="vs-main" tabindex={-1}>
            <ErrorSummary errors={errors} />
            {flash && <Alert type={flash.type}>{flash.text}</Alert>}
            <h1 class="nl-heading nl-heading--level-1">{heading}</h1>
            {props.children}
          </main>
        </div>
        <footer class="vs-footer">
          <div class="vs-container">
            <p class="nl-paragraph">Vertreksignaal: melding bij vertrek van een minderjarige naar het buitenland.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
