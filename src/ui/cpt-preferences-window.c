/* cpt-preferences-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-page.h"
#include "cpt-closing-rules-page.h"
#include "cpt-company-page.h"
#include "cpt-delivery-methods-page.h"
#include "cpt-mail-page.h"
#include "cpt-numbering-page.h"
#include "cpt-payment-terms-page.h"
#include "cpt-preferences-window.h"
#include "cpt-taxes-page.h"
#include "cpt-warehouses-page.h"

/* Every page is an AdwPreferencesPage built from the database, with its
 * own name, title and icon; adding a page is adding one line here. */
typedef AdwPreferencesPage *(*CptPageNew) (CptDatabase *db);

static const CptPageNew pages[] = {
  cpt_company_page_new,
  cpt_numbering_page_new,
  cpt_taxes_page_new,
  cpt_closing_rules_page_new,
  cpt_payment_terms_page_new,
  cpt_delivery_methods_page_new,
  cpt_warehouses_page_new,
  cpt_mail_page_new,
  cpt_api_page_new,
};

struct _CptPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;
};

G_DEFINE_FINAL_TYPE (CptPreferencesWindow, cpt_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
cpt_preferences_window_class_init (CptPreferencesWindowClass *klass)
{
}

static void
cpt_preferences_window_init (CptPreferencesWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self), 1320, 780);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

CptPreferencesWindow *
cpt_preferences_window_new (GtkWindow   *parent,
                            CptDatabase *db)
{
  CptPreferencesWindow *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), pages[i] (db));

  return self;
}

void
cpt_preferences_window_show_page (CptPreferencesWindow *self,
                                  const char           *name)
{
  g_return_if_fail (CPT_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (name != NULL);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (self), name);
}
