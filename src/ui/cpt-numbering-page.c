/* cpt-numbering-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-numbering-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-number-series.h"
#include "cpt-numbering-editor.h"
#include "cpt-numbering-page.h"

static void
on_save_clicked_cb (GtkButton          *button,
                    CptNumberingEditor *editor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (editor));

  /* A refusal is shown by the editor under its rows. */
  if (cpt_numbering_editor_save (editor, NULL) && ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root),
                                      adw_toast_new (_("Numbering saved")));
}

AdwPreferencesPage *
cpt_numbering_page_new (CptDatabase *db)
{
  static const char * const doc_types[] = {
    CPT_DOC_TYPE_SALES_ORDER,
    CPT_DOC_TYPE_INVOICE,
    CPT_DOC_TYPE_CREDIT_NOTE,
    CPT_DOC_TYPE_SHIPMENT,
  };
  AdwPreferencesPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (page, "numbering");
  adw_preferences_page_set_title (page, _("Numbering"));
  adw_preferences_page_set_icon_name (page, "view-list-ordered-symbolic");

  for (guint i = 0; i < G_N_ELEMENTS (doc_types); i++)
    {
      CptNumberingEditor *editor = cpt_numbering_editor_new (db, doc_types[i]);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Save"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_save_clicked_cb), editor, 0);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (editor), button);
      adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (editor));
    }

  return page;
}
