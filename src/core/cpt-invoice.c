/* cpt-invoice.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice"

#include "config.h"

#include "cpt-invoice.h"

struct _CptInvoice
{
  GObject parent_instance;

  gint64 id;
  char *number;
  CptInvoiceStatus status;
  gint64 order_id;
  char *order_number;
  gint64 customer_id;
  char *customer_name;
  char *customer_email;
  char *customer_siren;
  char *customer_vat_number;
  char *reference;
  char *date;
  char *due_date;
  char *delivery_date;
  char *payment_terms_name;
  char *issued_at;
  char *paid_date;
  gint64 credit_note_id;
  char *credit_note_number;
  CptAddress *billing_address;
  CptAddress *shipping_address;
  CptSeller *seller;
  int discount_kind;
  gint64 discount_value;
  gint64 shipping_charge;
  gint64 shipping_tax_id;
  int shipping_tax_rate;
  char *shipping_tax_name;
  gint64 adjustment;
  char *adjustment_description;
  char *notes;
  char *terms;
  gint64 sub_total;
  gint64 discount_total;
  gint64 tax_total;
  gint64 total;
  GListStore *lines;
  GListStore *taxes;
};

/* g_set_str() is GLib 2.76; ours targets 2.74. */
static gboolean
g_set_str_compat (char       **field,
                  const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

G_DEFINE_FINAL_TYPE (CptInvoice, cpt_invoice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_STATUS,
  PROP_ORDER_ID,
  PROP_ORDER_NUMBER,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_CUSTOMER_EMAIL,
  PROP_CUSTOMER_SIREN,
  PROP_CUSTOMER_VAT_NUMBER,
  PROP_REFERENCE,
  PROP_DATE,
  PROP_DUE_DATE,
  PROP_DELIVERY_DATE,
  PROP_PAYMENT_TERMS_NAME,
  PROP_ISSUED_AT,
  PROP_PAID_DATE,
  PROP_CREDIT_NOTE_ID,
  PROP_CREDIT_NOTE_NUMBER,
  PROP_BILLING_ADDRESS,
  PROP_SHIPPING_ADDRESS,
  PROP_SELLER,
  PROP_DISCOUNT_KIND,
  PROP_DISCOUNT_VALUE,
  PROP_SHIPPING_CHARGE,
  PROP_SHIPPING_TAX_ID,
  PROP_SHIPPING_TAX_RATE,
  PROP_SHIPPING_TAX_NAME,
  PROP_ADJUSTMENT,
  PROP_ADJUSTMENT_DESCRIPTION,
  PROP_NOTES,
  PROP_TERMS,
  PROP_SUB_TOTAL,
  PROP_DISCOUNT_TOTAL,
  PROP_TAX_TOTAL,
  PROP_TOTAL,
  PROP_LINES,
  PROP_TAXES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CPT_TYPE_INVOICE_STATUS, CPT_INVOICE_STATUS_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORDER_ID] =
    g_param_spec_int64 ("order-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORDER_NUMBER] =
    g_param_spec_string ("order-number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_EMAIL] =
    g_param_spec_string ("customer-email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_SIREN] =
    g_param_spec_string ("customer-siren", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_VAT_NUMBER] =
    g_param_spec_string ("customer-vat-number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The sale or delivery date (the last shipment's), NULL when none. */
  properties[PROP_DELIVERY_DATE] =
    g_param_spec_string ("delivery-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAYMENT_TERMS_NAME] =
    g_param_spec_string ("payment-terms-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ISSUED_AT] =
    g_param_spec_string ("issued-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAID_DATE] =
    g_param_spec_string ("paid-date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREDIT_NOTE_ID] =
    g_param_spec_int64 ("credit-note-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREDIT_NOTE_NUMBER] =
    g_param_spec_string ("credit-note-number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BILLING_ADDRESS] =
    g_param_spec_boxed ("billing-address", NULL, NULL, CPT_TYPE_ADDRESS,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIPPING_ADDRESS] =
    g_param_spec_boxed ("shipping-address", NULL, NULL, CPT_TYPE_ADDRESS,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELLER] =
    g_param_spec_object ("seller", NULL, NULL, CPT_TYPE_SELLER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISCOUNT_KIND] =
    g_param_spec_int ("discount-kind", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISCOUNT_VALUE] =
    g_param_spec_int64 ("discount-value", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIPPING_CHARGE] =
    g_param_spec_int64 ("shipping-charge", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIPPING_TAX_ID] =
    g_param_spec_int64 ("shipping-tax-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIPPING_TAX_RATE] =
    g_param_spec_int ("shipping-tax-rate", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIPPING_TAX_NAME] =
    g_param_spec_string ("shipping-tax-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADJUSTMENT] =
    g_param_spec_int64 ("adjustment", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADJUSTMENT_DESCRIPTION] =
    g_param_spec_string ("adjustment-description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TERMS] =
    g_param_spec_string ("terms", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUB_TOTAL] =
    g_param_spec_int64 ("sub-total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISCOUNT_TOTAL] =
    g_param_spec_int64 ("discount-total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAX_TOTAL] =
    g_param_spec_int64 ("tax-total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINES] =
    g_param_spec_object ("lines", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAXES] =
    g_param_spec_object ("taxes", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
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

  if (g_set_str_compat (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
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

  if (self->order_id == order_id)
    return;
  self->order_id = order_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_ID]);
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

  if (g_set_str_compat (&self->order_number, order_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_NUMBER]);
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

  if (self->customer_id == customer_id)
    return;
  self->customer_id = customer_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
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

  if (g_set_str_compat (&self->customer_name, customer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_NAME]);
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

  if (g_set_str_compat (&self->customer_email, customer_email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_EMAIL]);
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

  if (g_set_str_compat (&self->customer_siren, customer_siren))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_SIREN]);
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

  if (g_set_str_compat (&self->customer_vat_number, customer_vat_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_VAT_NUMBER]);
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

  if (g_set_str_compat (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
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

  if (g_set_str_compat (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
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

  if (g_set_str_compat (&self->due_date, due_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
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

  if (g_set_str_compat (&self->delivery_date, delivery_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERY_DATE]);
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

  if (g_set_str_compat (&self->payment_terms_name, payment_terms_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_TERMS_NAME]);
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

  if (g_set_str_compat (&self->issued_at, issued_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUED_AT]);
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

  if (g_set_str_compat (&self->paid_date, paid_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAID_DATE]);
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

  if (self->credit_note_id == credit_note_id)
    return;
  self->credit_note_id = credit_note_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDIT_NOTE_ID]);
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

  if (g_set_str_compat (&self->credit_note_number, credit_note_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREDIT_NOTE_NUMBER]);
}

const CptAddress *
cpt_invoice_get_billing_address (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->billing_address;
}

void
cpt_invoice_set_billing_address (CptInvoice *self,
                                 const CptAddress *billing_address)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (billing_address == NULL || cpt_address_equal (self->billing_address, billing_address))
    return;
  cpt_address_free (self->billing_address);
  self->billing_address = cpt_address_copy (billing_address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BILLING_ADDRESS]);
}

const CptAddress *
cpt_invoice_get_shipping_address (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->shipping_address;
}

void
cpt_invoice_set_shipping_address (CptInvoice *self,
                                  const CptAddress *shipping_address)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (shipping_address == NULL || cpt_address_equal (self->shipping_address, shipping_address))
    return;
  cpt_address_free (self->shipping_address);
  self->shipping_address = cpt_address_copy (shipping_address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_ADDRESS]);
}

CptSeller *
cpt_invoice_get_seller (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->seller;
}

void
cpt_invoice_set_seller (CptInvoice *self,
                        CptSeller *seller)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  g_return_if_fail (seller != NULL);

  if (g_set_object (&self->seller, seller))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELLER]);
}

int
cpt_invoice_get_discount_kind (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->discount_kind;
}

void
cpt_invoice_set_discount_kind (CptInvoice *self,
                               int discount_kind)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->discount_kind == discount_kind)
    return;
  self->discount_kind = discount_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCOUNT_KIND]);
}

gint64
cpt_invoice_get_discount_value (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->discount_value;
}

void
cpt_invoice_set_discount_value (CptInvoice *self,
                                gint64 discount_value)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->discount_value == discount_value)
    return;
  self->discount_value = discount_value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCOUNT_VALUE]);
}

gint64
cpt_invoice_get_shipping_charge (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->shipping_charge;
}

void
cpt_invoice_set_shipping_charge (CptInvoice *self,
                                 gint64 shipping_charge)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->shipping_charge == shipping_charge)
    return;
  self->shipping_charge = shipping_charge;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_CHARGE]);
}

