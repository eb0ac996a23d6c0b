/* cpt-api-token.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-token"

#include "config.h"

#include "cpt-api-token.h"
#include "cpt-settings-service.h"

char *
cpt_api_token_dup (CptDatabase  *database,
                   GError      **error)
{
  const char *from_environment = g_getenv ("COMPTOIR_API_TOKEN");

  g_return_val_if_fail (CPT_IS_DATABASE (database), NULL);

  if (from_environment != NULL && *from_environment != '\0')
    return g_strdup (from_environment);
  return cpt_settings_ensure_api_token (database, error);
}
