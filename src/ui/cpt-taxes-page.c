/* cpt-taxes-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-taxes-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-edit-dialog.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-settings-list.h"
#include "cpt-tax-service.h"
#include "cpt-taxes-page.h"

static const char *categories[] = { "standard", "reduced", "exempt", "reverse_charge" };

static const char *
category_label (const char *category)
{
  if (g_strcmp0 (category, "reduced") == 0)
    return _("Reduced rate");
  if (g_strcmp0 (category, "exempt") == 0)
    return _("Exempt");
  if (g_strcmp0 (category, "reverse_charge") == 0)
    return _("Reverse charge");
  return _("Standard rate");
}

typedef struct
{
  CptDatabase *db;
  CptTax      *tax;
  GtkWidget   *name;
  GtkWidget   *rate;
  GtkWidget   *category;
  GtkWidget   *mention;
  GtkWidget   *active;
  GtkWidget   *is_default;
} TaxEdit;

static void
tax_edit_free (TaxEdit *edit)
{
  g_clear_object (&edit->db);
  g_clear_object (&edit->tax);
  g_free (edit);
}

static gboolean
save_tax (CptEditDialog  *dialog,
          gpointer        user_data,
          GError        **error)
{
  TaxEdit *edit = user_data;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->name))));
  g_autofree char *mention = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->mention))));
  gint32 rate = 0;

  if (!cpt_percent_parse (gtk_editable_get_text (GTK_EDITABLE (edit->rate)), &rate, error))
    {
      gtk_widget_add_css_class (edit->rate, "error");
      return FALSE;
    }

  cpt_tax_set_name (edit->tax, name);
  cpt_tax_set_rate (edit->tax, rate);
  cpt_tax_set_category (edit->tax, categories[adw_combo_row_get_selected (ADW_COMBO_ROW (edit->category))]);
  cpt_tax_set_legal_mention (edit->tax, mention);
  cpt_tax_set_active (edit->tax, gtk_switch_get_active (GTK_SWITCH (edit->active)));
  cpt_tax_set_is_default (edit->tax, gtk_switch_get_active (GTK_SWITCH (edit->is_default)));

  if (cpt_tax_get_id (edit->tax) == 0)
    return cpt_tax_service_create (edit->db, edit->tax, error);
  return cpt_tax_service_update (edit->db, edit->tax, error);
}

static void
on_category_changed_cb (TaxEdit *edit)
{
  guint category = adw_combo_row_get_selected (ADW_COMBO_ROW (edit->category));

  /* Only exempt and reverse-charge taxes print a legal mention. */
  gtk_widget_set_visible (edit->mention, category >= 2);
}

static void
open_tax (GtkWidget   *page,
          CptDatabase *db,
          GObject     *object)
{
  const char *labels[G_N_ELEMENTS (categories) + 1] = { NULL };
  TaxEdit *edit = g_new0 (TaxEdit, 1);
  CptEditDialog *dialog;
  g_autofree char *rate = NULL;
  guint category = 0;

  edit->db = g_object_ref (db);
  edit->tax = object != NULL ? cpt_tax_copy (CPT_TAX (object)) : cpt_tax_new ();
  if (object == NULL)
    cpt_tax_set_active (edit->tax, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      labels[i] = category_label (categories[i]);
      if (g_strcmp0 (categories[i], cpt_tax_get_category (edit->tax)) == 0)
        category = i;
    }

  rate = cpt_quantity_format ((gint64) cpt_tax_get_rate (edit->tax) * 10);
  dialog = cpt_edit_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)),
                                object != NULL ? _("Edit Tax") : _("New Tax"),
                                save_tax, edit, (GDestroyNotify) tax_edit_free);
  edit->name = cpt_edit_dialog_add_entry (dialog, _("_Name"), cpt_tax_get_name (edit->tax));
  edit->rate = cpt_edit_dialog_add_entry (dialog, _("_Rate (%)"), rate);
  edit->category = cpt_edit_dialog_add_combo (dialog, _("_Category"), labels, category);
  edit->mention = cpt_edit_dialog_add_entry (dialog, _("_Legal mention on documents"),
                                             cpt_tax_get_legal_mention (edit->tax));
  edit->active = cpt_edit_dialog_add_switch (dialog, _("_Active"),
                                             _("An inactive tax is no longer offered; documents keep it"),
                                             cpt_tax_get_active (edit->tax));
  edit->is_default = cpt_edit_dialog_add_switch (dialog, _("_Default tax"), NULL,
                                                 cpt_tax_get_is_default (edit->tax));
  g_signal_connect_swapped (edit->category, "notify::selected", G_CALLBACK (on_category_changed_cb), edit);
  on_category_changed_cb (edit);

  gtk_window_present (GTK_WINDOW (dialog));
}

static GPtrArray *
list_taxes (CptDatabase  *db,
            GError      **error)
{
  return cpt_tax_service_list (db, TRUE, error);
}

static void
describe_tax (GObject  *object,
              char    **title,
              char    **subtitle)
{
  CptTax *tax = CPT_TAX (object);
  g_autofree char *rate = cpt_percent_format (cpt_tax_get_rate (tax));
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%s · %s", rate, category_label (cpt_tax_get_category (tax)));
  if (cpt_tax_get_is_default (tax))
    g_string_append_printf (text, " · %s", _("Default"));
  if (!cpt_tax_get_active (tax))
    g_string_append_printf (text, " · %s", _("Inactive"));

  *title = g_strdup (cpt_tax_get_name (tax));
  *subtitle = g_string_free (text, FALSE);
}

AdwPreferencesPage *
cpt_taxes_page_new (CptDatabase *db)
{
  static const CptSettingsListKind kind = {
    .changed_detail = "taxes",
    .list = list_taxes,
    .describe = describe_tax,
    .open = open_tax,
  };
  AdwPreferencesPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (page, "taxes");
  adw_preferences_page_set_title (page, _("Taxes"));
  adw_preferences_page_set_icon_name (page, "accessories-calculator-symbolic");
  cpt_settings_list_add (page, db, &kind, _("Taxes"),
                         _("Only active taxes are offered on orders and invoices. A tax used by a "
                           "document is deactivated, never deleted."),
                         _("_Add a Tax"));

  return page;
}
