/* test-settings.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-number-series.h"
#include "cpt-settings-service.h"
#include "store-test-util.h"

static char *
take (CptDatabase *db,
      const char  *doc_type,
      const char  *date)
{
  g_autoptr(GError) error = NULL;
  char *number = NULL;

  g_assert_true (cpt_database_begin (db, &error));
  g_assert_true (cpt_number_series_take_next (db, doc_type, date, &number, &error));
  g_assert_no_error (error);
  g_assert_true (cpt_database_commit (db, &error));
  return number;
}

static void
test_take_next (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = take (db, CPT_DOC_TYPE_SALES_ORDER, "2026-11-28");
  g_autofree char *b = take (db, CPT_DOC_TYPE_SALES_ORDER, "2026-12-31");
  g_autofree char *c = take (db, CPT_DOC_TYPE_SALES_ORDER, "2027-01-02");
  g_autofree char *d = take (db, CPT_DOC_TYPE_SALES_ORDER, "2026-12-31");
  g_autofree char *inv = take (db, CPT_DOC_TYPE_INVOICE, "2026-11-28");
  g_autofree char *ship = take (db, CPT_DOC_TYPE_SHIPMENT, "2026-11-28");
  g_autofree char *rolled_back = NULL;
  g_autofree char *again = NULL;
  g_autoptr(CptNumberSeries) series = NULL;

  g_assert_cmpstr (a, ==, "CC-2026-00001");
  g_assert_cmpstr (b, ==, "CC-2026-00002");
  /* A new year restarts the yearly series… */
  g_assert_cmpstr (c, ==, "CC-2027-00001");
  /* …and a late document of the old year takes the running counter (the
   * clash check of the documents table keeps numbers unique). */
  g_assert_cmpstr (d, ==, "CC-2026-00002");
  g_assert_cmpstr (inv, ==, "FA-2026-00001");
  g_assert_cmpstr (ship, ==, "EXP-2026-00001");

  /* A rolled-back transaction gives its number back: no gap. */
  g_assert_true (cpt_database_begin (db, &error));
  g_assert_true (cpt_number_series_take_next (db, CPT_DOC_TYPE_INVOICE, "2026-11-29",
                                              &rolled_back, &error));
  g_assert_cmpstr (rolled_back, ==, "FA-2026-00002");
  cpt_database_rollback (db);
  again = take (db, CPT_DOC_TYPE_INVOICE, "2026-11-29");
  g_assert_cmpstr (again, ==, "FA-2026-00002");

  series = cpt_number_series_get (db, CPT_DOC_TYPE_SALES_ORDER, &error);
  g_assert_cmpint (series->last_year, ==, 2027);
  g_assert_cmpint (series->next_number, ==, 3);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

