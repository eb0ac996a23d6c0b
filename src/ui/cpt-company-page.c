/* cpt-company-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-company-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-company-page.h"
#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-settings-service.h"

/* The fields follow PRODUCT.md §5 and FRANCE.md's seller block. */
enum {
  F_NAME, F_LEGAL_FORM, F_SHARE_CAPITAL,
  F_STREET, F_STREET2, F_POSTCODE, F_CITY, F_COUNTRY,
  F_SIREN, F_SIRET, F_RCS_CITY, F_VAT_NUMBER,
  F_IBAN, F_BIC, F_PENALTY_RATE,
  F_EMAIL, F_PHONE, F_WEBSITE, F_FOOTER,
  N_FIELDS
};

static const char *regimes[] = { "normal", "franchise" };
static const char *operations[] = { "goods", "services", "both" };

typedef struct
{
  CptDatabase *db;
  CptCompany  *company;
  GtkWidget   *fields[N_FIELDS];
  GtkWidget   *regime_row;
  GtkWidget   *debits_switch;
  GtkWidget   *operations_row;
  GtkWidget   *logo_row;
  GtkWidget   *logo_remove;
  GtkWidget   *error_label;
  GBytes      *logo;
} CompanyPage;

static void
company_page_free (CompanyPage *page)
{
  g_clear_object (&page->db);
  g_clear_object (&page->company);
  g_clear_pointer (&page->logo, g_bytes_unref);
  g_free (page);
}

static void
on_row_changed_cb (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static GtkWidget *
add_entry (AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  adw_preferences_group_add (group, row);

  return row;
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
add_combo (AdwPreferencesGroup  *group,
           const char           *title,
           const char          **labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (group, row);

  return row;
}

static guint
index_of (const char **values,
          guint        n,
          const char  *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

static void
show_logo (CompanyPage *page)
{
  g_autofree char *size = NULL;

  if (page->logo == NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (page->logo_row), _("No logo"));
      gtk_widget_set_sensitive (page->logo_remove, FALSE);
      return;
    }

  size = g_format_size (g_bytes_get_size (page->logo));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (page->logo_row), size);
  gtk_widget_set_sensitive (page->logo_remove, TRUE);
}

static void
on_logo_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   CompanyPage     *page)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      bytes = g_file_load_bytes (file, NULL, NULL, &error);
      if (bytes == NULL)
        {
          gtk_label_set_text (GTK_LABEL (page->error_label), error->message);
          gtk_widget_set_visible (page->error_label, TRUE);
        }
      else
        {
          g_clear_pointer (&page->logo, g_bytes_unref);
          page->logo = g_steal_pointer (&bytes);
          show_logo (page);
        }
    }

  g_object_unref (chooser);
}

static void
on_choose_logo_cb (GtkButton   *button,
                   CompanyPage *page)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("PNG or JPEG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");

  chooser = gtk_file_chooser_native_new (_("Choose the Logo"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (on_logo_chosen_cb), page);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_logo_cb (GtkButton   *button,
                   CompanyPage *page)
{
  g_clear_pointer (&page->logo, g_bytes_unref);
  show_logo (page);
}

static void
set_text (GtkWidget  *row,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load (CompanyPage *page)
{
  const CptAddress *address = cpt_company_get_address (page->company);
  g_autofree char *capital = NULL;
  g_autofree char *penalty = NULL;

  set_text (page->fields[F_NAME], cpt_company_get_name (page->company));
  set_text (page->fields[F_LEGAL_FORM], cpt_company_get_legal_form (page->company));
  if (cpt_company_get_share_capital (page->company) > 0)
    capital = cpt_money_format_plain (cpt_company_get_share_capital (page->company));
  set_text (page->fields[F_SHARE_CAPITAL], capital);
  if (address != NULL)
    {
      set_text (page->fields[F_STREET], address->street);
      set_text (page->fields[F_STREET2], address->street2);
      set_text (page->fields[F_POSTCODE], address->postcode);
      set_text (page->fields[F_CITY], address->city);
      set_text (page->fields[F_COUNTRY], address->country);
    }
  set_text (page->fields[F_SIREN], cpt_company_get_siren (page->company));
  set_text (page->fields[F_SIRET], cpt_company_get_siret (page->company));
  set_text (page->fields[F_RCS_CITY], cpt_company_get_rcs_city (page->company));
  set_text (page->fields[F_VAT_NUMBER], cpt_company_get_vat_number (page->company));
  set_text (page->fields[F_IBAN], cpt_company_get_iban (page->company));
  set_text (page->fields[F_BIC], cpt_company_get_bic (page->company));
  if (cpt_company_get_late_penalty_rate (page->company) > 0)
    penalty = cpt_quantity_format ((gint64) cpt_company_get_late_penalty_rate (page->company) * 10);
  set_text (page->fields[F_PENALTY_RATE], penalty);
  set_text (page->fields[F_EMAIL], cpt_company_get_email (page->company));
  set_text (page->fields[F_PHONE], cpt_company_get_phone (page->company));
  set_text (page->fields[F_WEBSITE], cpt_company_get_website (page->company));
  set_text (page->fields[F_FOOTER], cpt_company_get_footer (page->company));

  adw_combo_row_set_selected (ADW_COMBO_ROW (page->regime_row),
                              index_of (regimes, G_N_ELEMENTS (regimes), cpt_company_get_vat_regime (page->company)));
  gtk_switch_set_active (GTK_SWITCH (page->debits_switch), cpt_company_get_vat_on_debits (page->company));
  adw_combo_row_set_selected (ADW_COMBO_ROW (page->operations_row),
                              index_of (operations, G_N_ELEMENTS (operations),
                                        cpt_company_get_operations (page->company)));

  g_clear_pointer (&page->logo, g_bytes_unref);
  if (cpt_company_get_logo (page->company) != NULL)
    page->logo = g_bytes_ref (cpt_company_get_logo (page->company));
  show_logo (page);
}

static char *
dup_field (CompanyPage *page,
           guint        field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (page->fields[field]))));
}

