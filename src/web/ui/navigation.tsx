// Breadcrumbs on detail pages and the main menu per role.
import type { NavItem } from '../roles.ts';

export interface Crumb {
  href: string;
  label: string;
}

/** The trail to this page; the last crumb is the current page and not a link. */
export function Breadcrumbs(props: { items: Crumb[]; current: string }) {
  return (
    <nav class="utrecht-breadcrumb-nav vs-breadcrumbs" aria-label="Kruimelpad">
      <ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">
        {props.items.map((c) => (
          <li class="utrecht-breadcrumb-nav__item">
            <a class="utrecht-breadcrumb-nav__link nl-link" href={c.href}>
              {c.label}
            </a>
            <span class="utrecht-breadcrumb-nav__separator" aria-hidden="true">
              ›
            </span>
          </li>
        ))}
        <li class="utrecht-breadcrumb-nav__item">
          <span class="utrecht-breadcrumb-nav__link utrecht-breadcrumb-nav__link--current" aria-current="page">
            {props.current}
          </span>
        </li>
      </ol>
    </nav>
  );
}

export function MainMenu(props: { items: NavItem[]; path: string }) {
  const current = (href: string) => props.path === href || props.path.startsWith(`${href}/`);
  return (
    <div class="rhc-nav-bar__container">
      <nav class="rhc-nav-bar vs-nav" aria-label="Hoofdmenu">
        <ul class="rhc-nav-bar__list">
          <li class="rhc-nav-bar__item">
            <a class="nl-link rhc-nav-bar__link" href="/" aria-current={props.path === '/' ? 'page' : undefined}>
              Start
            </a>
          </li>
          {props.items.map((i) => (
            <li class="rhc-nav-bar__item">
              <a class="nl-link rhc-nav-bar__link" href={i.href} aria-current={current(i.href) ? 'page' : undefined}>
                {i.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
