/* cpt-invoice.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice"

#include "config.h"

#include "cpt-invoice-private.h"

G_DEFINE_FINAL_TYPE (CptInvoice, cpt_invoice, G_TYPE_OBJECT)

GParamSpec *cpt_invoice_properties[N_PROPS];

static void
cpt_invoice_finalize (GObject *object)
{
  CptInvoice *self = (CptInvoice *) object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->order_number, g_free);
  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->customer_email, g_free);
  g_clear_pointer (&self->customer_siren, g_free);
  g_clear_pointer (&self->customer_vat_number, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->delivery_date, g_free);
  g_clear_pointer (&self->payment_terms_name, g_free);
  g_clear_pointer (&self->issued_at, g_free);
  g_clear_pointer (&self->paid_date, g_free);
  g_clear_pointer (&self->credit_note_number, g_free);
  g_clear_pointer (&self->billing_address, cpt_address_free);
  g_clear_pointer (&self->shipping_address, cpt_address_free);
  g_clear_object (&self->seller);
  g_clear_pointer (&self->shipping_tax_name, g_free);
  g_clear_pointer (&self->adjustment_description, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->terms, g_free);
  g_clear_object (&self->lines);
  g_clear_object (&self->taxes);

  G_OBJECT_CLASS (cpt_invoice_parent_class)->finalize (object);
}

static void
cpt_invoice_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CptInvoice *self = CPT_INVOICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ORDER_ID:
      g_value_set_int64 (value, self->order_id);
      break;

    case PROP_ORDER_NUMBER:
      g_value_set_string (value, self->order_number);
      break;

    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;

    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, self->customer_name);
      break;

    case PROP_CUSTOMER_EMAIL:
      g_value_set_string (value, self->customer_email);
      break;

    case PROP_CUSTOMER_SIREN:
      g_value_set_string (value, self->customer_siren);
      break;

    case PROP_CUSTOMER_VAT_NUMBER:
      g_value_set_string (value, self->customer_vat_number);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_DELIVERY_DATE:
      g_value_set_string (value, self->delivery_date);
      break;

    case PROP_PAYMENT_TERMS_NAME:
      g_value_set_string (value, self->payment_terms_name);
      break;

    case PROP_ISSUED_AT:
      g_value_set_string (value, self->issued_at);
      break;

    case PROP_PAID_DATE:
      g_value_set_string (value, self->paid_date);
      break;

    case PROP_CREDIT_NOTE_ID:
      g_value_set_int64 (value, self->credit_note_id);
      break;

    case PROP_CREDIT_NOTE_NUMBER:
      g_value_set_string (value, self->credit_note_number);
      break;

    case PROP_BILLING_ADDRESS:
      g_value_set_boxed (value, self->billing_address);
      break;

    case PROP_SHIPPING_ADDRESS:
      g_value_set_boxed (value, self->shipping_address);
      break;

    case PROP_SELLER:
      g_value_set_object (value, self->seller);
      break;

    case PROP_DISCOUNT_KIND:
      g_value_set_int (value, self->discount_kind);
      break;

    case PROP_DISCOUNT_VALUE:
      g_value_set_int64 (value, self->discount_value);
      break;

    case PROP_SHIPPING_CHARGE:
      g_value_set_int64 (value, self->shipping_charge);
      break;

    case PROP_SHIPPING_TAX_ID:
      g_value_set_int64 (value, self->shipping_tax_id);
      break;

    case PROP_SHIPPING_TAX_RATE:
      g_value_set_int (value, self->shipping_tax_rate);
      break;

    case PROP_SHIPPING_TAX_NAME:
      g_value_set_string (value, self->shipping_tax_name);
      break;

    case PROP_ADJUSTMENT:
      g_value_set_int64 (value, self->adjustment);
      break;

    case PROP_ADJUSTMENT_DESCRIPTION:
      g_value_set_string (value, self->adjustment_description);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_TERMS:
      g_value_set_string (value, self->terms);
      break;

    case PROP_SUB_TOTAL:
      g_value_set_int64 (value, self->sub_total);
      break;

    case PROP_DISCOUNT_TOTAL:
      g_value_set_int64 (value, self->discount_total);
      break;

    case PROP_TAX_TOTAL:
      g_value_set_int64 (value, self->tax_total);
      break;

    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;

    case PROP_LINES:
      g_value_set_object (value, self->lines);
      break;

    case PROP_TAXES:
      g_value_set_object (value, self->taxes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_invoice_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CptInvoice *self = CPT_INVOICE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_invoice_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cpt_invoice_set_number (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cpt_invoice_set_status (self, g_value_get_enum (value));
      break;

    case PROP_ORDER_ID:
      cpt_invoice_set_order_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORDER_NUMBER:
      cpt_invoice_set_order_number (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_ID:
      cpt_invoice_set_customer_id (self, g_value_get_int64 (value));
      break;

    case PROP_CUSTOMER_NAME:
      cpt_invoice_set_customer_name (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_EMAIL:
      cpt_invoice_set_customer_email (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_SIREN:
      cpt_invoice_set_customer_siren (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_VAT_NUMBER:
      cpt_invoice_set_customer_vat_number (self, g_value_get_string (value));
      break;

    case PROP_REFERENCE:
      cpt_invoice_set_reference (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      cpt_invoice_set_date (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      cpt_invoice_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_DELIVERY_DATE:
      cpt_invoice_set_delivery_date (self, g_value_get_string (value));
      break;

    case PROP_PAYMENT_TERMS_NAME:
      cpt_invoice_set_payment_terms_name (self, g_value_get_string (value));
      break;

    case PROP_ISSUED_AT:
      cpt_invoice_set_issued_at (self, g_value_get_string (value));
      break;

    case PROP_PAID_DATE:
      cpt_invoice_set_paid_date (self, g_value_get_string (value));
      break;

    case PROP_CREDIT_NOTE_ID:
      cpt_invoice_set_credit_note_id (self, g_value_get_int64 (value));
      break;

    case PROP_CREDIT_NOTE_NUMBER:
      cpt_invoice_set_credit_note_number (self, g_value_get_string (value));
      break;

    case PROP_BILLING_ADDRESS:
      cpt_invoice_set_billing_address (self, g_value_get_boxed (value));
      break;

    case PROP_SHIPPING_ADDRESS:
      cpt_invoice_set_shipping_address (self, g_value_get_boxed (value));
      break;

    case PROP_SELLER:
      cpt_invoice_set_seller (self, g_value_get_object (value));
      break;

    case PROP_DISCOUNT_KIND:
      cpt_invoice_set_discount_kind (self, g_value_get_int (value));
      break;

    case PROP_DISCOUNT_VALUE:
      cpt_invoice_set_discount_value (self, g_value_get_int64 (value));
      break;

    case PROP_SHIPPING_CHARGE:
      cpt_invoice_set_shipping_charge (self, g_value_get_int64 (value));
      break;

    case PROP_SHIPPING_TAX_ID:
      cpt_invoice_set_shipping_tax_id (self, g_value_get_int64 (value));
      break;

    case PROP_SHIPPING_TAX_RATE:
      cpt_invoice_set_shipping_tax_rate (self, g_value_get_int (value));
      break;

    case PROP_SHIPPING_TAX_NAME:
      cpt_invoice_set_shipping_tax_name (self, g_value_get_string (value));
      break;

    case PROP_ADJUSTMENT:
      cpt_invoice_set_adjustment (self, g_value_get_int64 (value));
      break;

    case PROP_ADJUSTMENT_DESCRIPTION:
      cpt_invoice_set_adjustment_description (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cpt_invoice_set_notes (self, g_value_get_string (value));
      break;

    case PROP_TERMS:
      cpt_invoice_set_terms (self, g_value_get_string (value));
      break;

    case PROP_SUB_TOTAL:
      cpt_invoice_set_sub_total (self, g_value_get_int64 (value));
      break;

    case PROP_DISCOUNT_TOTAL:
      cpt_invoice_set_discount_total (self, g_value_get_int64 (value));
      break;

    case PROP_TAX_TOTAL:
      cpt_invoice_set_tax_total (self, g_value_get_int64 (value));
      break;

    case PROP_TOTAL:
      cpt_invoice_set_total (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_invoice_class_init (CptInvoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_invoice_finalize;
  object_class->get_property = cpt_invoice_get_property;
  object_class->set_property = cpt_invoice_set_property;

  cpt_invoice_properties[PROP_ID] = cpt_document_parts_param_int64 ("id");
  cpt_invoice_properties[PROP_NUMBER] = cpt_document_parts_param_string ("number");
  cpt_invoice_properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CPT_TYPE_INVOICE_STATUS, CPT_INVOICE_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  cpt_invoice_properties[PROP_ORDER_ID] = cpt_document_parts_param_int64 ("order-id");
  cpt_invoice_properties[PROP_ORDER_NUMBER] =
    cpt_document_parts_param_string ("order-number");
  cpt_invoice_properties[PROP_CUSTOMER_ID] =
    cpt_document_parts_param_int64 ("customer-id");
  cpt_invoice_properties[PROP_CUSTOMER_NAME] =
    cpt_document_parts_param_string ("customer-name");
  cpt_invoice_properties[PROP_CUSTOMER_EMAIL] =
    cpt_document_parts_param_string ("customer-email");
  cpt_invoice_properties[PROP_CUSTOMER_SIREN] =
    cpt_document_parts_param_string ("customer-siren");
  cpt_invoice_properties[PROP_CUSTOMER_VAT_NUMBER] =
    cpt_document_parts_param_string ("customer-vat-number");
  cpt_invoice_properties[PROP_REFERENCE] = cpt_document_parts_param_string ("reference");
  cpt_invoice_properties[PROP_DATE] = cpt_document_parts_param_string ("date");
  cpt_invoice_properties[PROP_DUE_DATE] = cpt_document_parts_param_string ("due-date");
  /* The sale or delivery date (the last shipment's), NULL when none. */
  cpt_invoice_properties[PROP_DELIVERY_DATE] =
    cpt_document_parts_param_string ("delivery-date");
  cpt_invoice_properties[PROP_PAYMENT_TERMS_NAME] =
    cpt_document_parts_param_string ("payment-terms-name");
  cpt_invoice_properties[PROP_ISSUED_AT] = cpt_document_parts_param_string ("issued-at");
  cpt_invoice_properties[PROP_PAID_DATE] = cpt_document_parts_param_string ("paid-date");
  cpt_invoice_properties[PROP_CREDIT_NOTE_ID] =
    cpt_document_parts_param_int64 ("credit-note-id");
  cpt_invoice_properties[PROP_CREDIT_NOTE_NUMBER] =
    cpt_document_parts_param_string ("credit-note-number");
  cpt_invoice_properties[PROP_BILLING_ADDRESS] =
    cpt_document_parts_param_address ("billing-address");
  cpt_invoice_properties[PROP_SHIPPING_ADDRESS] =
    cpt_document_parts_param_address ("shipping-address");
  cpt_invoice_properties[PROP_SELLER] =
    g_param_spec_object ("seller", NULL, NULL, CPT_TYPE_SELLER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  cpt_invoice_properties[PROP_DISCOUNT_KIND] =
    cpt_document_parts_param_int ("discount-kind");
  cpt_invoice_properties[PROP_DISCOUNT_VALUE] =
    cpt_document_parts_param_int64 ("discount-value");
  cpt_invoice_properties[PROP_SHIPPING_CHARGE] =
    cpt_document_parts_param_int64 ("shipping-charge");
  cpt_invoice_properties[PROP_SHIPPING_TAX_ID] =
    cpt_document_parts_param_int64 ("shipping-tax-id");
  cpt_invoice_properties[PROP_SHIPPING_TAX_RATE] =
    cpt_document_parts_param_int ("shipping-tax-rate");
  cpt_invoice_properties[PROP_SHIPPING_TAX_NAME] =
    cpt_document_parts_param_string ("shipping-tax-name");
  cpt_invoice_properties[PROP_ADJUSTMENT] = cpt_document_parts_param_int64 ("adjustment");
  cpt_invoice_properties[PROP_ADJUSTMENT_DESCRIPTION] =
    cpt_document_parts_param_string ("adjustment-description");
  cpt_invoice_properties[PROP_NOTES] = cpt_document_parts_param_string ("notes");
  cpt_invoice_properties[PROP_TERMS] = cpt_document_parts_param_string ("terms");
  cpt_invoice_properties[PROP_SUB_TOTAL] = cpt_document_parts_param_int64 ("sub-total");
  cpt_invoice_properties[PROP_DISCOUNT_TOTAL] =
    cpt_document_parts_param_int64 ("discount-total");
  cpt_invoice_properties[PROP_TAX_TOTAL] = cpt_document_parts_param_int64 ("tax-total");
  cpt_invoice_properties[PROP_TOTAL] = cpt_document_parts_param_int64 ("total");
  cpt_invoice_properties[PROP_LINES] = cpt_document_parts_param_list ("lines");
  cpt_invoice_properties[PROP_TAXES] = cpt_document_parts_param_list ("taxes");

  g_object_class_install_properties (object_class, N_PROPS, cpt_invoice_properties);
}

