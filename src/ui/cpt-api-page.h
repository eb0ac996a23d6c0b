/* cpt-api-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* « API »: turn the integration API on or off, choose its port, see and
 * regenerate the token. The application's API controller follows the
 * settings this page writes. */
AdwPreferencesPage *cpt_api_page_new (CptDatabase *db);

G_END_DECLS