static gboolean
save (CompanyPage  *page,
      GError      **error)
{
  g_autoptr(CptCompany) company = cpt_company_copy (page->company);
  g_autoptr(CptAddress) address = NULL;
  g_autofree char *capital_text = dup_field (page, F_SHARE_CAPITAL);
  g_autofree char *penalty_text = dup_field (page, F_PENALTY_RATE);
  char *text[N_FIELDS] = { NULL };
  gint64 capital = 0;
  gint32 penalty = 0;

  if (capital_text[0] != '\0' && !cpt_money_parse (capital_text, &capital, error))
    {
      gtk_widget_add_css_class (page->fields[F_SHARE_CAPITAL], "error");
      return FALSE;
    }
  if (penalty_text[0] != '\0' && !cpt_percent_parse (penalty_text, &penalty, error))
    {
      gtk_widget_add_css_class (page->fields[F_PENALTY_RATE], "error");
      return FALSE;
    }

  for (guint i = 0; i < N_FIELDS; i++)
    text[i] = dup_field (page, i);

  address = cpt_address_new (text[F_STREET], text[F_STREET2], text[F_POSTCODE], text[F_CITY], text[F_COUNTRY]);
  cpt_company_set_name (company, text[F_NAME]);
  cpt_company_set_legal_form (company, text[F_LEGAL_FORM]);
  cpt_company_set_share_capital (company, capital);
  cpt_company_set_address (company, address);
  cpt_company_set_siren (company, text[F_SIREN]);
  cpt_company_set_siret (company, text[F_SIRET]);
  cpt_company_set_rcs_city (company, text[F_RCS_CITY]);
  cpt_company_set_vat_number (company, text[F_VAT_NUMBER]);
  cpt_company_set_vat_regime (company, regimes[adw_combo_row_get_selected (ADW_COMBO_ROW (page->regime_row))]);
  cpt_company_set_vat_on_debits (company, gtk_switch_get_active (GTK_SWITCH (page->debits_switch)));
  cpt_company_set_operations (company, operations[adw_combo_row_get_selected (ADW_COMBO_ROW (page->operations_row))]);
  cpt_company_set_iban (company, text[F_IBAN]);
  cpt_company_set_bic (company, text[F_BIC]);
  cpt_company_set_late_penalty_rate (company, penalty);
  cpt_company_set_email (company, text[F_EMAIL]);
  cpt_company_set_phone (company, text[F_PHONE]);
  cpt_company_set_website (company, text[F_WEBSITE]);
  cpt_company_set_footer (company, text[F_FOOTER]);
  cpt_company_set_logo (company, page->logo);

  for (guint i = 0; i < N_FIELDS; i++)
    g_free (text[i]);

  if (!cpt_settings_set_company (page->db, company, error))
    return FALSE;

  g_set_object (&page->company, company);
  load (page);
  return TRUE;
}

gboolean
cpt_company_page_save (AdwPreferencesPage *preferences_page)
{
  CompanyPage *page = g_object_get_data (G_OBJECT (preferences_page), "cpt-company-page");
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  g_return_val_if_fail (page != NULL, FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (preferences_page));

  /* The message stays at the top of the page; the toast is seen wherever
   * the page is scrolled to. */
  if (!save (page, &error))
    {
      gtk_label_set_text (GTK_LABEL (page->error_label), error->message);
      gtk_widget_set_visible (page->error_label, TRUE);
      if (ADW_IS_PREFERENCES_WINDOW (root))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (error->message));
      return FALSE;
    }

  gtk_widget_set_visible (page->error_label, FALSE);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root),
                                      adw_toast_new (_("Company details saved")));
  return TRUE;
}

static void
on_save_clicked_cb (GtkButton          *button,
                    AdwPreferencesPage *page)
{
  cpt_company_page_save (page);
}