static void
cpt_invoice_init (CptInvoice *self)
{
  self->billing_address = cpt_address_new ("", "", "", "", "France");
  self->shipping_address = cpt_address_new ("", "", "", "", "France");
  self->seller = cpt_seller_new ();
  self->lines = g_list_store_new (CPT_TYPE_INVOICE_LINE);
  self->taxes = g_list_store_new (CPT_TYPE_DOCUMENT_TAX);
}

CptInvoice *
cpt_invoice_new (void)
{
  return g_object_new (CPT_TYPE_INVOICE, NULL);
}

gint64
cpt_invoice_get_id (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->id;
}

void
cpt_invoice_set_id (CptInvoice *self,
                    gint64 id)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->id, id,
                                cpt_invoice_properties[PROP_ID]);
}

const char *
cpt_invoice_get_number (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->number;
}

void
cpt_invoice_set_number (CptInvoice *self,
                        const char *number)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->number, number,
                                 cpt_invoice_properties[PROP_NUMBER]);
}

CptInvoiceStatus
cpt_invoice_get_status (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->status;
}

void
cpt_invoice_set_status (CptInvoice *self,
                        CptInvoiceStatus status)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), cpt_invoice_properties[PROP_STATUS]);
}

gint64
cpt_invoice_get_order_id (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->order_id;
}

