/* test-document-builder.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-document-builder.h"
#include "cpt-document-tax.h"
#include "cpt-invoice-line.h"
#include "cpt-order-line.h"
#include "cpt-shipment-line.h"
#include "cpt-test-documents.h"

/* Documents built from core's business objects, as the services return
 * them: every printed value comes from the object's own snapshot. */

static CptSeller *
seller_new (const char *legal_form,
            const char *regime)
{
  CptSeller *seller = cpt_seller_new ();
  g_autoptr(CptAddress) address = cpt_address_new ("12 rue de la République", NULL, "69002", "Lyon", "France");

  cpt_seller_set_name (seller, "Atelier Desnoës");
  cpt_seller_set_legal_form (seller, legal_form);
  cpt_seller_set_share_capital (seller, 500000);
  cpt_seller_set_address (seller, address);
  cpt_seller_set_siren (seller, "123 456 789");
  cpt_seller_set_siret (seller, "123 456 789 00012");
  cpt_seller_set_rcs_city (seller, "Lyon");
  cpt_seller_set_vat_number (seller, "FR12 123456789");
  cpt_seller_set_vat_regime (seller, regime);
  cpt_seller_set_vat_on_debits (seller, TRUE);
  cpt_seller_set_operations (seller, "services");
  cpt_seller_set_iban (seller, "FR76 3000 6000 0112 3456 7890 189");
  cpt_seller_set_late_penalty_rate (seller, 1000);
  cpt_seller_set_footer (seller, "Merci.");
  return seller;
}

static CptOrderLine *
order_line_new (const char *description,
                gint64      quantity,
                gint64      rate,
                int         tax_rate,
                gint64      amount)
{
  CptOrderLine *line = cpt_order_line_new ();

  cpt_order_line_set_description (line, description);
  cpt_order_line_set_quantity (line, quantity);
  cpt_order_line_set_unit (line, "pièce");
  cpt_order_line_set_rate (line, rate);
  cpt_order_line_set_tax_id (line, tax_rate);
  cpt_order_line_set_tax_rate (line, tax_rate);
  cpt_order_line_set_amount (line, amount);
  return line;
}

static void
test_order (void)
{
  g_autoptr(CptSeller) seller = seller_new ("SARL", "normal");
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptAddress) billing = cpt_address_new ("4 place Bellecour", NULL, "69002", "Lyon", "France");
  g_autoptr(CptAddress) shipping = cpt_address_new ("Rue des Crêtes", NULL, "38000", "Grenoble", "France");
  g_autoptr(CptOrderLine) a = order_line_new ("Crème brûlée", 3000, 450, 550, 1350);
  g_autoptr(CptOrderLine) b = order_line_new ("Moule", 1000, 1999, 2000, 1999);
  g_autoptr(CptDocument) document = NULL;
  const CptDocumentLine *line;

  cpt_order_set_number (order, "CC-00042");
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_set_shipment_date (order, "2026-12-04");
  cpt_order_set_reference (order, "PO-7781");
  cpt_order_set_customer_name (order, "Éric Desnoës");
  cpt_order_set_billing_address (order, billing);
  cpt_order_set_shipping_address (order, shipping);
  cpt_order_add_line (order, a);
  cpt_order_add_line (order, b);
  cpt_order_set_sub_total (order, 3349);
  cpt_order_set_tax_total (order, 74 + 400);
  cpt_order_set_total (order, 3349 + 474);

  document = cpt_document_build_order (order, seller, NULL);
  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_ORDER);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER), ==, "CC-00042");
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_ISSUE), ==, "2026-11-28");
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_EXPECTED_DELIVERY), ==, "2026-12-04");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE), ==, "PO-7781");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS), ==,
                   "4 place Bellecour\n69002 Lyon");
  g_assert_true (cpt_document_has_distinct_delivery_address (document));
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_LEGAL_FORM), ==, "SARL");
  g_assert_cmpint (cpt_document_get_share_capital (document), ==, 500000);
  g_assert_false (cpt_document_get_sole_trader (document));
  g_assert_cmpint (cpt_document_get_operations (document), ==, CPT_OPERATIONS_SERVICES);

  g_assert_cmpuint (cpt_document_get_n_lines (document), ==, 2);
  line = cpt_document_get_line (document, 0);
  g_assert_cmpstr (line->description, ==, "Crème brûlée");
  g_assert_cmpint (line->quantity, ==, 3000);
  g_assert_cmpint (line->unit_price, ==, 450);
  g_assert_cmpint (line->tax_rate, ==, 550);
  g_assert_cmpint (line->amount, ==, 1350);

  /* The VAT rows are core's totals over the lines: 20 % first. */
  g_assert_cmpuint (cpt_document_get_n_vats (document), ==, 2);
  g_assert_cmpint (cpt_document_get_vat (document, 0)->rate, ==, 2000);
  g_assert_cmpint (cpt_document_get_vat (document, 0)->base, ==, 1999);
  g_assert_cmpint (cpt_document_get_vat (document, 0)->amount, ==, 400);
  g_assert_cmpint (cpt_document_get_vat (document, 1)->base, ==, 1350);
  g_assert_cmpint (cpt_document_get_vat (document, 1)->amount, ==, 74);
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL_EXCL), ==, 3349);
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TAX), ==, 474);
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL), ==, 3823);
}

