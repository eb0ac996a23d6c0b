/* test-document-store.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cpt-document-builder.h"
#include "cpt-date.h"
#include "cpt-document-tax.h"
#include "cpt-error.h"
#include "cpt-order-line.h"
#include "cpt-credit-note-service.h"
#include "cpt-invoice-service.h"
#include "cpt-order-service.h"
#include "cpt-shipment-service.h"
#include "cpt-money.h"
#include "cpt-pdf-export.h"
#include "cpt-test-documents.h"
#include "cpt-totals.h"

/* Documents loaded from a real database file: an order saved through the
 * order service prints the service's amounts, the company's identity
 * and the names it refers to by id. */

typedef struct
{
  char        *dir;
  CptDatabase *db;
  gint64       customer_id;
  gint64       item_id;
} Fixture;

static void
exec (CptDatabase *db,
      const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_database_exec (db, sql, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("cpt-document-store-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "comptoir.db", NULL);
  f->db = cpt_database_open (path, &error);
  g_assert_no_error (error);

  exec (f->db, "UPDATE company SET name = 'Atelier Desnoës', legal_form = 'SARL',"
               " share_capital = 500000, street = '12 rue de la République', postcode = '69002',"
               " city = 'Lyon', siren = '123 456 789', siret = '123 456 789 00012', rcs_city = 'Lyon',"
               " vat_number = 'FR12 123456789', vat_on_debits = 1, operations = 'both',"
               " iban = 'FR76 3000 6000 0112 3456 7890 189', late_penalty_rate = 1200,"
               " website = 'atelier-desnoes.fr', footer = 'Merci de votre confiance.' WHERE id = 1");
  exec (f->db, "INSERT INTO customers (display_name, contact_name, siren, vat_number, billing_street,"
               " billing_postcode, billing_city, shipping_street, shipping_postcode, shipping_city)"
               " VALUES ('Pâtisserie Éric Desnoës', 'Éric Desnoës', '765 432 109', 'FR98 765432109',"
               " '4 place Bellecour', '69002', 'Lyon', 'Zone artisanale des Crêtes', '38000', 'Grenoble')");
  f->customer_id = cpt_database_last_insert_id (f->db);
  exec (f->db, "INSERT INTO items (name, sku, unit, rate, tax_id, track_stock)"
               " VALUES ('Crème brûlée (bocal 200 g)', 'CB-200', 'pièce', 450, 3, 0)");
  f->item_id = cpt_database_last_insert_id (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->db);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Returns the line, owned by the order. */
static CptOrderLine *
add_line (CptOrder   *order,
          const char *description,
          gint64      quantity,
          gint64      rate,
          int         discount,
          gint64      tax_id)
{
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();

  cpt_order_line_set_description (line, description);
  cpt_order_line_set_quantity (line, quantity);
  cpt_order_line_set_rate (line, rate);
  cpt_order_line_set_discount (line, discount);
  cpt_order_line_set_tax_id (line, tax_id);
  cpt_order_add_line (order, line);
  return line;
}

static gint64
create_order (Fixture *f)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptAddress) billing = cpt_address_new ("4 place Bellecour", NULL, "69002", "Lyon", "France");
  g_autoptr(CptAddress) shipping = cpt_address_new ("Zone artisanale des Crêtes", NULL, "38000",
                                                    "Grenoble", "France");
  g_autoptr(GError) error = NULL;

  cpt_order_set_customer_id (order, f->customer_id);
  cpt_order_set_customer_name (order, "Pâtisserie Éric Desnoës");
  cpt_order_set_billing_address (order, billing);
  cpt_order_set_shipping_address (order, shipping);
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_set_shipment_date (order, "2026-12-04");
  cpt_order_set_reference (order, "PO-7781");
  cpt_order_set_delivery_method_id (order, 1);
  cpt_order_set_payment_terms_id (order, 2);
  cpt_order_set_warehouse_id (order, 1);
  cpt_order_line_set_item_id (add_line (order, "Crème brûlée (bocal 200 g)", 24000, 450, 0, 3), f->item_id);
  add_line (order, "Formation HACCP", 1000, 48000, 1000, 1);
  add_line (order, "Livres exportés", 2000, 1999, 0, 5);
  cpt_order_set_discount_kind (order, CPT_DISCOUNT_PERCENT);
  cpt_order_set_discount_value (order, 500);
  cpt_order_set_shipping_charge (order, 1500);
  cpt_order_set_shipping_tax_id (order, 1);
  cpt_order_set_adjustment (order, -3);
  g_assert_true (cpt_order_service_create (f->db, order, &error));
  g_assert_no_error (error);
  return cpt_order_get_id (order);
}

/* The VAT rows the order service stored, to compare with the document. */
static GArray *
stored_taxes (Fixture *f,
              gint64   order_id)
{
  GArray *taxes = g_array_new (FALSE, FALSE, sizeof (CptTaxTotal));
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = cpt_database_prepare (f->db,
                                             "SELECT tax_id, rate, base, amount FROM sales_order_taxes"
                                             " WHERE order_id = ?1 ORDER BY rate DESC, tax_id", &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, order_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      CptTaxTotal tax = {
        sqlite3_column_int64 (stmt, 0), sqlite3_column_int (stmt, 1),
        sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3),
      };

      g_array_append_val (taxes, tax);
    }
  sqlite3_reset (stmt);
  return taxes;
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  gint64 order_id = create_order (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptDocument) document = cpt_document_load_order (f->db, order_id, &error);
  g_autoptr(CptOrder) order = cpt_order_service_get (f->db, order_id, &error);
  g_autoptr(GArray) taxes = stored_taxes (f, order_id);
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *path = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *command = NULL;
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_ORDER);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER), ==, cpt_order_get_number (order));
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_NAME), ==, "Atelier Desnoës");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_WEBSITE), ==, "atelier-desnoes.fr");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_DELIVERY_METHOD), ==, "Colissimo");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_PAYMENT_TERMS), ==, "30 jours");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_SIREN), ==, "765 432 109");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_VAT_NUMBER), ==, "FR98 765432109");
  g_assert_true (cpt_document_has_distinct_delivery_address (document));
  /* The item's SKU on its line; a free-text line has none. */
  g_assert_cmpstr (cpt_document_get_line (document, 0)->reference, ==, "CB-200");
  g_assert_null (cpt_document_get_line (document, 1)->reference);

  /* The same VAT rows, to the cent, as the service stored. */
  g_assert_cmpuint (cpt_document_get_n_vats (document), ==, taxes->len);
  for (guint i = 0; i < taxes->len; i++)
    {
      const CptDocumentVat *vat = cpt_document_get_vat (document, i);
      const CptTaxTotal *stored = &g_array_index (taxes, CptTaxTotal, i);

      g_assert_cmpint (vat->rate, ==, stored->rate);
      g_assert_cmpint (vat->base, ==, stored->base);
      g_assert_cmpint (vat->amount, ==, stored->amount);
      if (stored->tax_id == 5)
        g_assert_cmpstr (vat->mention, ==, "Exonération de TVA, article 262 ter I du CGI");
    }
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TAX), ==,
                   cpt_order_get_tax_total (order));
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL), ==,
                   cpt_order_get_total (order));

  /* And the PDF says so. */
  pdf = cpt_document_render_pdf_bytes (document, &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "order.pdf", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  quoted = g_shell_quote (path);
  command = g_strdup_printf ("pdftotext -layout -enc UTF-8 %s -", quoted);
  text = cpt_test_run (command);
  /* pdftotext writes the French format's no-break spaces as spaces. */
  total = cpt_money_format (cpt_order_get_total (order));
  {
    g_autoptr(GString) plain = g_string_new (total);

    g_string_replace (plain, "\u202f", " ", 0);
    g_string_replace (plain, "\u00a0", " ", 0);
    g_assert_nonnull (strstr (text, plain->str));
  }
  g_assert_nonnull (strstr (text, cpt_order_get_number (order)));
  g_assert_nonnull (strstr (text, "Colissimo"));
  g_assert_nonnull (strstr (text, "Exonération de TVA, article 262 ter I du CGI"));
  g_assert_nonnull (strstr (text, "Crème brûlée"));
}

