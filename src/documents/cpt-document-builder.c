/* cpt-document-builder.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-builder"

#include "config.h"

#include "cpt-document-builder.h"

#include <glib/gi18n.h>

#include "cpt-document-tax.h"
#include "cpt-invoice-line.h"
#include "cpt-order-line.h"
#include "cpt-shipment-line.h"
#include "cpt-totals.h"

static void
set_address (CptDocument      *document,
             CptDocumentText   field,
             const CptAddress *address)
{
  g_autofree char *text = NULL;

  if (address == NULL || cpt_address_is_empty (address))
    return;
  text = cpt_address_format (address);
  cpt_document_set_text (document, field, text);
}

/* An entrepreneur individuel prints « EI » after the name rather than a
 * legal form with a share capital. */
static gboolean
is_sole_trader (const char *legal_form)
{
  return legal_form != NULL &&
         (g_ascii_strcasecmp (legal_form, "EI") == 0 ||
          g_ascii_strcasecmp (legal_form, "Entrepreneur individuel") == 0 ||
          g_ascii_strcasecmp (legal_form, "Entreprise individuelle") == 0);
}

static CptOperations
operations_from_string (const char *operations)
{
  if (g_strcmp0 (operations, "goods") == 0)
    return CPT_OPERATIONS_GOODS;
  if (g_strcmp0 (operations, "services") == 0)
    return CPT_OPERATIONS_SERVICES;
  if (g_strcmp0 (operations, "both") == 0)
    return CPT_OPERATIONS_MIXED;
  return CPT_OPERATIONS_UNSPECIFIED;
}

static void
apply_seller (CptDocument *document,
              CptSeller   *seller)
{
  const char *legal_form;

  if (seller == NULL)
    return;
  legal_form = cpt_seller_get_legal_form (seller);
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_NAME, cpt_seller_get_name (seller));
  if (is_sole_trader (legal_form))
    cpt_document_set_sole_trader (document, TRUE);
  else
    {
      cpt_document_set_text (document, CPT_DOCUMENT_SELLER_LEGAL_FORM, legal_form);
      cpt_document_set_share_capital (document, cpt_seller_get_share_capital (seller));
    }
  set_address (document, CPT_DOCUMENT_SELLER_ADDRESS, cpt_seller_get_address (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_SIREN, cpt_seller_get_siren (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_SIRET, cpt_seller_get_siret (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_RCS_CITY, cpt_seller_get_rcs_city (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_VAT_NUMBER, cpt_seller_get_vat_number (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_IBAN, cpt_seller_get_iban (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_BIC, cpt_seller_get_bic (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_EMAIL, cpt_seller_get_email (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_PHONE, cpt_seller_get_phone (seller));
  cpt_document_set_text (document, CPT_DOCUMENT_FOOTER, cpt_seller_get_footer (seller));
  cpt_document_set_vat_franchise (document,
                                  g_strcmp0 (cpt_seller_get_vat_regime (seller), "franchise") == 0);
  cpt_document_set_vat_on_debits (document, cpt_seller_get_vat_on_debits (seller));
  cpt_document_set_operations (document, operations_from_string (cpt_seller_get_operations (seller)));
  cpt_document_set_late_penalty_rate (document, cpt_seller_get_late_penalty_rate (seller));
}

/* The mention a VAT row prints: the one stored with the tax, or for a
 * reverse charge or an exemption without one, the generic words. */
static const char *
tax_mention (CptDocumentTax *tax)
{
  const char *mention = cpt_document_tax_get_legal_mention (tax);
  const char *category = cpt_document_tax_get_category (tax);

  if (mention != NULL && *mention != '\0')
    return mention;
  if (g_strcmp0 (category, "reverse_charge") == 0)
    return C_("document", "Reverse charge");
  if (g_strcmp0 (category, "exempt") == 0)
    return C_("document", "VAT exemption");
  return NULL;
}

static void
add_tax (CptDocument    *document,
         CptDocumentTax *tax)
{
  cpt_document_add_vat (document, cpt_document_tax_get_rate (tax), cpt_document_tax_get_base (tax),
                        cpt_document_tax_get_amount (tax), tax_mention (tax));
}

static void
add_taxes (CptDocument *document,
           GListModel  *taxes)
{
  guint n = taxes != NULL ? g_list_model_get_n_items (taxes) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptDocumentTax) tax = g_list_model_get_item (taxes, i);

      add_tax (document, tax);
    }
}

static void
add_invoice_lines (CptDocument *document,
                   GListModel  *lines)
{
  guint n = lines != NULL ? g_list_model_get_n_items (lines) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptInvoiceLine) line = g_list_model_get_item (lines, i);
      CptDocumentLine row = {
        (char *) cpt_invoice_line_get_sku (line),
        (char *) cpt_invoice_line_get_description (line),
        cpt_invoice_line_get_quantity (line),
        (char *) cpt_invoice_line_get_unit (line),
        cpt_invoice_line_get_rate (line),
        cpt_invoice_line_get_discount (line),
        cpt_invoice_line_get_tax_rate (line),
        cpt_invoice_line_get_amount (line),
      };

      cpt_document_add_line (document, &row);
    }
}

/* Σ bases = subtotal − discount + shipping: what « Total HT » says. */
static void
set_totals (CptDocument *document,
            gint64       sub_total,
            gint64       discount_total,
            gint64       shipping,
            gint64       tax_total,
            gint64       adjustment,
            const char  *adjustment_label,
            gint64       total)
{
  gint64 excl = 0;

  for (guint i = 0; i < cpt_document_get_n_vats (document); i++)
    excl += cpt_document_get_vat (document, i)->base;
  if (cpt_document_get_n_vats (document) == 0)
    excl = sub_total - discount_total + shipping;
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_SUBTOTAL, sub_total);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_DISCOUNT, discount_total);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_SHIPPING, shipping);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL_EXCL, excl);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TAX, tax_total);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_ADJUSTMENT, adjustment);
  cpt_document_set_text (document, CPT_DOCUMENT_ADJUSTMENT_LABEL, adjustment_label);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL, total);
}

