/* cpt-credit-note.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-credit-note"

#include "config.h"

#include "cpt-credit-note-private.h"

G_DEFINE_FINAL_TYPE (CptCreditNote, cpt_credit_note, G_TYPE_OBJECT)

GParamSpec *cpt_credit_note_properties[N_PROPS];

static void
cpt_credit_note_finalize (GObject *object)
{
  CptCreditNote *self = (CptCreditNote *) object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->invoice_number, g_free);
  g_clear_pointer (&self->order_number, g_free);
  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->customer_email, g_free);
  g_clear_pointer (&self->customer_siren, g_free);
  g_clear_pointer (&self->customer_vat_number, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->issued_at, g_free);
  g_clear_pointer (&self->billing_address, cpt_address_free);
  g_clear_object (&self->seller);
  g_clear_pointer (&self->shipping_tax_name, g_free);
  g_clear_pointer (&self->adjustment_description, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_object (&self->lines);
  g_clear_object (&self->taxes);

  G_OBJECT_CLASS (cpt_credit_note_parent_class)->finalize (object);
}

static void
cpt_credit_note_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CptCreditNote *self = CPT_CREDIT_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_INVOICE_ID:
      g_value_set_int64 (value, self->invoice_id);
      break;

    case PROP_INVOICE_NUMBER:
      g_value_set_string (value, self->invoice_number);
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

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_ISSUED_AT:
      g_value_set_string (value, self->issued_at);
      break;

    case PROP_BILLING_ADDRESS:
      g_value_set_boxed (value, self->billing_address);
      break;

    case PROP_SELLER:
      g_value_set_object (value, self->seller);
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
cpt_credit_note_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CptCreditNote *self = CPT_CREDIT_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_credit_note_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cpt_credit_note_set_number (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cpt_credit_note_set_status (self, g_value_get_string (value));
      break;

    case PROP_INVOICE_ID:
      cpt_credit_note_set_invoice_id (self, g_value_get_int64 (value));
      break;

    case PROP_INVOICE_NUMBER:
      cpt_credit_note_set_invoice_number (self, g_value_get_string (value));
      break;

    case PROP_ORDER_ID:
      cpt_credit_note_set_order_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORDER_NUMBER:
      cpt_credit_note_set_order_number (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_ID:
      cpt_credit_note_set_customer_id (self, g_value_get_int64 (value));
      break;

    case PROP_CUSTOMER_NAME:
      cpt_credit_note_set_customer_name (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_EMAIL:
      cpt_credit_note_set_customer_email (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_SIREN:
      cpt_credit_note_set_customer_siren (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_VAT_NUMBER:
      cpt_credit_note_set_customer_vat_number (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      cpt_credit_note_set_date (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      cpt_credit_note_set_reason (self, g_value_get_string (value));
      break;

    case PROP_ISSUED_AT:
      cpt_credit_note_set_issued_at (self, g_value_get_string (value));
      break;

    case PROP_BILLING_ADDRESS:
      cpt_credit_note_set_billing_address (self, g_value_get_boxed (value));
      break;

    case PROP_SELLER:
      cpt_credit_note_set_seller (self, g_value_get_object (value));
      break;

    case PROP_SHIPPING_CHARGE:
      cpt_credit_note_set_shipping_charge (self, g_value_get_int64 (value));
      break;

    case PROP_SHIPPING_TAX_ID:
      cpt_credit_note_set_shipping_tax_id (self, g_value_get_int64 (value));
      break;

    case PROP_SHIPPING_TAX_RATE:
      cpt_credit_note_set_shipping_tax_rate (self, g_value_get_int (value));
      break;

    case PROP_SHIPPING_TAX_NAME:
      cpt_credit_note_set_shipping_tax_name (self, g_value_get_string (value));
      break;

    case PROP_ADJUSTMENT:
      cpt_credit_note_set_adjustment (self, g_value_get_int64 (value));
      break;

    case PROP_ADJUSTMENT_DESCRIPTION:
      cpt_credit_note_set_adjustment_description (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cpt_credit_note_set_notes (self, g_value_get_string (value));
      break;

    case PROP_SUB_TOTAL:
      cpt_credit_note_set_sub_total (self, g_value_get_int64 (value));
      break;

    case PROP_DISCOUNT_TOTAL:
      cpt_credit_note_set_discount_total (self, g_value_get_int64 (value));
      break;

    case PROP_TAX_TOTAL:
      cpt_credit_note_set_tax_total (self, g_value_get_int64 (value));
      break;

    case PROP_TOTAL:
      cpt_credit_note_set_total (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_credit_note_class_init (CptCreditNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_credit_note_finalize;
  object_class->get_property = cpt_credit_note_get_property;
  object_class->set_property = cpt_credit_note_set_property;

  cpt_credit_note_properties[PROP_ID] = cpt_document_parts_param_int64 ("id");
  cpt_credit_note_properties[PROP_NUMBER] = cpt_document_parts_param_string ("number");
  cpt_credit_note_properties[PROP_STATUS] = cpt_document_parts_param_string ("status");
  cpt_credit_note_properties[PROP_INVOICE_ID] =
    cpt_document_parts_param_int64 ("invoice-id");
  cpt_credit_note_properties[PROP_INVOICE_NUMBER] =
    cpt_document_parts_param_string ("invoice-number");
  cpt_credit_note_properties[PROP_ORDER_ID] = cpt_document_parts_param_int64 ("order-id");
  cpt_credit_note_properties[PROP_ORDER_NUMBER] =
    cpt_document_parts_param_string ("order-number");
  cpt_credit_note_properties[PROP_CUSTOMER_ID] =
    cpt_document_parts_param_int64 ("customer-id");
  cpt_credit_note_properties[PROP_CUSTOMER_NAME] =
    cpt_document_parts_param_string ("customer-name");
  cpt_credit_note_properties[PROP_CUSTOMER_EMAIL] =
    cpt_document_parts_param_string ("customer-email");
  cpt_credit_note_properties[PROP_CUSTOMER_SIREN] =
    cpt_document_parts_param_string ("customer-siren");
  cpt_credit_note_properties[PROP_CUSTOMER_VAT_NUMBER] =
    cpt_document_parts_param_string ("customer-vat-number");
  cpt_credit_note_properties[PROP_DATE] = cpt_document_parts_param_string ("date");
  cpt_credit_note_properties[PROP_REASON] = cpt_document_parts_param_string ("reason");
  cpt_credit_note_properties[PROP_ISSUED_AT] =
    cpt_document_parts_param_string ("issued-at");
  cpt_credit_note_properties[PROP_BILLING_ADDRESS] =
    cpt_document_parts_param_address ("billing-address");
  cpt_credit_note_properties[PROP_SELLER] =
    g_param_spec_object ("seller", NULL, NULL, CPT_TYPE_SELLER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  cpt_credit_note_properties[PROP_SHIPPING_CHARGE] =
    cpt_document_parts_param_int64 ("shipping-charge");
  cpt_credit_note_properties[PROP_SHIPPING_TAX_ID] =
    cpt_document_parts_param_int64 ("shipping-tax-id");
  cpt_credit_note_properties[PROP_SHIPPING_TAX_RATE] =
    cpt_document_parts_param_int ("shipping-tax-rate");
  cpt_credit_note_properties[PROP_SHIPPING_TAX_NAME] =
    cpt_document_parts_param_string ("shipping-tax-name");
  cpt_credit_note_properties[PROP_ADJUSTMENT] =
    cpt_document_parts_param_int64 ("adjustment");
  cpt_credit_note_properties[PROP_ADJUSTMENT_DESCRIPTION] =
    cpt_document_parts_param_string ("adjustment-description");
  cpt_credit_note_properties[PROP_NOTES] = cpt_document_parts_param_string ("notes");
  cpt_credit_note_properties[PROP_SUB_TOTAL] =
    cpt_document_parts_param_int64 ("sub-total");
  cpt_credit_note_properties[PROP_DISCOUNT_TOTAL] =
    cpt_document_parts_param_int64 ("discount-total");
  cpt_credit_note_properties[PROP_TAX_TOTAL] =
    cpt_document_parts_param_int64 ("tax-total");
  cpt_credit_note_properties[PROP_TOTAL] = cpt_document_parts_param_int64 ("total");
  cpt_credit_note_properties[PROP_LINES] = cpt_document_parts_param_list ("lines");
  cpt_credit_note_properties[PROP_TAXES] = cpt_document_parts_param_list ("taxes");

  g_object_class_install_properties (object_class, N_PROPS, cpt_credit_note_properties);
}

static void
cpt_credit_note_init (CptCreditNote *self)
{
  self->billing_address = cpt_address_new ("", "", "", "", "France");
  self->seller = cpt_seller_new ();
  self->lines = g_list_store_new (CPT_TYPE_INVOICE_LINE);
  self->taxes = g_list_store_new (CPT_TYPE_DOCUMENT_TAX);
}

CptCreditNote *
cpt_credit_note_new (void)
{
  return g_object_new (CPT_TYPE_CREDIT_NOTE, NULL);
}

gint64
cpt_credit_note_get_id (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->id;
}

void
cpt_credit_note_set_id (CptCreditNote *self,
                        gint64 id)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->id, id,
                                cpt_credit_note_properties[PROP_ID]);
}

const char *
cpt_credit_note_get_number (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->number;
}

void
cpt_credit_note_set_number (CptCreditNote *self,
                            const char *number)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->number, number,
                                 cpt_credit_note_properties[PROP_NUMBER]);
}

const char *
cpt_credit_note_get_status (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->status;
}

void
cpt_credit_note_set_status (CptCreditNote *self,
                            const char *status)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->status, status,
                                 cpt_credit_note_properties[PROP_STATUS]);
}

gint64
cpt_credit_note_get_invoice_id (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->invoice_id;
}

void
cpt_credit_note_set_invoice_id (CptCreditNote *self,
                                gint64 invoice_id)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->invoice_id, invoice_id,
                                cpt_credit_note_properties[PROP_INVOICE_ID]);
}

const char *
cpt_credit_note_get_invoice_number (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->invoice_number;
}

void
cpt_credit_note_set_invoice_number (CptCreditNote *self,
                                    const char *invoice_number)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->invoice_number, invoice_number,
                                 cpt_credit_note_properties[PROP_INVOICE_NUMBER]);
}

gint64
cpt_credit_note_get_order_id (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->order_id;
}

void
cpt_credit_note_set_order_id (CptCreditNote *self,
                              gint64 order_id)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->order_id, order_id,
                                cpt_credit_note_properties[PROP_ORDER_ID]);
}

const char *
cpt_credit_note_get_order_number (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->order_number;
}

void
cpt_credit_note_set_order_number (CptCreditNote *self,
                                  const char *order_number)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->order_number, order_number,
                                 cpt_credit_note_properties[PROP_ORDER_NUMBER]);
}

gint64
cpt_credit_note_get_customer_id (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->customer_id;
}

void
cpt_credit_note_set_customer_id (CptCreditNote *self,
                                 gint64 customer_id)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->customer_id, customer_id,
                                cpt_credit_note_properties[PROP_CUSTOMER_ID]);
}

const char *
cpt_credit_note_get_customer_name (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->customer_name;
}

void
cpt_credit_note_set_customer_name (CptCreditNote *self,
                                   const char *customer_name)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_name, customer_name,
                                 cpt_credit_note_properties[PROP_CUSTOMER_NAME]);
}

const char *
cpt_credit_note_get_customer_email (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->customer_email;
}

void
cpt_credit_note_set_customer_email (CptCreditNote *self,
                                    const char *customer_email)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_email, customer_email,
                                 cpt_credit_note_properties[PROP_CUSTOMER_EMAIL]);
}

const char *
cpt_credit_note_get_customer_siren (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->customer_siren;
}

void
cpt_credit_note_set_customer_siren (CptCreditNote *self,
                                    const char *customer_siren)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_siren, customer_siren,
                                 cpt_credit_note_properties[PROP_CUSTOMER_SIREN]);
}

const char *
cpt_credit_note_get_customer_vat_number (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->customer_vat_number;
}

void
cpt_credit_note_set_customer_vat_number (CptCreditNote *self,
                                         const char *customer_vat_number)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->customer_vat_number, customer_vat_number,
                                 cpt_credit_note_properties[PROP_CUSTOMER_VAT_NUMBER]);
}

const char *
cpt_credit_note_get_date (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->date;
}

void
cpt_credit_note_set_date (CptCreditNote *self,
                          const char *date)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->date, date,
                                 cpt_credit_note_properties[PROP_DATE]);
}

const char *
cpt_credit_note_get_reason (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->reason;
}

void
cpt_credit_note_set_reason (CptCreditNote *self,
                            const char *reason)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->reason, reason,
                                 cpt_credit_note_properties[PROP_REASON]);
}

const char *
cpt_credit_note_get_issued_at (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->issued_at;
}

void
cpt_credit_note_set_issued_at (CptCreditNote *self,
                               const char *issued_at)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->issued_at, issued_at,
                                 cpt_credit_note_properties[PROP_ISSUED_AT]);
}
