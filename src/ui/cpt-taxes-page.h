/* cpt-taxes-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* « Taxes »: the list of taxes; create, edit, deactivate, choose the
 * default; the legal mention of exempt and reverse-charge taxes. */
AdwPreferencesPage *cpt_taxes_page_new (CptDatabase *db);

G_END_DECLS