/* Without the saved VAT rows, core's totals over the order's lines give
 * the same ones, exactly as the order service computes them. */
static void
compute_order_taxes (CptDocument *document,
                     CptOrder    *order)
{
  guint n = cpt_order_get_n_lines (order);
  g_autofree CptTotalsLine *lines = g_new0 (CptTotalsLine, MAX (n, 1));
  g_auto(CptTotals) totals = { 0, };
  CptTotalsInput input = { 0, };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);

      lines[i].quantity = cpt_order_line_get_quantity (line);
      lines[i].unit_price = cpt_order_line_get_rate (line);
      lines[i].discount = cpt_order_line_get_discount (line);
      lines[i].tax_id = cpt_order_line_get_tax_id (line);
      lines[i].tax_rate = cpt_order_line_get_tax_rate (line);
    }
  input.lines = lines;
  input.n_lines = n;
  input.discount_kind = cpt_order_get_discount_kind (order);
  input.discount_value = cpt_order_get_discount_value (order);
  input.shipping = cpt_order_get_shipping_charge (order);
  input.shipping_tax_id = cpt_order_get_shipping_tax_id (order);
  input.shipping_tax_rate = cpt_order_get_shipping_tax_rate (order);
  input.adjustment = cpt_order_get_adjustment (order);
  input.no_vat = cpt_document_get_vat_franchise (document);
  if (!cpt_totals_compute (&input, &totals, &error))
    {
      /* The service refused such an order when it was saved; print it
       * without a VAT summary rather than not at all. */
      g_debug ("Order %s: %s", cpt_order_get_number (order), error->message);
      return;
    }
  for (guint i = 0; i < totals.taxes->len; i++)
    {
      const CptTaxTotal *tax = &g_array_index (totals.taxes, CptTaxTotal, i);

      cpt_document_add_vat (document, tax->rate, tax->base, tax->amount, NULL);
    }
}

