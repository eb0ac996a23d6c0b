/* cpt-delivery-methods-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

AdwPreferencesPage *cpt_delivery_methods_page_new (CptDatabase *db);

G_END_DECLS
