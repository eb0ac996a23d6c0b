/* cpt-shipment.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-shipment"

#include "config.h"

#include "cpt-shipment.h"

struct _CptShipment
{
  GObject parent_instance;

  gint64 id;
  char *number;
  gint64 order_id;
  char *order_number;
  gint64 customer_id;
  char *customer_name;
  gint64 warehouse_id;
  char *warehouse_name;
  char *date;
  char *carrier;
  char *tracking_number;
  CptShipmentStatus status;
  char *delivered_at;
  CptAddress *shipping_address;
  char *created_at;
  GListStore *lines;
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

G_DEFINE_FINAL_TYPE (CptShipment, cpt_shipment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_ORDER_ID,
  PROP_ORDER_NUMBER,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_WAREHOUSE_ID,
  PROP_WAREHOUSE_NAME,
  PROP_DATE,
  PROP_CARRIER,
  PROP_TRACKING_NUMBER,
  PROP_STATUS,
  PROP_DELIVERED_AT,
  PROP_SHIPPING_ADDRESS,
  PROP_CREATED_AT,
  PROP_LINES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_shipment_finalize (GObject *object)
{
  CptShipment *self = (CptShipment *) object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->order_number, g_free);
  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->warehouse_name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->carrier, g_free);
  g_clear_pointer (&self->tracking_number, g_free);
  g_clear_pointer (&self->delivered_at, g_free);
  g_clear_pointer (&self->shipping_address, cpt_address_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_object (&self->lines);

  G_OBJECT_CLASS (cpt_shipment_parent_class)->finalize (object);
}

static void
cpt_shipment_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CptShipment *self = CPT_SHIPMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
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

    case PROP_WAREHOUSE_ID:
      g_value_set_int64 (value, self->warehouse_id);
      break;

    case PROP_WAREHOUSE_NAME:
      g_value_set_string (value, self->warehouse_name);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_CARRIER:
      g_value_set_string (value, self->carrier);
      break;

    case PROP_TRACKING_NUMBER:
      g_value_set_string (value, self->tracking_number);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_DELIVERED_AT:
      g_value_set_string (value, self->delivered_at);
      break;

    case PROP_SHIPPING_ADDRESS:
      g_value_set_boxed (value, self->shipping_address);
      break;

    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;

    case PROP_LINES:
      g_value_set_object (value, self->lines);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_shipment_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CptShipment *self = CPT_SHIPMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_shipment_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cpt_shipment_set_number (self, g_value_get_string (value));
      break;

    case PROP_ORDER_ID:
      cpt_shipment_set_order_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORDER_NUMBER:
      cpt_shipment_set_order_number (self, g_value_get_string (value));
      break;

    case PROP_CUSTOMER_ID:
      cpt_shipment_set_customer_id (self, g_value_get_int64 (value));
      break;

    case PROP_CUSTOMER_NAME:
      cpt_shipment_set_customer_name (self, g_value_get_string (value));
      break;

    case PROP_WAREHOUSE_ID:
      cpt_shipment_set_warehouse_id (self, g_value_get_int64 (value));
      break;

    case PROP_WAREHOUSE_NAME:
      cpt_shipment_set_warehouse_name (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      cpt_shipment_set_date (self, g_value_get_string (value));
      break;

    case PROP_CARRIER:
      cpt_shipment_set_carrier (self, g_value_get_string (value));
      break;

    case PROP_TRACKING_NUMBER:
      cpt_shipment_set_tracking_number (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cpt_shipment_set_status (self, g_value_get_enum (value));
      break;

    case PROP_DELIVERED_AT:
      cpt_shipment_set_delivered_at (self, g_value_get_string (value));
      break;

    case PROP_SHIPPING_ADDRESS:
      cpt_shipment_set_shipping_address (self, g_value_get_boxed (value));
      break;

    case PROP_CREATED_AT:
      cpt_shipment_set_created_at (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_shipment_class_init (CptShipmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_shipment_finalize;
  object_class->get_property = cpt_shipment_get_property;
  object_class->set_property = cpt_shipment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
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
  properties[PROP_WAREHOUSE_ID] =
    g_param_spec_int64 ("warehouse-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WAREHOUSE_NAME] =
    g_param_spec_string ("warehouse-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CARRIER] =
    g_param_spec_string ("carrier", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRACKING_NUMBER] =
    g_param_spec_string ("tracking-number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CPT_TYPE_SHIPMENT_STATUS, CPT_SHIPMENT_STATUS_SHIPPED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELIVERED_AT] =
    g_param_spec_string ("delivered-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHIPPING_ADDRESS] =
    g_param_spec_boxed ("shipping-address", NULL, NULL, CPT_TYPE_ADDRESS,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINES] =
    g_param_spec_object ("lines", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_shipment_init (CptShipment *self)
{
  self->shipping_address = cpt_address_new ("", "", "", "", "France");
  self->lines = g_list_store_new (CPT_TYPE_SHIPMENT_LINE);
}

CptShipment *
cpt_shipment_new (void)
{
  return g_object_new (CPT_TYPE_SHIPMENT, NULL);
}

gint64
cpt_shipment_get_id (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), 0);

  return self->id;
}

void
cpt_shipment_set_id (CptShipment *self,
                     gint64 id)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cpt_shipment_get_number (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->number;
}

void
cpt_shipment_set_number (CptShipment *self,
                         const char *number)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->number, number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

gint64
cpt_shipment_get_order_id (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), 0);

  return self->order_id;
}

void
cpt_shipment_set_order_id (CptShipment *self,
                           gint64 order_id)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (self->order_id == order_id)
    return;
  self->order_id = order_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_ID]);
}

const char *
cpt_shipment_get_order_number (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->order_number;
}

void
cpt_shipment_set_order_number (CptShipment *self,
                               const char *order_number)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->order_number, order_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_NUMBER]);
}

gint64
cpt_shipment_get_customer_id (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), 0);

  return self->customer_id;
}

void
cpt_shipment_set_customer_id (CptShipment *self,
                              gint64 customer_id)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (self->customer_id == customer_id)
    return;
  self->customer_id = customer_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}

const char *
cpt_shipment_get_customer_name (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->customer_name;
}

void
cpt_shipment_set_customer_name (CptShipment *self,
                                const char *customer_name)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->customer_name, customer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_NAME]);
}

gint64
cpt_shipment_get_warehouse_id (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), 0);

  return self->warehouse_id;
}

void
cpt_shipment_set_warehouse_id (CptShipment *self,
                               gint64 warehouse_id)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (self->warehouse_id == warehouse_id)
    return;
  self->warehouse_id = warehouse_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAREHOUSE_ID]);
}

const char *
cpt_shipment_get_warehouse_name (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->warehouse_name;
}

void
cpt_shipment_set_warehouse_name (CptShipment *self,
                                 const char *warehouse_name)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->warehouse_name, warehouse_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAREHOUSE_NAME]);
}

const char *
cpt_shipment_get_date (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->date;
}

void
cpt_shipment_set_date (CptShipment *self,
                       const char *date)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
cpt_shipment_get_carrier (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->carrier;
}

void
cpt_shipment_set_carrier (CptShipment *self,
                          const char *carrier)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->carrier, carrier))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARRIER]);
}

const char *
cpt_shipment_get_tracking_number (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->tracking_number;
}

void
cpt_shipment_set_tracking_number (CptShipment *self,
                                  const char *tracking_number)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->tracking_number, tracking_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACKING_NUMBER]);
}

CptShipmentStatus
cpt_shipment_get_status (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), 0);

  return self->status;
}

void
cpt_shipment_set_status (CptShipment *self,
                         CptShipmentStatus status)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
cpt_shipment_get_delivered_at (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->delivered_at;
}

void
cpt_shipment_set_delivered_at (CptShipment *self,
                               const char *delivered_at)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->delivered_at, delivered_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERED_AT]);
}

const CptAddress *
cpt_shipment_get_shipping_address (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->shipping_address;
}

void
cpt_shipment_set_shipping_address (CptShipment *self,
                                   const CptAddress *shipping_address)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (shipping_address == NULL || cpt_address_equal (self->shipping_address, shipping_address))
    return;
  cpt_address_free (self->shipping_address);
  self->shipping_address = cpt_address_copy (shipping_address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_ADDRESS]);
}

const char *
cpt_shipment_get_created_at (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return self->created_at;
}

void
cpt_shipment_set_created_at (CptShipment *self,
                             const char *created_at)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  if (g_set_str_compat (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

GListModel *
cpt_shipment_get_lines (CptShipment *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT (self), NULL);

  return G_LIST_MODEL (self->lines);
}

void
cpt_shipment_add_line (CptShipment *self,
                       CptShipmentLine *line)
{
  g_return_if_fail (CPT_IS_SHIPMENT (self));

  g_list_store_append (self->lines, line);
}