static CptDocumentTax *
tax_new (int         rate,
         gint64      base,
         gint64      amount,
         const char *category,
         const char *mention)
{
  CptDocumentTax *tax = cpt_document_tax_new ();

  cpt_document_tax_set_rate (tax, rate);
  cpt_document_tax_set_base (tax, base);
  cpt_document_tax_set_amount (tax, amount);
  cpt_document_tax_set_category (tax, category);
  cpt_document_tax_set_legal_mention (tax, mention);
  return tax;
}

static CptInvoice *
invoice_new (void)
{
  g_autoptr(CptSeller) seller = seller_new ("EI", "normal");
  CptInvoice *invoice = cpt_invoice_new ();
  g_autoptr(CptAddress) billing = cpt_address_new ("4 place Bellecour", NULL, "69002", "Lyon", "France");
  g_autoptr(CptInvoiceLine) line = cpt_invoice_line_new ();
  g_autoptr(CptDocumentTax) normal = tax_new (2000, 10000, 2000, "standard", "");
  g_autoptr(CptDocumentTax) reverse = tax_new (0, 5000, 0, "reverse_charge", "");
  g_autoptr(CptDocumentTax) exempt = tax_new (0, 3000, 0, "exempt",
                                              "Exonération de TVA, article 262 ter I du CGI");

  cpt_invoice_set_seller (invoice, seller);
  cpt_invoice_set_number (invoice, "FA-2026-00012");
  cpt_invoice_set_order_number (invoice, "CC-00042");
  cpt_invoice_set_date (invoice, "2026-11-28");
  cpt_invoice_set_due_date (invoice, "2026-12-28");
  cpt_invoice_set_payment_terms_name (invoice, "30 jours");
  cpt_invoice_set_reference (invoice, "PO-7781");
  cpt_invoice_set_customer_name (invoice, "Pâtisserie Desnoës");
  cpt_invoice_set_customer_siren (invoice, "765 432 109");
  cpt_invoice_set_customer_vat_number (invoice, "FR98 765432109");
  cpt_invoice_set_billing_address (invoice, billing);
  cpt_invoice_set_shipping_address (invoice, billing);
  g_object_set (line, "sku", "CB-200", "description", "Crème brûlée", "quantity", (gint64) 2000,
                "unit", "pièce", "rate", (gint64) 9000, "tax-rate", 2000, "amount", (gint64) 18000, NULL);
  cpt_invoice_add_line (invoice, line);
  cpt_invoice_add_taxe (invoice, normal);
  cpt_invoice_add_taxe (invoice, reverse);
  cpt_invoice_add_taxe (invoice, exempt);
  cpt_invoice_set_sub_total (invoice, 18000);
  cpt_invoice_set_tax_total (invoice, 2000);
  cpt_invoice_set_total (invoice, 20000);
  return invoice;
}