gint64
cpt_invoice_get_shipping_tax_id (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->shipping_tax_id;
}

void
cpt_invoice_set_shipping_tax_id (CptInvoice *self,
                                 gint64 shipping_tax_id)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->shipping_tax_id == shipping_tax_id)
    return;
  self->shipping_tax_id = shipping_tax_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_TAX_ID]);
}

int
cpt_invoice_get_shipping_tax_rate (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->shipping_tax_rate;
}

void
cpt_invoice_set_shipping_tax_rate (CptInvoice *self,
                                   int shipping_tax_rate)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->shipping_tax_rate == shipping_tax_rate)
    return;
  self->shipping_tax_rate = shipping_tax_rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_TAX_RATE]);
}

const char *
cpt_invoice_get_shipping_tax_name (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->shipping_tax_name;
}

void
cpt_invoice_set_shipping_tax_name (CptInvoice *self,
                                   const char *shipping_tax_name)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (g_set_str_compat (&self->shipping_tax_name, shipping_tax_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_TAX_NAME]);
}

gint64
cpt_invoice_get_adjustment (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->adjustment;
}

void
cpt_invoice_set_adjustment (CptInvoice *self,
                            gint64 adjustment)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->adjustment == adjustment)
    return;
  self->adjustment = adjustment;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADJUSTMENT]);
}

