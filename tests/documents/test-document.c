/* test-document.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-document.h"
#include "cpt-test-documents.h"

/* The document model on its own: what it keeps and what it decides. */

static void
test_texts (void)
{
  g_autoptr(CptDocument) document = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);

  g_assert_null (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER));
  g_assert_false (cpt_document_has_text (document, CPT_DOCUMENT_NUMBER));
  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, "FA-2026-00012");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER), ==, "FA-2026-00012");
  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, "");
  g_assert_false (cpt_document_has_text (document, CPT_DOCUMENT_NUMBER));

  /* Invalid UTF-8 never reaches the renderer. */
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_NAME, "Caf\xe9 \xff");
  g_assert_true (g_utf8_validate (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_NAME),
                                  -1, NULL));
}

static void
test_kinds (void)
{
  g_autoptr(CptDocument) order = cpt_document_new (CPT_DOCUMENT_KIND_ORDER);
  g_autoptr(CptDocument) note = cpt_document_new (CPT_DOCUMENT_KIND_DELIVERY_NOTE);

  g_assert_true (cpt_document_has_prices (order));
  g_assert_true (cpt_document_shows_vat (order));
  cpt_document_set_vat_franchise (order, TRUE);
  g_assert_true (cpt_document_has_prices (order));
  g_assert_false (cpt_document_shows_vat (order));
  g_assert_false (cpt_document_has_prices (note));
  g_assert_false (cpt_document_shows_vat (note));

  g_assert_cmpstr (cpt_document_kind_get_title (CPT_DOCUMENT_KIND_ORDER), ==, "Bon de commande");
  g_assert_cmpstr (cpt_document_kind_get_title (CPT_DOCUMENT_KIND_INVOICE), ==, "Facture");
  g_assert_cmpstr (cpt_document_kind_get_title (CPT_DOCUMENT_KIND_CREDIT_NOTE), ==, "Avoir");
  g_assert_cmpstr (cpt_document_kind_get_title (CPT_DOCUMENT_KIND_DELIVERY_NOTE), ==, "Bon de livraison");
}

static void
test_delivery_address (void)
{
  g_autoptr(CptDocument) document = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);

  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS, "4 place Bellecour\n69002 Lyon");
  g_assert_false (cpt_document_has_distinct_delivery_address (document));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS,
                         "4 Place Bellecour\n\n 69002 LYON ");
  g_assert_false (cpt_document_has_distinct_delivery_address (document));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS, "2 rue Mercière\n69002 Lyon");
  g_assert_true (cpt_document_has_distinct_delivery_address (document));
}

static void
test_amounts_and_dates (void)
{
  g_autoptr(CptDocument) document = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);
  CptDocumentLine line = { "REF", "Crème brûlée", 2500, "kg", 1999, 1000, 550, 4498 };
  const CptDocumentLine *kept;

  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL, 123456);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_DEPOSITS, 23456);
  g_assert_cmpint (cpt_document_get_amount_due (document), ==, 100000);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL, G_MININT64);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_DEPOSITS, 1);
  g_assert_cmpint (cpt_document_get_amount_due (document), ==, G_MININT64);

  g_assert_null (cpt_document_get_date (document, CPT_DOCUMENT_DATE_DUE));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_DUE, "2026-12-31");
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_DUE), ==, "2026-12-31");
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_DUE, "2026-02-31");
  g_assert_null (cpt_document_get_date (document, CPT_DOCUMENT_DATE_DUE));

  cpt_document_add_line (document, &line);
  line.description = NULL;
  kept = cpt_document_get_line (document, 0);
  g_assert_cmpstr (kept->description, ==, "Crème brûlée");
  g_assert_cmpint (kept->amount, ==, 4498);
  cpt_document_add_vat (document, 550, 4498, 247, "");
  g_assert_null (cpt_document_get_vat (document, 0)->mention);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_documents_use_french ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/model/texts", test_texts);
  g_test_add_func ("/documents/model/kinds", test_kinds);
  g_test_add_func ("/documents/model/delivery-address", test_delivery_address);
  g_test_add_func ("/documents/model/amounts-and-dates", test_amounts_and_dates);

  return g_test_run ();
}