static char *
pdf_flat_text (Fixture     *f,
               CptDocument *document)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = cpt_document_render_pdf_bytes (document, &error);
  g_autofree char *path = g_build_filename (f->dir, "document.pdf", NULL);
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("pdftotext -enc UTF-8 %s -", quoted);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
  text = cpt_test_run (command);
  return g_strdelimit (g_steal_pointer (&text), "\n", ' ');
}

static gint64
confirmed_order (Fixture *f)
{
  gint64 order_id = create_order (f);
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_order_service_confirm (f->db, order_id, &error));
  g_assert_no_error (error);
  return order_id;
}

/* An issued invoice prints its own snapshot: changing the company
 * afterwards changes nothing on it. */
static void
test_invoice (Fixture       *f,
              gconstpointer  data)
{
  gint64 order_id = confirmed_order (f);
  g_autoptr(GError) error = NULL;
  gint64 invoice_id = cpt_invoice_service_create_issued (f->db, order_id, NULL, &error);
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(CptDocument) document = NULL;
  g_autofree char *text = NULL;
  GListModel *taxes;

  g_assert_no_error (error);
  exec (f->db, "UPDATE company SET name = 'Nouveau nom', rcs_city = 'Paris' WHERE id = 1");
  invoice = cpt_invoice_service_get (f->db, invoice_id, &error);
  g_assert_no_error (error);
  document = cpt_document_load_invoice (f->db, invoice_id, &error);
  g_assert_no_error (error);

  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_INVOICE);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER), ==, cpt_invoice_get_number (invoice));
  g_assert_nonnull (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER));
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_NAME), ==, "Atelier Desnoës");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_RCS_CITY), ==, "Lyon");
  taxes = cpt_invoice_get_taxes (invoice);
  g_assert_cmpuint (cpt_document_get_n_vats (document), ==, g_list_model_get_n_items (taxes));
  for (guint i = 0; i < g_list_model_get_n_items (taxes); i++)
    {
      g_autoptr(CptDocumentTax) tax = g_list_model_get_item (taxes, i);

      g_assert_cmpint (cpt_document_get_vat (document, i)->base, ==, cpt_document_tax_get_base (tax));
      g_assert_cmpint (cpt_document_get_vat (document, i)->amount, ==, cpt_document_tax_get_amount (tax));
    }
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL), ==,
                   cpt_invoice_get_total (invoice));

  text = pdf_flat_text (f, document);
  g_assert_nonnull (strstr (text, cpt_invoice_get_number (invoice)));
  g_assert_nonnull (strstr (text, "RCS Lyon"));
  g_assert_null (strstr (text, "Nouveau nom"));
  g_assert_nonnull (strstr (text, "Exonération de TVA, article 262 ter I du CGI"));
  g_assert_nonnull (strstr (text, "frais de recouvrement"));
  /* Nothing shipped: no sale or delivery date. */
  g_assert_null (cpt_invoice_get_delivery_date (invoice));
  g_assert_null (cpt_document_get_date (document, CPT_DOCUMENT_DATE_SALE));
  g_assert_null (strstr (text, "Date de vente / livraison"));
}