void
cpt_invoice_set_order_id (CptInvoice *self,
                          gint64 order_id)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->order_id, order_id,
                                cpt_invoice_properties[PROP_ORDER_ID]);
}

const char *
cpt_invoice_get_order_number (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->order_number;
}

void
cpt_invoice_set_order_number (CptInvoice *self,
                              const char *order_number)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->order_number, order_number,
                                 cpt_invoice_properties[PROP_ORDER_NUMBER]);
}

gint64
cpt_invoice_get_customer_id (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->customer_id;
}

void
cpt_invoice_set_customer_id (CptInvoice *self,
                             gint64 customer_id)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->customer_id, customer_id,
                                cpt_invoice_properties[PROP_CUSTOMER_ID]);
}

const char *
cpt_invoice_get_customer_name (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->customer_name;
}

void
cpt_invoice_set_customer_name (CptInvoice *self,
                               const char *customer_name)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_name, customer_name,
                                 cpt_invoice_properties[PROP_CUSTOMER_NAME]);
}

const char *
cpt_invoice_get_customer_email (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->customer_email;
}

void
cpt_invoice_set_customer_email (CptInvoice *self,
                                const char *customer_email)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_email, customer_email,
                                 cpt_invoice_properties[PROP_CUSTOMER_EMAIL]);
}

