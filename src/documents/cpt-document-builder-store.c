/* cpt-document-builder-store.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-builder"

#include "config.h"

#include "cpt-document-builder.h"

#include "cpt-company.h"
#include "cpt-credit-note-service.h"
#include "cpt-customer-service.h"
#include "cpt-document-tax.h"
#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-item-service.h"
#include "cpt-order-line.h"
#include "cpt-order-service.h"
#include "cpt-payment-terms-service.h"
#include "cpt-settings-service.h"
#include "cpt-shipment-line.h"
#include "cpt-shipment-service.h"
#include "cpt-tax-service.h"
#include "cpt-warehouse-service.h"

/* Loads what a document needs from the database, through the services:
 * the business object, the company, and what the object refers to by id
 * (customer, delivery method, payment terms, taxes). */

/* A document is no worse for a name it cannot find (a deleted delivery
 * method): only a database failure stops it. */
static gboolean
is_not_found (const GError *error)
{
  return g_error_matches (error, CPT_ERROR, CPT_ERROR_NOT_FOUND);
}

/* The company as a seller, for the documents that keep no snapshot of
 * it (orders, shipments, invoice drafts). */
static CptSeller *
seller_from_company (CptCompany *company)
{
  CptSeller *seller = cpt_seller_new ();

  cpt_seller_set_name (seller, cpt_company_get_name (company));
  cpt_seller_set_legal_form (seller, cpt_company_get_legal_form (company));
  cpt_seller_set_share_capital (seller, cpt_company_get_share_capital (company));
  cpt_seller_set_address (seller, cpt_company_get_address (company));
  cpt_seller_set_siren (seller, cpt_company_get_siren (company));
  cpt_seller_set_siret (seller, cpt_company_get_siret (company));
  cpt_seller_set_rcs_city (seller, cpt_company_get_rcs_city (company));
  cpt_seller_set_vat_number (seller, cpt_company_get_vat_number (company));
  cpt_seller_set_vat_regime (seller, cpt_company_get_vat_regime (company));
  cpt_seller_set_vat_on_debits (seller, cpt_company_get_vat_on_debits (company));
  cpt_seller_set_operations (seller, cpt_company_get_operations (company));
  cpt_seller_set_iban (seller, cpt_company_get_iban (company));
  cpt_seller_set_bic (seller, cpt_company_get_bic (company));
  cpt_seller_set_email (seller, cpt_company_get_email (company));
  cpt_seller_set_phone (seller, cpt_company_get_phone (company));
  cpt_seller_set_late_penalty_rate (seller, cpt_company_get_late_penalty_rate (company));
  cpt_seller_set_footer (seller, cpt_company_get_footer (company));
  return seller;
}

/* The logo and the website are the company's as it is now on every
 * document: branding, not a legal mention. */
static void
apply_company (CptDocument *document,
               CptCompany  *company)
{
  cpt_document_set_logo (document, cpt_company_get_logo (company));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_WEBSITE, cpt_company_get_website (company));
}

static char *
delivery_method_name (CptDatabase  *db,
                      gint64        id,
                      GError      **error)
{
  g_autoptr(CptDeliveryMethod) method = NULL;
  GError *local_error = NULL;

  if (id <= 0)
    return NULL;
  method = cpt_delivery_method_service_get (db, id, &local_error);
  if (method == NULL && !is_not_found (local_error))
    g_propagate_error (error, local_error);
  else
    g_clear_error (&local_error);
  return method != NULL ? g_strdup (cpt_delivery_method_get_name (method)) : NULL;
}

static char *
payment_terms_name (CptDatabase  *db,
                    gint64        id,
                    GError      **error)
{
  g_autoptr(CptPaymentTerms) terms = NULL;
  GError *local_error = NULL;

  if (id <= 0)
    return NULL;
  terms = cpt_payment_terms_service_get (db, id, &local_error);
  if (terms == NULL && !is_not_found (local_error))
    g_propagate_error (error, local_error);
  else
    g_clear_error (&local_error);
  return terms != NULL ? g_strdup (cpt_payment_terms_get_name (terms)) : NULL;
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
      CptDocumentTax *row = g_ptr_array_index (taxes, i);
      g_autoptr(CptTax) tax = NULL;
      GError *local_error = NULL;

      if (cpt_document_tax_get_tax_id (row) <= 0)
        continue;
      tax = cpt_tax_service_get (db, cpt_document_tax_get_tax_id (row), &local_error);
      if (tax == NULL)
        {
          if (!is_not_found (local_error))
            {
              g_propagate_error (error, local_error);
              return NULL;
            }
          g_clear_error (&local_error);
          continue;
        }
      cpt_document_tax_set_category (row, cpt_tax_get_category (tax));
      cpt_document_tax_set_legal_mention (row, cpt_tax_get_legal_mention (tax));
    }
  return g_steal_pointer (&taxes);
}

