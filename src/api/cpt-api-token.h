/* cpt-api-token.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"

G_BEGIN_DECLS

/* The bearer token the server checks: COMPTOIR_API_TOKEN when it is set
 * and not empty (scripts, tests), otherwise the one kept in the settings,
 * generated there at first use. */
char *cpt_api_token_dup (CptDatabase  *database,
                         GError      **error);

G_END_DECLS