const char *
cpt_invoice_get_customer_siren (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->customer_siren;
}

void
cpt_invoice_set_customer_siren (CptInvoice *self,
                                const char *customer_siren)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_siren, customer_siren,
                                 cpt_invoice_properties[PROP_CUSTOMER_SIREN]);
}

const char *
cpt_invoice_get_customer_vat_number (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->customer_vat_number;
}

void
cpt_invoice_set_customer_vat_number (CptInvoice *self,
                                     const char *customer_vat_number)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_vat_number, customer_vat_number,
                                 cpt_invoice_properties[PROP_CUSTOMER_VAT_NUMBER]);
}

const char *
cpt_invoice_get_reference (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->reference;
}

void
cpt_invoice_set_reference (CptInvoice *self,
                           const char *reference)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->reference, reference,
                                 cpt_invoice_properties[PROP_REFERENCE]);
}

const char *
cpt_invoice_get_date (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->date;
}

void
cpt_invoice_set_date (CptInvoice *self,
                      const char *date)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->date, date,
                                 cpt_invoice_properties[PROP_DATE]);
}

const char *
cpt_invoice_get_due_date (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->due_date;
}

void
cpt_invoice_set_due_date (CptInvoice *self,
                          const char *due_date)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->due_date, due_date,
                                 cpt_invoice_properties[PROP_DUE_DATE]);
}

const char *
cpt_invoice_get_delivery_date (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->delivery_date;
}

void
cpt_invoice_set_delivery_date (CptInvoice *self,
                               const char *delivery_date)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->delivery_date, delivery_date,
                                 cpt_invoice_properties[PROP_DELIVERY_DATE]);
}

const char *
cpt_invoice_get_payment_terms_name (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->payment_terms_name;
}

void
cpt_invoice_set_payment_terms_name (CptInvoice *self,
                                    const char *payment_terms_name)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->payment_terms_name, payment_terms_name,
                                 cpt_invoice_properties[PROP_PAYMENT_TERMS_NAME]);
}

const char *
cpt_invoice_get_issued_at (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->issued_at;
}

void
cpt_invoice_set_issued_at (CptInvoice *self,
                           const char *issued_at)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->issued_at, issued_at,
                                 cpt_invoice_properties[PROP_ISSUED_AT]);
}

const char *
cpt_invoice_get_paid_date (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->paid_date;
}

void
cpt_invoice_set_paid_date (CptInvoice *self,
                           const char *paid_date)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->paid_date, paid_date,
                                 cpt_invoice_properties[PROP_PAID_DATE]);
}

gint64
cpt_invoice_get_credit_note_id (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->credit_note_id;
}

void
cpt_invoice_set_credit_note_id (CptInvoice *self,
                                gint64 credit_note_id)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->credit_note_id, credit_note_id,
                                cpt_invoice_properties[PROP_CREDIT_NOTE_ID]);
}

const char *
cpt_invoice_get_credit_note_number (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->credit_note_number;
}

void
cpt_invoice_set_credit_note_number (CptInvoice *self,
                                    const char *credit_note_number)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->credit_note_number, credit_note_number,
                                 cpt_invoice_properties[PROP_CREDIT_NOTE_NUMBER]);
}
