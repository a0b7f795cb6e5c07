// `/`: before login what this service is and a login button; after login the role's start page with its tasks.

import type { NavItem } from '../web/roles.ts';
import { NAVIGATION, organisationName } from '../web/roles.ts';
import type { PageRouter } from '../web/router.ts';

function Welcome() {
  return (
    <div class="vs-stack">
      <p class="nl-paragraph nl-paragraph--lead">
        Vertreksignaal helpt als een kind naar het buitenland verhuist en de andere ouder mogelijk niets weet.
      </p>
      <p class="nl-paragraph">
        De gemeente ziet welke vertrekmeldingen aandacht vragen en stuurt de andere gezaghouder een kennisgeving. Als er
        een risico op kinderontvoering is, krijgen de Raad voor de Kinderbescherming, de Centrale autoriteit en het CIKO
        een signaal. Alles wat er gebeurt, staat in het logboek.
      </p>
      <p class="nl-paragraph">Dit is de werkomgeving voor medewerkers. Log in met het account van uw organisatie.</p>
      <p class="nl-paragraph">
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href="/auth/login"
        >
          Inloggen
        </a>
      </p>
    </div>
  );
}

function StartPage(props: { organisation: string; tasks: NavItem[] }) {
  return (
    <div class="vs-stack">
      <p class="nl-paragraph">{`U werkt voor ${props.organisation}. Dit kunt u hier doen:`}</p>
      <ul class="vs-tasks">
        {props.tasks.map((t) => (
          <li class="vs-tasks__item">
            <h2 class="nl-heading nl-heading--level-3">
              <a class="nl-link" href={t.href}>
                {t.label}
              </a>
            </h2>
            <p class="nl-paragraph">{t.task}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function registerHome(r: PageRouter) {
  r.get('/', 'public', (c) => {
    const user = c.var.session.user;
    if (!user) return c.render(<Welcome />, { title: 'Welkom', heading: 'Vertreksignaal' });
    return c.render(<StartPage organisation={organisationName(user)} tasks={NAVIGATION[user.role]} />, {
      title: 'Start',
    });
  });
}
