/* cpt-api-language.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-language"

#include "config.h"

#include <string.h>

#include "cpt-api-language.h"

/* Picks the tag with the highest q value (the first one on ties) and
 * answers whether its primary subtag is "fr". */
gboolean
cpt_api_language_wants_french (const char *accept_language)
{
  g_auto(GStrv) ranges = NULL;
  gboolean french = FALSE;
  int best = -1;

  if (accept_language == NULL)
    return FALSE;

  ranges = g_strsplit (accept_language, ",", 32);
  for (guint i = 0; ranges[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (ranges[i], ";", 8);
      const char *tag = g_strstrip (parts[0]);
      int q = 1000;

      for (guint j = 1; parts[j] != NULL; j++)
        {
          const char *param = g_strstrip (parts[j]);

          if (param[0] == 'q' && param[1] == '=')
            {
              /* q is 0, 1 or 0.xyz: compare it in thousandths. */
              const char *p = param + 2;
              int value = (*p == '1') ? 1000 : 0;

              if (*p == '0' || *p == '1')
                {
                  p++;
                  if (*p == '.')
                    {
                      int scale = 100;

                      for (p++; g_ascii_isdigit (*p) && scale > 0; p++, scale /= 10)
                        value += (*p - '0') * scale;
                    }
                }
              q = MIN (value, 1000);
            }
        }

      if (q > best && *tag != '\0')
        {
          best = q;
          french = (g_ascii_strncasecmp (tag, "fr", 2) == 0 &&
                    (tag[2] == '\0' || tag[2] == '-' || tag[2] == '_'));
        }
    }

  return french;
}

static locale_t
get_locale (gboolean french)
{
  static locale_t locales[2];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      static const char *const candidates[] = { "fr_FR.UTF-8", "fr_FR.utf8", "fr_CA.UTF-8", "fr_BE.UTF-8" };

      for (guint i = 0; i < G_N_ELEMENTS (candidates) && locales[1] == (locale_t) 0; i++)
        locales[1] = newlocale (LC_MESSAGES_MASK | LC_CTYPE_MASK, candidates[i], (locale_t) 0);
      locales[0] = newlocale (LC_MESSAGES_MASK | LC_CTYPE_MASK, "C.UTF-8", (locale_t) 0);
      if (locales[0] == (locale_t) 0)
        locales[0] = newlocale (LC_MESSAGES_MASK, "C", (locale_t) 0);
      g_once_init_leave (&initialized, 1);
    }

  return locales[french ? 1 : 0];
}

void
cpt_api_language_push (CptApiLanguage *state,
                       const char     *accept_language)
{
  locale_t locale;

  g_return_if_fail (state != NULL);

  locale = get_locale (cpt_api_language_wants_french (accept_language));
  state->pushed = (locale != (locale_t) 0);
  if (state->pushed)
    state->previous = uselocale (locale);
}

void
cpt_api_language_pop (CptApiLanguage *state)
{
  g_return_if_fail (state != NULL);

  if (state->pushed)
    uselocale (state->previous);
  state->pushed = FALSE;
}