/* The SKU of each line's item (0 for a free-text line), read once per
 * item. An item deleted since leaves its line without a reference. */
static gboolean
add_references (CptDocument   *document,
                CptDatabase   *db,
                const gint64  *item_ids,
                guint          n_lines,
                GError       **error)
{
  g_autoptr(GHashTable) skus = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < n_lines && i < cpt_document_get_n_lines (document); i++)
    {
      const char *sku;

      if (item_ids[i] <= 0)
        continue;
      if (!g_hash_table_lookup_extended (skus, &item_ids[i], NULL, (gpointer *) &sku))
        {
          g_autoptr(CptItem) item = NULL;
          GError *local_error = NULL;

          item = cpt_item_service_get (db, item_ids[i], 0, &local_error);
          if (item == NULL && !is_not_found (local_error))
            {
              g_propagate_error (error, local_error);
              return FALSE;
            }
          g_clear_error (&local_error);
          sku = item != NULL ? cpt_item_get_sku (item) : NULL;
          g_hash_table_insert (skus, g_memdup2 (&item_ids[i], sizeof (gint64)), g_strdup (sku));
          sku = g_hash_table_lookup (skus, &item_ids[i]);
        }
      cpt_document_set_line_reference (document, i, sku);
    }
  return TRUE;
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
  g_autoptr(CptCompany) company = NULL;
  g_autoptr(CptSeller) seller = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  order = cpt_order_service_get (db, order_id, error);
  if (order == NULL)
    return NULL;
  company = cpt_settings_get_company (db, error);
  if (company == NULL)
    return NULL;
  taxes = load_order_taxes (db, order_id, error);
  if (taxes == NULL)
    return NULL;
  delivery_method = delivery_method_name (db, cpt_order_get_delivery_method_id (order), &local_error);
  if (local_error == NULL)
    payment_terms = payment_terms_name (db, cpt_order_get_payment_terms_id (order), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  seller = seller_from_company (company);
  document = cpt_document_build_order (order, seller, taxes);
  apply_company (document, company);
  {
    guint n = cpt_order_get_n_lines (order);
    g_autofree gint64 *item_ids = g_new0 (gint64, MAX (n, 1));

    for (guint i = 0; i < n; i++)
      item_ids[i] = cpt_order_line_get_item_id (cpt_order_get_line (order, i));
    if (!add_references (document, db, item_ids, n, error))
      return NULL;
  }
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
  g_autoptr(CptCompany) company = NULL;
  CptDocument *document;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  invoice = cpt_invoice_service_get (db, invoice_id, error);
  if (invoice == NULL)
    return NULL;
  company = cpt_settings_get_company (db, error);
  if (company == NULL)
    return NULL;
  if (cpt_invoice_get_status (invoice) == CPT_INVOICE_STATUS_DRAFT)
    {
      g_autoptr(CptSeller) seller = seller_from_company (company);

      cpt_invoice_set_seller (invoice, seller);
    }
  document = cpt_document_build_invoice (invoice);
  apply_company (document, company);
  return document;
}

CptDocument *
cpt_document_load_credit_note (CptDatabase  *db,
                               gint64        credit_note_id,
                               GError      **error)
{
  g_autoptr(CptCreditNote) credit_note = NULL;
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(CptCompany) company = NULL;
  CptDocument *document;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  credit_note = cpt_credit_note_service_get (db, credit_note_id, error);
  if (credit_note == NULL)
    return NULL;
  invoice = cpt_invoice_service_get (db, cpt_credit_note_get_invoice_id (credit_note), error);
  if (invoice == NULL)
    return NULL;
  company = cpt_settings_get_company (db, error);
  if (company == NULL)
    return NULL;
  document = cpt_document_build_credit_note (credit_note, invoice);
  apply_company (document, company);
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
  g_autoptr(CptCompany) company = NULL;
  g_autoptr(CptSeller) seller = NULL;
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
  company = cpt_settings_get_company (db, error);
  if (company == NULL)
    return NULL;
  delivery_method = delivery_method_name (db, cpt_order_get_delivery_method_id (order), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  seller = seller_from_company (company);
  document = cpt_document_build_shipment (shipment, order, seller);
  apply_company (document, company);
  {
    GListModel *lines = cpt_shipment_get_lines (shipment);
    guint n = lines != NULL ? g_list_model_get_n_items (lines) : 0;
    g_autofree gint64 *item_ids = g_new0 (gint64, MAX (n, 1));

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(CptShipmentLine) line = g_list_model_get_item (lines, i);

        item_ids[i] = cpt_shipment_line_get_item_id (line);
      }
    if (!add_references (document, db, item_ids, n, error))
      {
        g_object_unref (document);
        return NULL;
      }
  }
  cpt_document_set_text (document, CPT_DOCUMENT_DELIVERY_METHOD, delivery_method);
  return document;
}
