/* cpt-numbering-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* « Numérotation »: one series per document type, each saved with its
 * own button. */
AdwPreferencesPage *cpt_numbering_page_new (CptDatabase *db);

G_END_DECLS
