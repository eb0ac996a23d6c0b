/* cpt-order.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order"

#include "config.h"

#include "cpt-order.h"

#include "cpt-history-entry.h"
#include "cpt-order-private.h"

G_DEFINE_FINAL_TYPE (CptOrder, cpt_order, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

void
cpt_order_set_string_field (CptOrder    *self,
                            char       **field,
                            const char  *value,
                            guint        prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
cpt_order_set_int64_field (CptOrder *self,
                           gint64   *field,
                           gint64    value,
                           guint     prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
cpt_order_notify (CptOrder *self,
                  guint     prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cpt_order_finalize (GObject *object)
{
  CptOrder *self = CPT_ORDER (object);

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->customer_email, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->shipment_date, g_free);
  g_clear_pointer (&self->salesperson, g_free);
  g_clear_pointer (&self->marketplace, g_free);
  g_clear_pointer (&self->billing_address, cpt_address_free);
  g_clear_pointer (&self->shipping_address, cpt_address_free);
  g_clear_pointer (&self->shipping_tax_name, g_free);
  g_clear_pointer (&self->adjustment_description, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->terms, g_free);
  g_clear_pointer (&self->merged_into, g_free);
  g_clear_pointer (&self->void_reason, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_object (&self->lines);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cpt_order_parent_class)->finalize (object);
}

static void
cpt_order_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CptOrder *self = CPT_ORDER (object);

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
    case PROP_INVOICED_STATUS:
      g_value_set_enum (value, self->invoiced_status);
      break;
    case PROP_SHIPPED_STATUS:
      g_value_set_enum (value, self->shipped_status);
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
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_SHIPMENT_DATE:
      g_value_set_string (value, self->shipment_date);
      break;
    case PROP_DELIVERY_METHOD_ID:
      g_value_set_int64 (value, self->delivery_method_id);
      break;
    case PROP_PAYMENT_TERMS_ID:
      g_value_set_int64 (value, self->payment_terms_id);
      break;
    case PROP_WAREHOUSE_ID:
      g_value_set_int64 (value, self->warehouse_id);
      break;
    case PROP_SALESPERSON:
      g_value_set_string (value, self->salesperson);
      break;
    case PROP_MARKETPLACE:
      g_value_set_string (value, self->marketplace);
      break;
    case PROP_BILLING_ADDRESS:
      g_value_set_boxed (value, self->billing_address);
      break;
    case PROP_SHIPPING_ADDRESS:
      g_value_set_boxed (value, self->shipping_address);
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
    case PROP_MERGED_INTO:
      g_value_set_string (value, self->merged_into);
      break;
    case PROP_VOID_REASON:
      g_value_set_string (value, self->void_reason);
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    case PROP_LINES:
      g_value_set_object (value, self->lines);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_order_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CptOrder *self = CPT_ORDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_order_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NUMBER:
      cpt_order_set_number (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      cpt_order_set_status (self, g_value_get_enum (value));
      break;
    case PROP_INVOICED_STATUS:
      cpt_order_set_invoiced_status (self, g_value_get_enum (value));
      break;
    case PROP_SHIPPED_STATUS:
      cpt_order_set_shipped_status (self, g_value_get_enum (value));
      break;
    case PROP_CUSTOMER_ID:
      cpt_order_set_customer_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_NAME:
      cpt_order_set_customer_name (self, g_value_get_string (value));
      break;
    case PROP_CUSTOMER_EMAIL:
      cpt_order_set_customer_email (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE:
      cpt_order_set_reference (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      cpt_order_set_date (self, g_value_get_string (value));
      break;
    case PROP_SHIPMENT_DATE:
      cpt_order_set_shipment_date (self, g_value_get_string (value));
      break;
    case PROP_DELIVERY_METHOD_ID:
      cpt_order_set_delivery_method_id (self, g_value_get_int64 (value));
      break;
    case PROP_PAYMENT_TERMS_ID:
      cpt_order_set_payment_terms_id (self, g_value_get_int64 (value));
      break;
    case PROP_WAREHOUSE_ID:
      cpt_order_set_warehouse_id (self, g_value_get_int64 (value));
      break;
    case PROP_SALESPERSON:
      cpt_order_set_salesperson (self, g_value_get_string (value));
      break;
    case PROP_MARKETPLACE:
      cpt_order_set_marketplace (self, g_value_get_string (value));
      break;
    case PROP_BILLING_ADDRESS:
      cpt_order_set_billing_address (self, g_value_get_boxed (value));
      break;
    case PROP_SHIPPING_ADDRESS:
      cpt_order_set_shipping_address (self, g_value_get_boxed (value));
      break;
    case PROP_DISCOUNT_KIND:
      cpt_order_set_discount_kind (self, g_value_get_int (value));
      break;
    case PROP_DISCOUNT_VALUE:
      cpt_order_set_discount_value (self, g_value_get_int64 (value));
      break;
    case PROP_SHIPPING_CHARGE:
      cpt_order_set_shipping_charge (self, g_value_get_int64 (value));
      break;
    case PROP_SHIPPING_TAX_ID:
      cpt_order_set_shipping_tax_id (self, g_value_get_int64 (value));
      break;
    case PROP_SHIPPING_TAX_RATE:
      cpt_order_set_shipping_tax_rate (self, g_value_get_int (value));
      break;
    case PROP_SHIPPING_TAX_NAME:
      cpt_order_set_shipping_tax_name (self, g_value_get_string (value));
      break;
    case PROP_ADJUSTMENT:
      cpt_order_set_adjustment (self, g_value_get_int64 (value));
      break;
    case PROP_ADJUSTMENT_DESCRIPTION:
      cpt_order_set_adjustment_description (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      cpt_order_set_notes (self, g_value_get_string (value));
      break;
    case PROP_TERMS:
      cpt_order_set_terms (self, g_value_get_string (value));
      break;
    case PROP_SUB_TOTAL:
      cpt_order_set_sub_total (self, g_value_get_int64 (value));
      break;
    case PROP_DISCOUNT_TOTAL:
      cpt_order_set_discount_total (self, g_value_get_int64 (value));
      break;
    case PROP_TAX_TOTAL:
      cpt_order_set_tax_total (self, g_value_get_int64 (value));
      break;
    case PROP_TOTAL:
      cpt_order_set_total (self, g_value_get_int64 (value));
      break;
    case PROP_MERGED_INTO:
      cpt_order_set_merged_into (self, g_value_get_string (value));
      break;
    case PROP_VOID_REASON:
      cpt_order_set_void_reason (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      cpt_order_set_created_at (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      cpt_order_set_updated_at (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_order_class_init (CptOrderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_order_finalize;
  object_class->get_property = cpt_order_get_property;
  object_class->set_property = cpt_order_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CPT_TYPE_ORDER_STATUS,
                       CPT_ORDER_STATUS_DRAFT, RW_FLAGS);
  properties[PROP_INVOICED_STATUS] =
    g_param_spec_enum ("invoiced-status", NULL, NULL, CPT_TYPE_INVOICED_STATUS,
                       CPT_INVOICED_STATUS_NOT_INVOICED, RW_FLAGS);
  properties[PROP_SHIPPED_STATUS] =
    g_param_spec_enum ("shipped-status", NULL, NULL, CPT_TYPE_SHIPPED_STATUS,
                       CPT_SHIPPED_STATUS_NOT_SHIPPED, RW_FLAGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_CUSTOMER_EMAIL] =
    g_param_spec_string ("customer-email", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_SHIPMENT_DATE] =
    g_param_spec_string ("shipment-date", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_DELIVERY_METHOD_ID] =
    g_param_spec_int64 ("delivery-method-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_PAYMENT_TERMS_ID] =
    g_param_spec_int64 ("payment-terms-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_WAREHOUSE_ID] =
    g_param_spec_int64 ("warehouse-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_SALESPERSON] =
    g_param_spec_string ("salesperson", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_MARKETPLACE] =
    g_param_spec_string ("marketplace", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_BILLING_ADDRESS] =
    g_param_spec_boxed ("billing-address", NULL, NULL, CPT_TYPE_ADDRESS, RW_FLAGS);
  properties[PROP_SHIPPING_ADDRESS] =
    g_param_spec_boxed ("shipping-address", NULL, NULL, CPT_TYPE_ADDRESS, RW_FLAGS);
  properties[PROP_DISCOUNT_KIND] =
    g_param_spec_int ("discount-kind", NULL, NULL, G_MININT, G_MAXINT, 0, RW_FLAGS);
  properties[PROP_DISCOUNT_VALUE] =
    g_param_spec_int64 ("discount-value", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_SHIPPING_CHARGE] =
    g_param_spec_int64 ("shipping-charge", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_SHIPPING_TAX_ID] =
    g_param_spec_int64 ("shipping-tax-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_SHIPPING_TAX_RATE] =
    g_param_spec_int ("shipping-tax-rate", NULL, NULL, G_MININT, G_MAXINT, 0, RW_FLAGS);
  properties[PROP_SHIPPING_TAX_NAME] =
    g_param_spec_string ("shipping-tax-name", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_ADJUSTMENT] =
    g_param_spec_int64 ("adjustment", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_ADJUSTMENT_DESCRIPTION] =
    g_param_spec_string ("adjustment-description", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_TERMS] =
    g_param_spec_string ("terms", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_SUB_TOTAL] =
    g_param_spec_int64 ("sub-total", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_DISCOUNT_TOTAL] =
    g_param_spec_int64 ("discount-total", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_TAX_TOTAL] =
    g_param_spec_int64 ("tax-total", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_MERGED_INTO] =
    g_param_spec_string ("merged-into", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_VOID_REASON] =
    g_param_spec_string ("void-reason", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_LINES] =
    g_param_spec_object ("lines", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_order_init (CptOrder *self)
{
  self->lines = g_list_store_new (CPT_TYPE_ORDER_LINE);
  self->history = g_list_store_new (CPT_TYPE_HISTORY_ENTRY);
}

CptOrder *
cpt_order_new (void)
{
  return g_object_new (CPT_TYPE_ORDER, NULL);
}

gint64
cpt_order_get_id (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->id;
}

void
cpt_order_set_id (CptOrder *self,
                  gint64 id)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->id, id, PROP_ID);
}

const char *
cpt_order_get_number (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->number;
}

void
cpt_order_set_number (CptOrder *self,
                      const char *number)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->number, number, PROP_NUMBER);
}

CptOrderStatus
cpt_order_get_status (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->status;
}

void
cpt_order_set_status (CptOrder *self,
                      CptOrderStatus status)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

CptInvoicedStatus
cpt_order_get_invoiced_status (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->invoiced_status;
}

void
cpt_order_set_invoiced_status (CptOrder *self,
                               CptInvoicedStatus invoiced_status)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->invoiced_status == invoiced_status)
    return;
  self->invoiced_status = invoiced_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVOICED_STATUS]);
}

CptShippedStatus
cpt_order_get_shipped_status (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->shipped_status;
}

void
cpt_order_set_shipped_status (CptOrder *self,
                              CptShippedStatus shipped_status)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->shipped_status == shipped_status)
    return;
  self->shipped_status = shipped_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPED_STATUS]);
}

gint64
cpt_order_get_customer_id (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->customer_id;
}

void
cpt_order_set_customer_id (CptOrder *self,
                           gint64 customer_id)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->customer_id, customer_id, PROP_CUSTOMER_ID);
}

const char *
cpt_order_get_customer_name (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->customer_name;
}

void
cpt_order_set_customer_name (CptOrder *self,
                             const char *customer_name)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->customer_name, customer_name, PROP_CUSTOMER_NAME);
}

const char *
cpt_order_get_customer_email (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->customer_email;
}

void
cpt_order_set_customer_email (CptOrder *self,
                              const char *customer_email)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->customer_email, customer_email, PROP_CUSTOMER_EMAIL);
}

const char *
cpt_order_get_reference (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->reference;
}

void
cpt_order_set_reference (CptOrder *self,
                         const char *reference)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->reference, reference, PROP_REFERENCE);
}

const char *
cpt_order_get_date (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->date;
}

void
cpt_order_set_date (CptOrder *self,
                    const char *date)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->date, date, PROP_DATE);
}

const char *
cpt_order_get_shipment_date (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->shipment_date;
}

void
cpt_order_set_shipment_date (CptOrder *self,
                             const char *shipment_date)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->shipment_date, shipment_date, PROP_SHIPMENT_DATE);
}

gint64
cpt_order_get_delivery_method_id (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->delivery_method_id;
}

void
cpt_order_set_delivery_method_id (CptOrder *self,
                                  gint64 delivery_method_id)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->delivery_method_id, delivery_method_id, PROP_DELIVERY_METHOD_ID);
}

gint64
cpt_order_get_payment_terms_id (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->payment_terms_id;
}

void
cpt_order_set_payment_terms_id (CptOrder *self,
                                gint64 payment_terms_id)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->payment_terms_id, payment_terms_id, PROP_PAYMENT_TERMS_ID);
}

gint64
cpt_order_get_warehouse_id (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->warehouse_id;
}

void
cpt_order_set_warehouse_id (CptOrder *self,
                            gint64 warehouse_id)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->warehouse_id, warehouse_id, PROP_WAREHOUSE_ID);
}

const char *
cpt_order_get_salesperson (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->salesperson;
}

void
cpt_order_set_salesperson (CptOrder *self,
                           const char *salesperson)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->salesperson, salesperson, PROP_SALESPERSON);
}

const char *
cpt_order_get_marketplace (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->marketplace;
}

void
cpt_order_set_marketplace (CptOrder *self,
                           const char *marketplace)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->marketplace, marketplace, PROP_MARKETPLACE);
}

/* Borrowed; NULL when unset. */
const CptAddress *
cpt_order_get_billing_address (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->billing_address;
}