static void
test_invoice (void)
{
  g_autoptr(CptInvoice) invoice = invoice_new ();
  g_autoptr(CptDocument) document = cpt_document_build_invoice (invoice);
  const CptDocumentLine *line;

  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_INVOICE);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER), ==, "FA-2026-00012");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_ORDER_NUMBER), ==, "CC-00042");
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_DUE), ==, "2026-12-28");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_PAYMENT_TERMS), ==, "30 jours");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_SIREN), ==, "765 432 109");
  g_assert_false (cpt_document_has_distinct_delivery_address (document));
  /* An entrepreneur individuel: « EI », no legal form, no capital. */
  g_assert_true (cpt_document_get_sole_trader (document));
  g_assert_null (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_LEGAL_FORM));
  g_assert_cmpint (cpt_document_get_share_capital (document), ==, 0);
  g_assert_true (cpt_document_get_vat_on_debits (document));
  g_assert_cmpint (cpt_document_get_late_penalty_rate (document), ==, 1000);

  line = cpt_document_get_line (document, 0);
  g_assert_cmpstr (line->reference, ==, "CB-200");
  g_assert_cmpint (line->amount, ==, 18000);
  g_assert_cmpuint (cpt_document_get_n_vats (document), ==, 3);
  g_assert_null (cpt_document_get_vat (document, 0)->mention);
  g_assert_cmpstr (cpt_document_get_vat (document, 1)->mention, ==, "Autoliquidation");
  g_assert_cmpstr (cpt_document_get_vat (document, 2)->mention, ==,
                   "Exonération de TVA, article 262 ter I du CGI");
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL_EXCL), ==, 18000);
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL), ==, 20000);
}

static void
test_credit_note (void)
{
  g_autoptr(CptInvoice) invoice = invoice_new ();
  g_autoptr(CptCreditNote) credit = cpt_credit_note_new ();
  g_autoptr(CptSeller) seller = seller_new ("SAS", "franchise");
  g_autoptr(CptDocument) document = NULL;

  g_object_set (credit, "number", "AV-2026-00003", "invoice-number", "FA-2026-00012",
                "date", "2026-11-30", "reason", "Erreur de quantité", "seller", seller,
                "total", (gint64) 20000, NULL);
  document = cpt_document_build_credit_note (credit, invoice);
  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_CREDIT_NOTE);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CANCELLED_NUMBER), ==, "FA-2026-00012");
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_CANCELLED_ISSUE), ==, "2026-11-28");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_NOTES), ==, "Motif\u00a0: Erreur de quantité");
  g_assert_true (cpt_document_get_vat_franchise (document));
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL), ==, 20000);
}

static void
test_shipment (void)
{
  g_autoptr(CptSeller) seller = seller_new ("SARL", "normal");
  g_autoptr(CptShipment) shipment = cpt_shipment_new ();
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptShipmentLine) line = cpt_shipment_line_new ();
  g_autoptr(CptAddress) billing = cpt_address_new ("4 place Bellecour", NULL, "69002", "Lyon", "France");
  g_autoptr(CptAddress) shipping = cpt_address_new ("Rue des Crêtes", NULL, "38000", "Grenoble", "France");
  g_autoptr(CptDocument) document = NULL;

  cpt_order_set_reference (order, "PO-7781");
  cpt_order_set_billing_address (order, billing);
  cpt_shipment_set_number (shipment, "BL-2026-00007");
  cpt_shipment_set_order_number (shipment, "CC-00042");
  cpt_shipment_set_date (shipment, "2026-12-01");
  cpt_shipment_set_carrier (shipment, "Geodis");
  cpt_shipment_set_shipping_address (shipment, shipping);
  g_object_set (line, "description", "Crème brûlée", "quantity", (gint64) 2500, "unit", "kg", NULL);
  cpt_shipment_add_line (shipment, line);

  document = cpt_document_build_shipment (shipment, order, seller);
  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_DELIVERY_NOTE);
  g_assert_false (cpt_document_has_prices (document));
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CARRIER), ==, "Geodis");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE), ==, "PO-7781");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS), ==,
                   "Rue des Crêtes\n38000 Grenoble");
  g_assert_true (cpt_document_has_distinct_delivery_address (document));
  g_assert_cmpuint (cpt_document_get_n_lines (document), ==, 1);
  g_assert_cmpint (cpt_document_get_line (document, 0)->quantity, ==, 2500);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_documents_use_french ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/builder/order", test_order);
  g_test_add_func ("/documents/builder/invoice", test_invoice);
  g_test_add_func ("/documents/builder/credit-note", test_credit_note);
  g_test_add_func ("/documents/builder/shipment", test_shipment);

  return g_test_run ();
}
