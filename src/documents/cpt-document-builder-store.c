/* cpt-document-builder-store.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-builder"

#include "config.h"

#include "cpt-document-builder.h"

#include <sqlite3.h>

#include "cpt-credit-note-service.h"
#include "cpt-customer-service.h"
#include "cpt-document-tax.h"
#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-order-service.h"
#include "cpt-shipment-service.h"

/* Loads what a document needs from the database. The business objects
 * come through their services; the few settings a document prints by id
 * (the company, a delivery method's or payment terms' name, a tax's
 * category and mention) are read here, read-only. */

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

typedef struct
{
  CptSeller *seller;
  GBytes    *logo;
  char      *website;
} Company;

static void
company_clear (Company *company)
{
  g_clear_object (&company->seller);
  g_clear_pointer (&company->logo, g_bytes_unref);
  g_clear_pointer (&company->website, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Company, company_clear)

static gboolean
load_company (CptDatabase  *db,
              Company      *company,
              GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  g_autoptr(CptAddress) address = NULL;
  CptSeller *seller;
  int rc;

  stmt = cpt_database_prepare (db,
                               "SELECT name, legal_form, share_capital, street, street2, postcode,"
                               " city, country, siren, siret, rcs_city, vat_number, vat_regime,"
                               " vat_on_debits, operations, iban, bic, email, phone, website,"
                               " late_penalty_rate, footer, logo"
                               " FROM company WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  company->seller = seller = cpt_seller_new ();
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return cpt_database_set_error_code (db, rc, error);

  cpt_seller_set_name (seller, column_text (stmt, 0));
  cpt_seller_set_legal_form (seller, column_text (stmt, 1));
  cpt_seller_set_share_capital (seller, sqlite3_column_int64 (stmt, 2));
  address = cpt_address_new (column_text (stmt, 3), column_text (stmt, 4), column_text (stmt, 5),
                             column_text (stmt, 6), column_text (stmt, 7));
  cpt_seller_set_address (seller, address);
  cpt_seller_set_siren (seller, column_text (stmt, 8));
  cpt_seller_set_siret (seller, column_text (stmt, 9));
  cpt_seller_set_rcs_city (seller, column_text (stmt, 10));
  cpt_seller_set_vat_number (seller, column_text (stmt, 11));
  cpt_seller_set_vat_regime (seller, column_text (stmt, 12));
  cpt_seller_set_vat_on_debits (seller, sqlite3_column_int (stmt, 13) != 0);
  cpt_seller_set_operations (seller, column_text (stmt, 14));
  cpt_seller_set_iban (seller, column_text (stmt, 15));
  cpt_seller_set_bic (seller, column_text (stmt, 16));
  cpt_seller_set_email (seller, column_text (stmt, 17));
  cpt_seller_set_phone (seller, column_text (stmt, 18));
  company->website = g_strdup (column_text (stmt, 19));
  cpt_seller_set_late_penalty_rate (seller, sqlite3_column_int (stmt, 20));
  cpt_seller_set_footer (seller, column_text (stmt, 21));
  if (sqlite3_column_bytes (stmt, 22) > 0)
    company->logo = g_bytes_new (sqlite3_column_blob (stmt, 22), sqlite3_column_bytes (stmt, 22));
  return TRUE;
}

/* The name of a row a document refers to by id, or NULL. */
static char *
lookup_name (CptDatabase  *db,
             const char   *sql,
             gint64        id,
             GError      **error)
{
  g_autoptr(CptStatement) stmt = NULL;
  int rc;

  if (id <= 0)
    return NULL;
  stmt = cpt_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    cpt_database_set_error_code (db, rc, error);
  return NULL;
}

/* The order's saved VAT rows, with the category and legal mention of
 * each tax, which the rows do not keep. */
static GPtrArray *
load_order_taxes (CptDatabase  *db,
                  gint64        order_id,
                  GError      **error)
{
  g_autoptr(GPtrArray) taxes = cpt_order_service_get_taxes (db, order_id, error);

  if (taxes == NULL)
    return NULL;
  for (guint i = 0; i < taxes->len; i++)
    {
      CptDocumentTax *tax = g_ptr_array_index (taxes, i);
      g_autoptr(CptStatement) stmt = NULL;
      int rc;

      if (cpt_document_tax_get_tax_id (tax) <= 0)
        continue;
      stmt = cpt_database_prepare (db, "SELECT category, legal_mention FROM taxes WHERE id = ?1", error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, cpt_document_tax_get_tax_id (tax));
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          cpt_document_tax_set_category (tax, column_text (stmt, 0));
          cpt_document_tax_set_legal_mention (tax, column_text (stmt, 1));
        }
      else if (rc != SQLITE_DONE)
        {
          cpt_database_set_error_code (db, rc, error);
          return NULL;
        }
    }
  return g_steal_pointer (&taxes);
}

static void
apply_company (CptDocument *document,
               Company     *company)
{
  cpt_document_set_logo (document, company->logo);
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_WEBSITE, company->website);
}

