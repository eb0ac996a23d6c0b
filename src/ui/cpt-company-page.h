/* cpt-company-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* « Entreprise »: everything documents print about the seller, saved as a
 * whole with the page's Save button. */
AdwPreferencesPage *cpt_company_page_new  (CptDatabase        *db);
gboolean            cpt_company_page_save (AdwPreferencesPage *page);

G_END_DECLS
