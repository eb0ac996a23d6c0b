/* test-french.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cpt-closing-rules.h"
#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-merge-rules.h"
#include "cpt-money.h"
#include "cpt-order-status.h"
#include "cpt-totals.h"

/* The core's sentences and labels in French, from the catalogue built in
 * this build tree, the way a French desktop shows them. */

#define NBSP "\xc2\xa0"
#define NNBSP "\xe2\x80\xaf"

static void
test_money_error (void)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  g_assert_false (cpt_money_parse ("12,345", &cents, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Le montant «" NBSP "12,345" NBSP "» a plus de deux décimales.");
  g_clear_error (&error);

  g_assert_false (cpt_quantity_parse ("1,2345", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "La quantité «" NBSP "1,2345" NBSP "» a plus de trois décimales.");
}

static void
test_numbers_ignore_c_locale (void)
{
  g_autofree char *money = cpt_money_format (123456);
  g_autofree char *decimal = cpt_money_to_decimal (123456);
  g_autofree char *percent = cpt_percent_format (550);

  /* fr_FR's LC_NUMERIC must not leak into machine output. */
  g_assert_cmpstr (money, ==, "1" NNBSP "234,56" NBSP "€");
  g_assert_cmpstr (decimal, ==, "1234.56");
  g_assert_cmpstr (percent, ==, "5,5" NBSP "%");
}

static void
test_totals_error (void)
{
  const CptTotalsLine lines[] = { { 1000, 1000, 12000, 1, 2000 } };
  const CptTotalsInput input = { lines, 1 };
  g_auto(CptTotals) totals = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_false (cpt_totals_compute (&input, &totals, &error));
  g_assert_cmpstr (error->message, ==,
                   "La remise de la ligne 1 doit être comprise entre 0 et 100" NBSP "%.");
}

static void
test_dates (void)
{
  g_autofree char *long_date = cpt_date_format_long ("2026-11-28");
  g_autofree char *first = cpt_date_format_long ("2026-05-01");
  g_autofree char *august = cpt_date_format_long ("2027-08-15");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (long_date, ==, "28 novembre 2026");
  g_assert_cmpstr (first, ==, "1er mai 2026");
  g_assert_cmpstr (august, ==, "15 août 2027");

  g_assert_false (cpt_date_parse ("31/02/2026", NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "«" NBSP "31/02/2026" NBSP "» n’est pas une date valide. "
                   "Écrivez-la sous la forme 28/11/2026.");
}

static void
test_labels (void)
{
  g_assert_cmpstr (cpt_order_status_get_label (CPT_ORDER_STATUS_DRAFT), ==, "Brouillon");
  g_assert_cmpstr (cpt_order_status_get_label (CPT_ORDER_STATUS_CONFIRMED), ==, "Confirmée");
  g_assert_cmpstr (cpt_order_status_get_label (CPT_ORDER_STATUS_CLOSED), ==, "Clôturée");
  g_assert_cmpstr (cpt_order_status_get_label (CPT_ORDER_STATUS_VOID), ==, "Annulée");
  g_assert_cmpstr (cpt_invoiced_status_get_label (CPT_INVOICED_STATUS_NOT_INVOICED), ==,
                   "Non facturée");
  g_assert_cmpstr (cpt_invoiced_status_get_label (CPT_INVOICED_STATUS_PARTIALLY_INVOICED), ==,
                   "Partiellement facturée");
  g_assert_cmpstr (cpt_invoiced_status_get_label (CPT_INVOICED_STATUS_INVOICED), ==,
                   "Facturée");
  g_assert_cmpstr (cpt_shipped_status_get_label (CPT_SHIPPED_STATUS_NOT_SHIPPED), ==,
                   "Non expédiée");
  g_assert_cmpstr (cpt_shipped_status_get_label (CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED), ==,
                   "Partiellement expédiée");
  g_assert_cmpstr (cpt_shipped_status_get_label (CPT_SHIPPED_STATUS_SHIPPED), ==, "Expédiée");
  g_assert_cmpstr (cpt_invoice_status_get_label (CPT_INVOICE_STATUS_ISSUED), ==, "Émise");
  g_assert_cmpstr (cpt_invoice_status_get_label (CPT_INVOICE_STATUS_CREDITED), ==,
                   "Annulée par avoir");
  g_assert_cmpstr (cpt_shipment_status_get_label (CPT_SHIPMENT_STATUS_DELIVERED), ==, "Livrée");
}

static void
test_closing_reason (void)
{
  g_autofree char *reason = NULL;

  g_assert_true (cpt_closing_rules_should_close (CPT_CLOSING_RULE_INVOICED,
                                                 CPT_INVOICED_STATUS_INVOICED,
                                                 CPT_SHIPPED_STATUS_NOT_SHIPPED, &reason));
  g_assert_cmpstr (reason, ==, "Clôturée" NBSP ": facturée à 100" NBSP "%");
}

static void
test_merge_message (void)
{
  CptMergeCandidate a = { 1, 7, "A", "A", CPT_ORDER_STATUS_DRAFT, 0, 0, NULL, "CC-00041" };
  CptMergeCandidate b = { 2, 7, "A", "A", CPT_ORDER_STATUS_CONFIRMED, 2, 1, NULL, "CC-00042" };
  g_autoptr(GPtrArray) failures = cpt_merge_rules_check (&a, &b);
  g_autoptr(GError) error = NULL;

  g_assert_false (cpt_merge_rules_to_error (failures, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Les commandes CC-00041 (Brouillon) et CC-00042 (Confirmée) n’ont pas le "
                   "même statut.\n"
                   "La commande CC-00042 a 2 expéditions.\n"
                   "La commande CC-00042 a 1 facture.");
}

int
main (int   argc,
      char *argv[])
{
  /* As main.c does, with the catalogue of the build tree. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  g_assert_nonnull (setlocale (LC_ALL, "fr_FR.UTF-8"));
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/french/money-error", test_money_error);
  g_test_add_func ("/french/numbers-ignore-c-locale", test_numbers_ignore_c_locale);
  g_test_add_func ("/french/totals-error", test_totals_error);
  g_test_add_func ("/french/dates", test_dates);
  g_test_add_func ("/french/labels", test_labels);
  g_test_add_func ("/french/closing-reason", test_closing_reason);
  g_test_add_func ("/french/merge-message", test_merge_message);

  return g_test_run ();
}