const char *
cpt_invoice_get_adjustment_description (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->adjustment_description;
}

void
cpt_invoice_set_adjustment_description (CptInvoice *self,
                                        const char *adjustment_description)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (g_set_str_compat (&self->adjustment_description, adjustment_description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADJUSTMENT_DESCRIPTION]);
}

const char *
cpt_invoice_get_notes (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->notes;
}

void
cpt_invoice_set_notes (CptInvoice *self,
                       const char *notes)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (g_set_str_compat (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
cpt_invoice_get_terms (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->terms;
}

void
cpt_invoice_set_terms (CptInvoice *self,
                       const char *terms)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (g_set_str_compat (&self->terms, terms))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERMS]);
}

gint64
cpt_invoice_get_sub_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->sub_total;
}

void
cpt_invoice_set_sub_total (CptInvoice *self,
                           gint64 sub_total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->sub_total == sub_total)
    return;
  self->sub_total = sub_total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUB_TOTAL]);
}

gint64
cpt_invoice_get_discount_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->discount_total;
}

void
cpt_invoice_set_discount_total (CptInvoice *self,
                                gint64 discount_total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->discount_total == discount_total)
    return;
  self->discount_total = discount_total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCOUNT_TOTAL]);
}

gint64
cpt_invoice_get_tax_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->tax_total;
}

void
cpt_invoice_set_tax_total (CptInvoice *self,
                           gint64 tax_total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->tax_total == tax_total)
    return;
  self->tax_total = tax_total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_TOTAL]);
}

gint64
cpt_invoice_get_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->total;
}

void
cpt_invoice_set_total (CptInvoice *self,
                       gint64 total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  if (self->total == total)
    return;
  self->total = total;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

GListModel *
cpt_invoice_get_lines (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return G_LIST_MODEL (self->lines);
}

void
cpt_invoice_add_line (CptInvoice *self,
                      CptInvoiceLine *line)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  g_list_store_append (self->lines, line);
}

GListModel *
cpt_invoice_get_taxes (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return G_LIST_MODEL (self->taxes);
}

void
cpt_invoice_add_taxe (CptInvoice *self,
                      CptDocumentTax *taxe)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  g_list_store_append (self->taxes, taxe);
}
