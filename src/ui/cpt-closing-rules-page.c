/* cpt-closing-rules-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-closing-rules-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-closing-rules-group.h"
#include "cpt-closing-rules-page.h"

AdwPreferencesPage *
cpt_closing_rules_page_new (CptDatabase *db)
{
  AdwPreferencesPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (page, "closing-rules");
  adw_preferences_page_set_title (page, _("Closing Rules"));
  adw_preferences_page_set_icon_name (page, "object-select-symbolic");
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (cpt_closing_rules_group_new (db, TRUE)));

  return page;
}