CptDocument *
cpt_document_build_order (CptOrder   *order,
                          CptSeller  *seller,
                          GPtrArray  *taxes)
{
  CptDocument *document;
  guint n;

  g_return_val_if_fail (CPT_IS_ORDER (order), NULL);
  g_return_val_if_fail (seller == NULL || CPT_IS_SELLER (seller), NULL);

  document = cpt_document_new (CPT_DOCUMENT_KIND_ORDER);
  apply_seller (document, seller);
  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, cpt_order_get_number (order));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_ISSUE, cpt_order_get_date (order));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_EXPECTED_DELIVERY,
                         cpt_order_get_shipment_date (order));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE, cpt_order_get_reference (order));
  cpt_document_set_text (document, CPT_DOCUMENT_SALESPERSON, cpt_order_get_salesperson (order));
  cpt_document_set_text (document, CPT_DOCUMENT_NOTES, cpt_order_get_notes (order));
  cpt_document_set_text (document, CPT_DOCUMENT_TERMS_AND_CONDITIONS, cpt_order_get_terms (order));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_NAME, cpt_order_get_customer_name (order));
  set_address (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS, cpt_order_get_billing_address (order));
  set_address (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS, cpt_order_get_shipping_address (order));

  n = cpt_order_get_n_lines (order);
  for (guint i = 0; i < n; i++)
    {
      CptOrderLine *line = cpt_order_get_line (order, i);
      CptDocumentLine row = {
        NULL,
        (char *) cpt_order_line_get_description (line),
        cpt_order_line_get_quantity (line),
        (char *) cpt_order_line_get_unit (line),
        cpt_order_line_get_rate (line),
        cpt_order_line_get_discount (line),
        cpt_order_line_get_tax_rate (line),
        cpt_order_line_get_amount (line),
      };

      cpt_document_add_line (document, &row);
    }
  if (taxes != NULL)
    for (guint i = 0; i < taxes->len; i++)
      add_tax (document, g_ptr_array_index (taxes, i));
  else
    compute_order_taxes (document, order);
  set_totals (document, cpt_order_get_sub_total (order), cpt_order_get_discount_total (order),
              cpt_order_get_shipping_charge (order), cpt_order_get_tax_total (order),
              cpt_order_get_adjustment (order), cpt_order_get_adjustment_description (order),
              cpt_order_get_total (order));
  return document;
}

CptDocument *
cpt_document_build_invoice (CptInvoice *invoice)
{
  CptDocument *document;

  g_return_val_if_fail (CPT_IS_INVOICE (invoice), NULL);

  document = cpt_document_new (CPT_DOCUMENT_KIND_INVOICE);
  apply_seller (document, cpt_invoice_get_seller (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, cpt_invoice_get_number (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_ORDER_NUMBER, cpt_invoice_get_order_number (invoice));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_ISSUE, cpt_invoice_get_date (invoice));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_DUE, cpt_invoice_get_due_date (invoice));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_SALE, cpt_invoice_get_delivery_date (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_PAYMENT_TERMS, cpt_invoice_get_payment_terms_name (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE, cpt_invoice_get_reference (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_NOTES, cpt_invoice_get_notes (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_TERMS_AND_CONDITIONS, cpt_invoice_get_terms (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_NAME, cpt_invoice_get_customer_name (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_SIREN, cpt_invoice_get_customer_siren (invoice));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_VAT_NUMBER,
                         cpt_invoice_get_customer_vat_number (invoice));
  set_address (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS, cpt_invoice_get_billing_address (invoice));
  set_address (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS, cpt_invoice_get_shipping_address (invoice));

  add_invoice_lines (document, cpt_invoice_get_lines (invoice));
  add_taxes (document, cpt_invoice_get_taxes (invoice));
  set_totals (document, cpt_invoice_get_sub_total (invoice), cpt_invoice_get_discount_total (invoice),
              cpt_invoice_get_shipping_charge (invoice), cpt_invoice_get_tax_total (invoice),
              cpt_invoice_get_adjustment (invoice), cpt_invoice_get_adjustment_description (invoice),
              cpt_invoice_get_total (invoice));
  return document;
}

/* cancelled, when given, is the invoice the credit note cancels: its
 * issue date is printed next to its number. */
CptDocument *
cpt_document_build_credit_note (CptCreditNote *credit_note,
                                CptInvoice    *cancelled)
{
  CptDocument *document;
  const char *reason;
  const char *notes;

  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (credit_note), NULL);
  g_return_val_if_fail (cancelled == NULL || CPT_IS_INVOICE (cancelled), NULL);

  document = cpt_document_new (CPT_DOCUMENT_KIND_CREDIT_NOTE);
  apply_seller (document, cpt_credit_note_get_seller (credit_note));
  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, cpt_credit_note_get_number (credit_note));
  cpt_document_set_text (document, CPT_DOCUMENT_CANCELLED_NUMBER,
                         cpt_credit_note_get_invoice_number (credit_note));
  if (cancelled != NULL)
    {
      cpt_document_set_date (document, CPT_DOCUMENT_DATE_CANCELLED_ISSUE, cpt_invoice_get_date (cancelled));
      cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE, cpt_invoice_get_reference (cancelled));
      set_address (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS,
                   cpt_invoice_get_shipping_address (cancelled));
    }
  cpt_document_set_text (document, CPT_DOCUMENT_ORDER_NUMBER, cpt_credit_note_get_order_number (credit_note));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_ISSUE, cpt_credit_note_get_date (credit_note));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_NAME, cpt_credit_note_get_customer_name (credit_note));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_SIREN, cpt_credit_note_get_customer_siren (credit_note));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_VAT_NUMBER,
                         cpt_credit_note_get_customer_vat_number (credit_note));
  set_address (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS,
               cpt_credit_note_get_billing_address (credit_note));

  reason = cpt_credit_note_get_reason (credit_note);
  notes = cpt_credit_note_get_notes (credit_note);
  if (reason != NULL && *reason != '\0')
    {
      g_autofree char *line = g_strdup_printf (C_("document", "Reason: %s"), reason);
      g_autofree char *text = (notes != NULL && *notes != '\0') ? g_strconcat (line, "\n", notes, NULL)
                                                               : g_strdup (line);

      cpt_document_set_text (document, CPT_DOCUMENT_NOTES, text);
    }
  else
    cpt_document_set_text (document, CPT_DOCUMENT_NOTES, notes);

  add_invoice_lines (document, cpt_credit_note_get_lines (credit_note));
  add_taxes (document, cpt_credit_note_get_taxes (credit_note));
  set_totals (document, cpt_credit_note_get_sub_total (credit_note),
              cpt_credit_note_get_discount_total (credit_note),
              cpt_credit_note_get_shipping_charge (credit_note), cpt_credit_note_get_tax_total (credit_note),
              cpt_credit_note_get_adjustment (credit_note),
              cpt_credit_note_get_adjustment_description (credit_note), cpt_credit_note_get_total (credit_note));
  return document;
}