/* The invoice of a shipped order carries the date of its last shipment as
 * the sale or delivery date, printed since it differs from the issue date. */
static void
test_invoice_delivery_date (Fixture       *f,
                            gconstpointer  data)
{
  gint64 order_id = confirmed_order (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = cpt_database_prepare (f->db, "SELECT id FROM sales_order_lines"
                                                               " WHERE order_id = ? ORDER BY id LIMIT 1", &error);
  CptLineQuantity one[1];
  CptShipmentRequest first = { 0, "2026-12-01", "Geodis", "GX-1", one, 1 };
  CptShipmentRequest rest = { 0, "2026-12-03", "Geodis", "GX-2", NULL, 0 };
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(CptDocument) document = NULL;
  g_autofree char *text = NULL;
  gint64 invoice_id;

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, order_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  one[0] = (CptLineQuantity) { sqlite3_column_int64 (stmt, 0), 1000 };
  g_assert_cmpint (cpt_shipment_service_create (f->db, order_id, &first, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_shipment_service_create (f->db, order_id, &rest, &error), >, 0);
  g_assert_no_error (error);

  invoice_id = cpt_invoice_service_create_issued (f->db, order_id, NULL, &error);
  g_assert_no_error (error);
  invoice = cpt_invoice_service_get (f->db, invoice_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_invoice_get_delivery_date (invoice), ==, "2026-12-03");
  document = cpt_document_load_invoice (f->db, invoice_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_SALE), ==, "2026-12-03");
  g_assert_cmpstr (cpt_document_get_date (document, CPT_DOCUMENT_DATE_ISSUE), !=, "2026-12-03");

  text = pdf_flat_text (f, document);
  g_assert_nonnull (strstr (text, "Date de vente / livraison"));
  g_assert_nonnull (strstr (text, "03/12/2026"));
}

/* A draft has no number and no snapshot yet: it prints « Brouillon » and
 * the company as it is. */
static void
test_draft_invoice (Fixture       *f,
                    gconstpointer  data)
{
  gint64 order_id = confirmed_order (f);
  g_autoptr(GError) error = NULL;
  gint64 invoice_id = cpt_invoice_service_create_draft (f->db, order_id, NULL, &error);
  g_autoptr(CptDocument) document = NULL;
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  document = cpt_document_load_invoice (f->db, invoice_id, &error);
  g_assert_no_error (error);
  g_assert_null (cpt_document_get_text (document, CPT_DOCUMENT_NUMBER));
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_SELLER_NAME), ==, "Atelier Desnoës");
  name = cpt_document_suggest_file_name (document);
  g_assert_cmpstr (name, ==, "Facture (brouillon).pdf");
}