CptDocument *
cpt_document_load_order (CptDatabase  *db,
                         gint64        order_id,
                         GError      **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(CptCustomer) customer = NULL;
  g_autoptr(GPtrArray) taxes = NULL;
  g_autoptr(CptDocument) document = NULL;
  g_autofree char *delivery_method = NULL;
  g_autofree char *payment_terms = NULL;
  g_auto(Company) company = { 0, };
  GError *local_error = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  order = cpt_order_service_get (db, order_id, error);
  if (order == NULL)
    return NULL;
  if (!load_company (db, &company, error))
    return NULL;
  taxes = load_order_taxes (db, order_id, error);
  if (taxes == NULL)
    return NULL;
  delivery_method = lookup_name (db, "SELECT name FROM delivery_methods WHERE id = ?1",
                                 cpt_order_get_delivery_method_id (order), &local_error);
  if (local_error == NULL)
    payment_terms = lookup_name (db, "SELECT name FROM payment_terms WHERE id = ?1",
                                 cpt_order_get_payment_terms_id (order), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  document = cpt_document_build_order (order, company.seller, taxes);
  apply_company (document, &company);
  cpt_document_set_text (document, CPT_DOCUMENT_DELIVERY_METHOD, delivery_method);
  cpt_document_set_text (document, CPT_DOCUMENT_PAYMENT_TERMS, payment_terms);

  /* The customer's identifiers are not part of the order's snapshot; a
   * customer that cannot be read leaves them out rather than the order
   * unprintable. */
  customer = cpt_customer_service_get (db, cpt_order_get_customer_id (order), NULL);
  if (customer != NULL)
    {
      cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_SIREN, cpt_customer_get_siren (customer));
      cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_VAT_NUMBER,
                             cpt_customer_get_vat_number (customer));
      if (g_strcmp0 (cpt_customer_get_contact_name (customer), cpt_order_get_customer_name (order)) != 0)
        cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_CONTACT,
                               cpt_customer_get_contact_name (customer));
    }
  return g_steal_pointer (&document);
}

/* An issued invoice prints the seller it was issued by; a draft has no
 * snapshot yet and prints the company as it is now. */
CptDocument *
cpt_document_load_invoice (CptDatabase  *db,
                           gint64        invoice_id,
                           GError      **error)
{
  g_autoptr(CptInvoice) invoice = NULL;
  g_auto(Company) company = { 0, };
  CptDocument *document;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  invoice = cpt_invoice_service_get (db, invoice_id, error);
  if (invoice == NULL)
    return NULL;
  if (!load_company (db, &company, error))
    return NULL;
  if (cpt_invoice_get_status (invoice) == CPT_INVOICE_STATUS_DRAFT)
    cpt_invoice_set_seller (invoice, company.seller);
  document = cpt_document_build_invoice (invoice);
  apply_company (document, &company);
  return document;
}

CptDocument *
cpt_document_load_credit_note (CptDatabase  *db,
                               gint64        credit_note_id,
                               GError      **error)
{
  g_autoptr(CptCreditNote) credit_note = NULL;
  g_autoptr(CptInvoice) invoice = NULL;
  g_auto(Company) company = { 0, };
  CptDocument *document;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  credit_note = cpt_credit_note_service_get (db, credit_note_id, error);
  if (credit_note == NULL)
    return NULL;
  invoice = cpt_invoice_service_get (db, cpt_credit_note_get_invoice_id (credit_note), error);
  if (invoice == NULL)
    return NULL;
  if (!load_company (db, &company, error))
    return NULL;
  document = cpt_document_build_credit_note (credit_note, invoice);
  apply_company (document, &company);
  return document;
}

/* A delivery note: the shipment's lines and address, the order's
 * reference, billing address and delivery method, and the company as it
 * is now (a delivery note is no invoice: it keeps no seller snapshot). */
CptDocument *
cpt_document_load_shipment (CptDatabase  *db,
                            gint64        shipment_id,
                            GError      **error)
{
  g_autoptr(CptShipment) shipment = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autofree char *delivery_method = NULL;
  g_auto(Company) company = { 0, };
  GError *local_error = NULL;
  CptDocument *document;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shipment = cpt_shipment_service_get (db, shipment_id, error);
  if (shipment == NULL)
    return NULL;
  order = cpt_order_service_get (db, cpt_shipment_get_order_id (shipment), error);
  if (order == NULL)
    return NULL;
  if (!load_company (db, &company, error))
    return NULL;
  delivery_method = lookup_name (db, "SELECT name FROM delivery_methods WHERE id = ?1",
                                 cpt_order_get_delivery_method_id (order), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  document = cpt_document_build_shipment (shipment, order, company.seller);
  apply_company (document, &company);
  cpt_document_set_text (document, CPT_DOCUMENT_DELIVERY_METHOD, delivery_method);
  return document;
}
