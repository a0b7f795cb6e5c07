// Dev mode only (no OIDC settings, not production): pick a role and municipalities instead of an identity provider.
// The route does not exist in any other mode, so production cannot reach it.
import { z } from 'zod';
import { MUNICIPALITIES } from '../../core/reference/municipalities.generated.ts';
import { safeReturnPath } from '../access.ts';
import { type FieldError, readForm } from '../forms.ts';
import { ROLE_CHOICES, signedInAs } from '../roles.ts';
import type { PageRouter } from '../router.ts';
import { STAFF_ROLES, type StaffRole } from '../settings.ts';
import { errorFor, PostForm, RadioGroup, SubmitButton, TextField } from '../ui/forms.tsx';

const CODES_MESSAGE = 'Vul een of meer viercijferige gemeentecodes in, bijvoorbeeld 0363.';

const isCurrentMunicipality = (code: string) =>
  !!MUNICIPALITIES[code] && !MUNICIPALITIES[code].einde && code !== '0000';

export const DevLoginForm = z
  .object({
    rol: z.enum(STAFF_ROLES, { error: 'Kies een rol.' }),
    gemeentecodes: z.string().default(''),
    naar: z.string().optional(),
  })
  .transform((f, ctx) => {
    const codes = [...new Set(f.gemeentecodes.split(/[\s,;]+/).filter(Boolean))];
    if (f.rol === 'gemeente') {
      if (codes.length === 0 || codes.some((c) => !/^[0-9]{4}$/.test(c))) {
        ctx.addIssue({ code: 'custom', path: ['gemeentecodes'], message: CODES_MESSAGE });
      } else {
        const unknown = codes.find((c) => !isCurrentMunicipality(c));
        if (unknown)
          ctx.addIssue({
            code: 'custom',
            path: ['gemeentecodes'],
            message: `Er is geen gemeente met code ${unknown}.`,
          });
      }
    }
    return { role: f.rol, municipalities: f.rol === 'gemeente' ? codes : [], returnTo: safeReturnPath(f.naar) };
  });

function DevLoginPage(props: { values: Record<string, string>; errors?: FieldError[] }) {
  const { values, errors } = props;
  return (
    <div class="vs-stack">
      <p class="nl-paragraph">
        Er is geen identiteitsprovider ingesteld. Kies daarom zelf als wie u werkt. Dit kan alleen op een test- of
        ontwikkelomgeving, nooit in productie.
      </p>
      <PostForm action="/auth/dev-login" class="vs-form">
        <input type="hidden" name="naar" value={values.naar ?? '/'} />
        <RadioGroup
          name="rol"
          legend="Rol"
          options={STAFF_ROLES.map((r) => ({ value: r, label: ROLE_CHOICES[r] }))}
          value={values.rol}
          error={errorFor(errors, 'rol')}
        />
        <TextField
          name="gemeentecodes"
          label="Gemeentecodes (alleen voor de rol gemeente)"
          hint="De code uit BRP-tabel 33, bijvoorbeeld 0363 voor Amsterdam. Scheid meer codes met een komma."
          value={values.gemeentecodes ?? '0363'}
          inputmode="numeric"
          error={errorFor(errors, 'gemeentecodes')}
        />
        <SubmitButton>Inloggen</SubmitButton>
      </PostForm>
    </div>
  );
}

export function registerDevLogin(r: PageRouter) {
  r.get('/auth/login', 'public', (c) => {
    const returnTo = safeReturnPath(c.req.query('naar'));
    if (c.var.session.user) return c.redirect(returnTo, 303);
    return c.render(<DevLoginPage values={{ naar: returnTo }} />, { title: 'Inloggen (ontwikkelmodus)' });
  });

  r.post('/auth/dev-login', 'public', async (c) => {
    const form = await readForm(c, DevLoginForm);
    if (!form.ok) {
      c.status(400);
      return c.render(<DevLoginPage values={form.values} errors={form.errors} />, {
        title: 'Inloggen (ontwikkelmodus)',
        errors: form.errors,
      });
    }
    const { role, municipalities, returnTo } = form.data;
    const user = { sub: `dev-${role}`, roles: [role as StaffRole], municipalities, role, via: 'dev' as const };
    c.var.session.signIn(user, c.var.pages.host.now());
    c.var.session.flash(`U bent ingelogd als ${signedInAs(user)}.`);
    return c.redirect(returnTo, 303);
  });
}