static void
test_credit_note (Fixture       *f,
                  gconstpointer  data)
{
  gint64 order_id = confirmed_order (f);
  g_autoptr(GError) error = NULL;
  gint64 invoice_id = cpt_invoice_service_create_issued (f->db, order_id, NULL, &error);
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(CptDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *sentence = NULL;
  gint64 credit_note_id;

  g_assert_no_error (error);
  credit_note_id = cpt_credit_note_service_create (f->db, invoice_id, "Erreur de quantité", NULL, &error);
  g_assert_no_error (error);
  invoice = cpt_invoice_service_get (f->db, invoice_id, &error);
  document = cpt_document_load_credit_note (f->db, credit_note_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_CREDIT_NOTE);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CANCELLED_NUMBER), ==,
                   cpt_invoice_get_number (invoice));
  g_assert_cmpint (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL), ==,
                   cpt_invoice_get_total (invoice));

  text = pdf_flat_text (f, document);
  date = cpt_date_format (cpt_invoice_get_date (invoice));
  sentence = g_strdup_printf ("Cet avoir annule la facture %s du %s.", cpt_invoice_get_number (invoice), date);
  g_assert_nonnull (strstr (text, "Avoir"));
  g_assert_nonnull (strstr (text, sentence));
  g_assert_nonnull (strstr (text, "Erreur de quantité"));
}

static void
test_shipment (Fixture       *f,
               gconstpointer  data)
{
  gint64 order_id = confirmed_order (f);
  g_autoptr(GError) error = NULL;
  CptShipmentRequest request = { 0, "2026-12-01", "Geodis", "GX-99812-FR", NULL, 0 };
  gint64 shipment_id = cpt_shipment_service_create (f->db, order_id, &request, &error);
  g_autoptr(CptDocument) document = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  document = cpt_document_load_shipment (f->db, shipment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cpt_document_get_kind (document), ==, CPT_DOCUMENT_KIND_DELIVERY_NOTE);
  g_assert_cmpuint (cpt_document_get_n_lines (document), ==, 3);
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_DELIVERY_METHOD), ==, "Colissimo");
  g_assert_cmpstr (cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE), ==, "PO-7781");

  text = pdf_flat_text (f, document);
  g_assert_nonnull (strstr (text, "Bon de livraison"));
  g_assert_nonnull (strstr (text, "GX-99812-FR"));
  g_assert_nonnull (strstr (text, "Crème brûlée"));
  g_assert_nonnull (strstr (text, "Référence"));
  g_assert_nonnull (strstr (text, "CB-200"));
  g_assert_null (strstr (text, "4,50"));
}

static void
test_missing_order (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptDocument) document = cpt_document_load_order (f->db, 4242, &error);

  g_assert_null (document);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_documents_use_french ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/documents/store/order", Fixture, NULL, fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/documents/store/invoice", Fixture, NULL, fixture_set_up, test_invoice, fixture_tear_down);
  g_test_add ("/documents/store/invoice-delivery-date", Fixture, NULL, fixture_set_up,
              test_invoice_delivery_date, fixture_tear_down);
  g_test_add ("/documents/store/draft-invoice", Fixture, NULL, fixture_set_up, test_draft_invoice,
              fixture_tear_down);
  g_test_add ("/documents/store/credit-note", Fixture, NULL, fixture_set_up, test_credit_note,
              fixture_tear_down);
  g_test_add ("/documents/store/shipment", Fixture, NULL, fixture_set_up, test_shipment, fixture_tear_down);
  g_test_add ("/documents/store/missing-order", Fixture, NULL, fixture_set_up, test_missing_order,
              fixture_tear_down);

  return g_test_run ();
}
