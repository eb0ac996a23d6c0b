/* cpt-api-language.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <locale.h>

G_BEGIN_DECLS

/* The service layer writes its error sentences with gettext when it
 * refuses something. To have them in the language a client asked for,
 * the request is handled with a thread locale whose LC_MESSAGES follows
 * its Accept-Language header; the rest of the process is untouched. */
typedef struct
{
  locale_t previous;
  gboolean pushed;
} CptApiLanguage;

gboolean cpt_api_language_wants_french (const char     *accept_language);
void     cpt_api_language_push         (CptApiLanguage *state,
                                        const char     *accept_language);
void     cpt_api_language_pop          (CptApiLanguage *state);

G_END_DECLS