void
cpt_order_set_billing_address (CptOrder *self,
                               const CptAddress *billing_address)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->billing_address == billing_address
      || (billing_address != NULL && self->billing_address != NULL
          && cpt_address_equal (self->billing_address, billing_address)))
    return;
  g_clear_pointer (&self->billing_address, cpt_address_free);
  self->billing_address = billing_address ? cpt_address_copy (billing_address) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BILLING_ADDRESS]);
}

/* Borrowed; NULL when unset. */
const CptAddress *
cpt_order_get_shipping_address (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->shipping_address;
}

void
cpt_order_set_shipping_address (CptOrder *self,
                                const CptAddress *shipping_address)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->shipping_address == shipping_address
      || (shipping_address != NULL && self->shipping_address != NULL
          && cpt_address_equal (self->shipping_address, shipping_address)))
    return;
  g_clear_pointer (&self->shipping_address, cpt_address_free);
  self->shipping_address = shipping_address ? cpt_address_copy (shipping_address) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_ADDRESS]);
}

const char *
cpt_order_get_notes (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->notes;
}

void
cpt_order_set_notes (CptOrder *self,
                     const char *notes)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->notes, notes, PROP_NOTES);
}

const char *
cpt_order_get_terms (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->terms;
}

void
cpt_order_set_terms (CptOrder *self,
                     const char *terms)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->terms, terms, PROP_TERMS);
}

const char *
cpt_order_get_merged_into (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->merged_into;
}

void
cpt_order_set_merged_into (CptOrder *self,
                           const char *merged_into)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->merged_into, merged_into, PROP_MERGED_INTO);
}

const char *
cpt_order_get_void_reason (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->void_reason;
}

void
cpt_order_set_void_reason (CptOrder *self,
                           const char *void_reason)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->void_reason, void_reason, PROP_VOID_REASON);
}

const char *
cpt_order_get_created_at (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->created_at;
}

void
cpt_order_set_created_at (CptOrder *self,
                          const char *created_at)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->created_at, created_at, PROP_CREATED_AT);
}

const char *
cpt_order_get_updated_at (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->updated_at;
}

void
cpt_order_set_updated_at (CptOrder *self,
                          const char *updated_at)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->updated_at, updated_at, PROP_UPDATED_AT);
}