AdwPreferencesPage *
cpt_company_page_new (CptDatabase *db)
{
  const char *regime_labels[] = { _("Normal VAT"), _("Franchise en base (no VAT, art. 293 B)"), NULL };
  const char *operation_labels[] = { _("Sale of goods"), _("Services"), _("Goods and services"), NULL };
  g_autoptr(GError) error = NULL;
  AdwPreferencesPage *preferences_page;
  AdwPreferencesGroup *group;
  CompanyPage *page;
  GtkWidget *button, *row, *box;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  preferences_page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (preferences_page, "company");
  adw_preferences_page_set_title (preferences_page, _("Company"));
  adw_preferences_page_set_icon_name (preferences_page, "user-home-symbolic");

  page = g_new0 (CompanyPage, 1);
  page->db = g_object_ref (db);
  g_object_set_data_full (G_OBJECT (preferences_page), "cpt-company-page", page,
                          (GDestroyNotify) company_page_free);

  group = add_group (preferences_page, _("Company"), _("What every document prints about you."));
  button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_save_clicked_cb), preferences_page);
  adw_preferences_group_set_header_suffix (group, button);
  page->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (page->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (page->error_label), 0);
  gtk_widget_set_margin_bottom (page->error_label, 12);
  gtk_widget_add_css_class (page->error_label, "error");
  gtk_widget_set_visible (page->error_label, FALSE);
  adw_preferences_group_add (group, page->error_label);
  page->fields[F_NAME] = add_entry (group, _("Company _name"));
  page->fields[F_LEGAL_FORM] = add_entry (group, _("_Legal form (SARL, SAS, EI…)"));
  page->fields[F_SHARE_CAPITAL] = add_entry (group, _("Share _capital (€)"));

  group = add_group (preferences_page, _("Registered Address"), NULL);
  page->fields[F_STREET] = add_entry (group, _("_Street"));
  page->fields[F_STREET2] = add_entry (group, _("Additional address line"));
  page->fields[F_POSTCODE] = add_entry (group, _("_Postcode"));
  page->fields[F_CITY] = add_entry (group, _("Cit_y"));
  page->fields[F_COUNTRY] = add_entry (group, _("Countr_y"));

  group = add_group (preferences_page, _("Legal Identifiers"), NULL);
  page->fields[F_SIREN] = add_entry (group, _("S_IREN"));
  page->fields[F_SIRET] = add_entry (group, _("SI_RET"));
  page->fields[F_RCS_CITY] = add_entry (group, _("RCS _city"));
  page->fields[F_VAT_NUMBER] = add_entry (group, _("Intra-EU _VAT number"));

  group = add_group (preferences_page, _("VAT"), NULL);
  page->regime_row = add_combo (group, _("VAT _regime"), regime_labels);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("VAT on _debits"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Prints « Option pour le paiement de la taxe d’après les débits »"));
  page->debits_switch = gtk_switch_new ();
  gtk_widget_set_valign (page->debits_switch, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), page->debits_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), page->debits_switch);
  adw_preferences_group_add (group, row);
  page->operations_row = add_combo (group, _("_Nature of the operations"), operation_labels);

  group = add_group (preferences_page, _("Payment"), NULL);
  page->fields[F_IBAN] = add_entry (group, _("_IBAN"));
  page->fields[F_BIC] = add_entry (group, _("_BIC"));
  page->fields[F_PENALTY_RATE] = add_entry (group, _("Late-payment _penalty rate (%)"));

  group = add_group (preferences_page, _("Contact"), NULL);
  page->fields[F_EMAIL] = add_entry (group, _("_E-mail"));
  page->fields[F_PHONE] = add_entry (group, _("_Phone"));
  page->fields[F_WEBSITE] = add_entry (group, _("_Website"));

  group = add_group (preferences_page, _("Documents"), NULL);
  page->logo_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (page->logo_row), _("Logo"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  button = gtk_button_new_with_mnemonic (_("_Choose…"));
  g_signal_connect (button, "clicked", G_CALLBACK (on_choose_logo_cb), page);
  gtk_box_append (GTK_BOX (box), button);
  page->logo_remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (page->logo_remove, _("Remove the logo"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (page->logo_remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove the logo"), -1);
  g_signal_connect (page->logo_remove, "clicked", G_CALLBACK (on_remove_logo_cb), page);
  gtk_box_append (GTK_BOX (box), page->logo_remove);
  adw_action_row_add_suffix (ADW_ACTION_ROW (page->logo_row), box);
  adw_preferences_group_add (group, page->logo_row);
  page->fields[F_FOOTER] = add_entry (group, _("_Footer text"));

  page->company = cpt_settings_get_company (db, &error);
  if (page->company == NULL)
    {
      page->company = cpt_company_new ();
      gtk_label_set_text (GTK_LABEL (page->error_label), error->message);
      gtk_widget_set_visible (page->error_label, TRUE);
    }
  load (page);

  return preferences_page;
}