static void
test_take_next_skips_and_refuses (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Orders typed by hand earlier are skipped. */
  store_test_exec (db,
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Léa');"
                   "INSERT INTO sales_orders (number, customer_id, date, warehouse_id) VALUES"
                   " ('CC-2026-00001', 1, '2026-11-28', 1), ('CC-2026-00002', 1, '2026-11-28', 1);");
  number = take (db, CPT_DOC_TYPE_SALES_ORDER, "2026-11-28");
  g_assert_cmpstr (number, ==, "CC-2026-00003");

  /* An invoice number clash is refused rather than skipped. */
  store_test_exec (db,
                   "INSERT INTO invoices (id, customer_id, date) VALUES (1, 1, '2026-11-28');"
                   "UPDATE invoices SET number = 'FA-2026-00001', status = 'issued' WHERE id = 1;");
  before = store_test_dump_checksum (db);
  g_clear_pointer (&number, g_free);
  g_assert_true (cpt_database_begin (db, &error));
  g_assert_false (cpt_number_series_take_next (db, CPT_DOC_TYPE_INVOICE, "2026-11-28", &number, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "FA-2026-00001"));
  g_clear_error (&error);

  g_assert_false (cpt_number_series_take_next (db, CPT_DOC_TYPE_INVOICE, "2026-02-30", &number, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cpt_number_series_take_next (db, "quote", "2026-02-03", &number, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  cpt_database_rollback (db);
  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (number);
}

static void
test_series_settings (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptNumberSeries) series = cpt_number_series_get (db, CPT_DOC_TYPE_SALES_ORDER, &error);
  g_autoptr(CptNumberSeries) read = NULL;
  g_autoptr(CptNumberSeries) invoice = NULL;
  g_autofree char *preview = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *number = NULL;

  g_assert_no_error (error);
  g_assert_false (series->manual);
  g_assert_cmpstr (series->prefix, ==, "CC-{YYYY}-");

  g_free (series->prefix);
  series->prefix = g_strdup ("BC{YY}{MM}-");
  series->next_number = 42;
  series->padding = 4;
  preview = cpt_number_series_preview (series, "2026-03-15");
  g_assert_cmpstr (preview, ==, "BC2603-0042");
  g_assert_true (cpt_number_series_set (db, series, &error));
  g_assert_no_error (error);
  read = cpt_number_series_get (db, CPT_DOC_TYPE_SALES_ORDER, &error);
  g_assert_cmpstr (read->prefix, ==, "BC{YY}{MM}-");
  g_assert_cmpint (read->next_number, ==, 42);
  g_assert_cmpint (read->padding, ==, 4);

  /* Manual mode: the caller types numbers. */
  read->manual = TRUE;
  g_assert_true (cpt_number_series_set (db, read, &error));
  g_assert_true (cpt_database_begin (db, &error));
  g_assert_false (cpt_number_series_take_next (db, CPT_DOC_TYPE_SALES_ORDER, "2026-03-15", &number, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_clear_error (&error);
  cpt_database_rollback (db);

  before = store_test_dump_checksum (db);

  /* Refusals: bad token, invoices manual, invoice counter moved after issue. */
  read->manual = FALSE;
  g_free (read->prefix);
  read->prefix = g_strdup ("CC-{AAAA}-");
  g_assert_false (cpt_number_series_set (db, read, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  invoice = cpt_number_series_get (db, CPT_DOC_TYPE_INVOICE, &error);
  invoice->manual = TRUE;
  g_assert_false (cpt_number_series_set (db, invoice, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  store_test_exec (db,
                   "INSERT INTO customers (id, display_name) VALUES (1, 'Léa');"
                   "INSERT INTO invoices (id, customer_id, date) VALUES (1, 1, '2026-11-28');"
                   "UPDATE invoices SET number = 'FA-2026-00001', status = 'issued' WHERE id = 1;");
  g_free (before);
  before = store_test_dump_checksum (db);
  invoice->manual = FALSE;
  invoice->next_number = 10;
  g_assert_false (cpt_number_series_set (db, invoice, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_clear_error (&error);
  g_free (invoice->doc_type);
  invoice->doc_type = g_strdup ("quote");
  g_assert_false (cpt_number_series_set (db, invoice, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, before);
}

static void
test_key_values (void)
{
  g_autoptr(CptDatabase) db = cpt_database_open (":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *host = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *token = NULL;
  g_autofree char *same = NULL;
  g_autofree char *other = NULL;
  g_autofree char *subject = NULL;

  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_SHIPPED_AND_INVOICED);
  g_assert_true (cpt_settings_set_closing_rule (db, CPT_CLOSING_RULE_INVOICED, &error));
  g_assert_cmpint (cpt_settings_get_closing_rule (db), ==, CPT_CLOSING_RULE_INVOICED);
  g_assert_false (cpt_settings_set_closing_rule (db, (CptClosingRule) 17, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cpt_settings_set (db, CPT_SETTING_SMTP_HOST, "smtp.exemple.fr", &error));
  host = cpt_settings_get (db, CPT_SETTING_SMTP_HOST, NULL);
  g_assert_cmpstr (host, ==, "smtp.exemple.fr");
  missing = cpt_settings_get (db, "nothing", "default");
  g_assert_cmpstr (missing, ==, "default");
  g_assert_cmpint (cpt_settings_get_int (db, CPT_SETTING_API_PORT, 0), ==, 8765);
  g_assert_false (cpt_settings_get_boolean (db, CPT_SETTING_API_ENABLED, TRUE));
  subject = cpt_settings_get (db, "template_invoice_subject", NULL);
  g_assert_cmpstr (subject, ==, "Facture {number} — {company}");

  /* The database refuses an unknown closing rule even written directly. */
  g_assert_false (cpt_settings_set (db, CPT_SETTING_CLOSING_RULE, "never", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_DATABASE);
  g_clear_error (&error);
  g_assert_false (cpt_settings_set (db, "note", "\xff\xfe", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  token = cpt_settings_ensure_api_token (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (strlen (token), ==, 64);
  same = cpt_settings_ensure_api_token (db, &error);
  g_assert_cmpstr (same, ==, token);
  other = cpt_settings_regenerate_api_token (db, &error);
  g_assert_cmpstr (other, !=, token);
}

static void
test_company (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptCompany) company = cpt_settings_get_company (db, &error);
  g_autoptr(CptCompany) read = NULL;
  g_autoptr(CptAddress) address = cpt_address_new ("8 place du Marché", NULL, "21000", "Dijon", "France");
  g_autoptr(GBytes) logo = g_bytes_new_static ("\x89PNG fake", 9);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  static const struct { const char *property; const char *value; } bad[] = {
    { "name", " " },
    { "siren", "12345" },
    { "siret", "98765432100015" },
    { "vat-number", "FR12" },
    { "iban", "FR7630006000011234567890188" },
    { "bic", "12PPFRPP" },
    { "vat-regime", "micro" },
    { "operations", "rentals" },
  };

  g_assert_no_error (error);
  g_assert_false (cpt_company_is_configured (company));

  cpt_company_set_name (company, " Atelier Dupré ");
  cpt_company_set_legal_form (company, "SARL");
  cpt_company_set_share_capital (company, 500000);
  cpt_company_set_address (company, address);
  cpt_company_set_siren (company, "123 456 789");
  cpt_company_set_siret (company, "123 456 789 00012");
  cpt_company_set_rcs_city (company, "Dijon");
  cpt_company_set_vat_number (company, "fr 40 123456789");
  cpt_company_set_iban (company, "FR76 3000 6000 0112 3456 7890 189");
  cpt_company_set_bic (company, "agrifrpp");
  cpt_company_set_late_penalty_rate (company, 1200);
  cpt_company_set_vat_on_debits (company, TRUE);
  cpt_company_set_operations (company, "both");
  cpt_company_set_logo (company, logo);
  g_assert_true (cpt_settings_set_company (db, company, &error));
  g_assert_no_error (error);

  read = cpt_settings_get_company (db, &error);
  g_assert_true (cpt_company_is_configured (read));
  g_assert_cmpstr (cpt_company_get_name (read), ==, "Atelier Dupré");
  g_assert_cmpint (cpt_company_get_share_capital (read), ==, 500000);
  g_assert_cmpstr (cpt_company_get_siret (read), ==, "12345678900012");
  g_assert_cmpstr (cpt_company_get_vat_number (read), ==, "FR40123456789");
  g_assert_cmpstr (cpt_company_get_iban (read), ==, "FR7630006000011234567890189");
  g_assert_cmpstr (cpt_company_get_bic (read), ==, "AGRIFRPP");
  g_assert_cmpstr (cpt_company_get_address (read)->city, ==, "Dijon");
  g_assert_true (cpt_company_get_vat_on_debits (read));
  g_assert_cmpstr (cpt_company_get_operations (read), ==, "both");
  g_assert_true (g_bytes_equal (cpt_company_get_logo (read), logo));

  before = store_test_dump_checksum (db);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CptCompany) spoiled = cpt_settings_get_company (db, NULL);

      g_object_set (spoiled, bad[i].property, bad[i].value, NULL);
      g_assert_false (cpt_settings_set_company (db, spoiled, &error));
      g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
      g_clear_error (&error);
    }
  after = store_test_dump_checksum (db);
  g_assert_cmpstr (after, ==, before);

  g_clear_object (&db);
  store_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/settings/take-next", test_take_next);
  g_test_add_func ("/settings/take-next-skips-and-refuses", test_take_next_skips_and_refuses);
  g_test_add_func ("/settings/series", test_series_settings);
  g_test_add_func ("/settings/key-values", test_key_values);
  g_test_add_func ("/settings/company", test_company);

  return g_test_run ();
}
