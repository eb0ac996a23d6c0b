/* cpt-order-summary.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-summary"

#include "config.h"

#include "cpt-order-summary.h"

/* One row of the orders list: only what the columns show, so that a page
 * of 128 rows is read with one indexed query and costs little memory. */
struct _CptOrderSummary
{
  GObject parent_instance;

  gint64 id;
  char *number;
  char *date;
  char *reference;
  char *customer_name;
  CptOrderStatus status;
  CptInvoicedStatus invoiced_status;
  CptShippedStatus shipped_status;
  char *shipment_date;
  gint64 total;
  char *marketplace;
};

G_DEFINE_FINAL_TYPE (CptOrderSummary, cpt_order_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_DATE,
  PROP_REFERENCE,
  PROP_CUSTOMER_NAME,
  PROP_STATUS,
  PROP_INVOICED_STATUS,
  PROP_SHIPPED_STATUS,
  PROP_SHIPMENT_DATE,
  PROP_TOTAL,
  PROP_MARKETPLACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define RW_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
set_string (gpointer     self,
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

static void
set_int64 (gpointer  self,
           gint64   *field,
           gint64    value,
           guint     prop_id)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
cpt_order_summary_finalize (GObject *object)
{
  CptOrderSummary *self = CPT_ORDER_SUMMARY (object);

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->shipment_date, g_free);
  g_clear_pointer (&self->marketplace, g_free);

  G_OBJECT_CLASS (cpt_order_summary_parent_class)->finalize (object);
}

static void
cpt_order_summary_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CptOrderSummary *self = CPT_ORDER_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, self->customer_name);
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
    case PROP_SHIPMENT_DATE:
      g_value_set_string (value, self->shipment_date);
      break;
    case PROP_TOTAL:
      g_value_set_int64 (value, self->total);
      break;
    case PROP_MARKETPLACE:
      g_value_set_string (value, self->marketplace);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_order_summary_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CptOrderSummary *self = CPT_ORDER_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_order_summary_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NUMBER:
      cpt_order_summary_set_number (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      cpt_order_summary_set_date (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE:
      cpt_order_summary_set_reference (self, g_value_get_string (value));
      break;
    case PROP_CUSTOMER_NAME:
      cpt_order_summary_set_customer_name (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      cpt_order_summary_set_status (self, g_value_get_enum (value));
      break;
    case PROP_INVOICED_STATUS:
      cpt_order_summary_set_invoiced_status (self, g_value_get_enum (value));
      break;
    case PROP_SHIPPED_STATUS:
      cpt_order_summary_set_shipped_status (self, g_value_get_enum (value));
      break;
    case PROP_SHIPMENT_DATE:
      cpt_order_summary_set_shipment_date (self, g_value_get_string (value));
      break;
    case PROP_TOTAL:
      cpt_order_summary_set_total (self, g_value_get_int64 (value));
      break;
    case PROP_MARKETPLACE:
      cpt_order_summary_set_marketplace (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_order_summary_class_init (CptOrderSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_order_summary_finalize;
  object_class->get_property = cpt_order_summary_get_property;
  object_class->set_property = cpt_order_summary_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CPT_TYPE_ORDER_STATUS,
                       CPT_ORDER_STATUS_DRAFT, RW_FLAGS);
  properties[PROP_INVOICED_STATUS] =
    g_param_spec_enum ("invoiced-status", NULL, NULL, CPT_TYPE_INVOICED_STATUS,
                       CPT_INVOICED_STATUS_NOT_INVOICED, RW_FLAGS);
  properties[PROP_SHIPPED_STATUS] =
    g_param_spec_enum ("shipped-status", NULL, NULL, CPT_TYPE_SHIPPED_STATUS,
                       CPT_SHIPPED_STATUS_NOT_SHIPPED, RW_FLAGS);
  properties[PROP_SHIPMENT_DATE] =
    g_param_spec_string ("shipment-date", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_TOTAL] =
    g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_MARKETPLACE] =
    g_param_spec_string ("marketplace", NULL, NULL, NULL, RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_order_summary_init (CptOrderSummary *self)
{
}

CptOrderSummary *
cpt_order_summary_new (void)
{
  return g_object_new (CPT_TYPE_ORDER_SUMMARY, NULL);
}

gint64
cpt_order_summary_get_id (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), 0);
  return self->id;
}

void
cpt_order_summary_set_id (CptOrderSummary *self,
                          gint64 id)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_int64 (self, &self->id, id, PROP_ID);
}

const char *
cpt_order_summary_get_number (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), NULL);
  return self->number;
}

void
cpt_order_summary_set_number (CptOrderSummary *self,
                              const char *number)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_string (self, &self->number, number, PROP_NUMBER);
}

const char *
cpt_order_summary_get_date (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), NULL);
  return self->date;
}

void
cpt_order_summary_set_date (CptOrderSummary *self,
                            const char *date)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_string (self, &self->date, date, PROP_DATE);
}

const char *
cpt_order_summary_get_reference (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), NULL);
  return self->reference;
}

void
cpt_order_summary_set_reference (CptOrderSummary *self,
                                 const char *reference)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_string (self, &self->reference, reference, PROP_REFERENCE);
}

const char *
cpt_order_summary_get_customer_name (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), NULL);
  return self->customer_name;
}

void
cpt_order_summary_set_customer_name (CptOrderSummary *self,
                                     const char *customer_name)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_string (self, &self->customer_name, customer_name, PROP_CUSTOMER_NAME);
}

CptOrderStatus
cpt_order_summary_get_status (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), 0);
  return self->status;
}

void
cpt_order_summary_set_status (CptOrderSummary *self,
                              CptOrderStatus status)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

CptInvoicedStatus
cpt_order_summary_get_invoiced_status (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), 0);
  return self->invoiced_status;
}

void
cpt_order_summary_set_invoiced_status (CptOrderSummary *self,
                                       CptInvoicedStatus invoiced_status)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  if (self->invoiced_status == invoiced_status)
    return;
  self->invoiced_status = invoiced_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVOICED_STATUS]);
}

CptShippedStatus
cpt_order_summary_get_shipped_status (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), 0);
  return self->shipped_status;
}

void
cpt_order_summary_set_shipped_status (CptOrderSummary *self,
                                      CptShippedStatus shipped_status)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  if (self->shipped_status == shipped_status)
    return;
  self->shipped_status = shipped_status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPED_STATUS]);
}

const char *
cpt_order_summary_get_shipment_date (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), NULL);
  return self->shipment_date;
}

void
cpt_order_summary_set_shipment_date (CptOrderSummary *self,
                                     const char *shipment_date)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_string (self, &self->shipment_date, shipment_date, PROP_SHIPMENT_DATE);
}

gint64
cpt_order_summary_get_total (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), 0);
  return self->total;
}

void
cpt_order_summary_set_total (CptOrderSummary *self,
                             gint64 total)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_int64 (self, &self->total, total, PROP_TOTAL);
}

const char *
cpt_order_summary_get_marketplace (CptOrderSummary *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_SUMMARY (self), NULL);
  return self->marketplace;
}

void
cpt_order_summary_set_marketplace (CptOrderSummary *self,
                                   const char *marketplace)
{
  g_return_if_fail (CPT_IS_ORDER_SUMMARY (self));
  set_string (self, &self->marketplace, marketplace, PROP_MARKETPLACE);
}

