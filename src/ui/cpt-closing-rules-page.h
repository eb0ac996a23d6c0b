/* cpt-closing-rules-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* « Règles de clôture »: the rule is stored as soon as it is chosen. */
AdwPreferencesPage *cpt_closing_rules_page_new (CptDatabase *db);

G_END_DECLS