/* order, when given, supplies the customer's reference and billing
 * address; the parcel goes to the shipment's own address. */
CptDocument *
cpt_document_build_shipment (CptShipment *shipment,
                             CptOrder    *order,
                             CptSeller   *seller)
{
  CptDocument *document;
  GListModel *lines;
  guint n;

  g_return_val_if_fail (CPT_IS_SHIPMENT (shipment), NULL);
  g_return_val_if_fail (order == NULL || CPT_IS_ORDER (order), NULL);
  g_return_val_if_fail (seller == NULL || CPT_IS_SELLER (seller), NULL);

  document = cpt_document_new (CPT_DOCUMENT_KIND_DELIVERY_NOTE);
  apply_seller (document, seller);
  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, cpt_shipment_get_number (shipment));
  cpt_document_set_text (document, CPT_DOCUMENT_ORDER_NUMBER, cpt_shipment_get_order_number (shipment));
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_ISSUE, cpt_shipment_get_date (shipment));
  cpt_document_set_text (document, CPT_DOCUMENT_CARRIER, cpt_shipment_get_carrier (shipment));
  cpt_document_set_text (document, CPT_DOCUMENT_TRACKING_NUMBER, cpt_shipment_get_tracking_number (shipment));
  cpt_document_set_text (document, CPT_DOCUMENT_WAREHOUSE, cpt_shipment_get_warehouse_name (shipment));
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_NAME, cpt_shipment_get_customer_name (shipment));
  set_address (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS, cpt_shipment_get_shipping_address (shipment));
  if (order != NULL)
    {
      cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE, cpt_order_get_reference (order));
      set_address (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS, cpt_order_get_billing_address (order));
    }
  if (!cpt_document_has_text (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS))
    set_address (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS, cpt_shipment_get_shipping_address (shipment));

  lines = cpt_shipment_get_lines (shipment);
  n = lines != NULL ? g_list_model_get_n_items (lines) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CptShipmentLine) line = g_list_model_get_item (lines, i);
      CptDocumentLine row = {
        NULL,
        (char *) cpt_shipment_line_get_description (line),
        cpt_shipment_line_get_quantity (line),
        (char *) cpt_shipment_line_get_unit (line),
        0, 0, 0, 0,
      };

      cpt_document_add_line (document, &row);
    }
  return document;
}
