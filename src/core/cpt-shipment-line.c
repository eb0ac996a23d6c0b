/* cpt-shipment-line.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-shipment-line"

#include "config.h"

#include "cpt-shipment-line.h"

struct _CptShipmentLine
{
  GObject parent_instance;

  gint64 id;
  gint64 order_line_id;
  gint64 item_id;
  char *description;
  char *unit;
  gint64 quantity;
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

G_DEFINE_FINAL_TYPE (CptShipmentLine, cpt_shipment_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ORDER_LINE_ID,
  PROP_ITEM_ID,
  PROP_DESCRIPTION,
  PROP_UNIT,
  PROP_QUANTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_shipment_line_finalize (GObject *object)
{
  CptShipmentLine *self = (CptShipmentLine *) object;

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (cpt_shipment_line_parent_class)->finalize (object);
}

static void
cpt_shipment_line_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CptShipmentLine *self = CPT_SHIPMENT_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ORDER_LINE_ID:
      g_value_set_int64 (value, self->order_line_id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_QUANTITY:
      g_value_set_int64 (value, self->quantity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_shipment_line_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CptShipmentLine *self = CPT_SHIPMENT_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_shipment_line_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORDER_LINE_ID:
      cpt_shipment_line_set_order_line_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      cpt_shipment_line_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_DESCRIPTION:
      cpt_shipment_line_set_description (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      cpt_shipment_line_set_unit (self, g_value_get_string (value));
      break;

    case PROP_QUANTITY:
      cpt_shipment_line_set_quantity (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_shipment_line_class_init (CptShipmentLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_shipment_line_finalize;
  object_class->get_property = cpt_shipment_line_get_property;
  object_class->set_property = cpt_shipment_line_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORDER_LINE_ID] =
    g_param_spec_int64 ("order-line-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_shipment_line_init (CptShipmentLine *self)
{
}

CptShipmentLine *
cpt_shipment_line_new (void)
{
  return g_object_new (CPT_TYPE_SHIPMENT_LINE, NULL);
}

gint64
cpt_shipment_line_get_id (CptShipmentLine *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_LINE (self), 0);

  return self->id;
}

void
cpt_shipment_line_set_id (CptShipmentLine *self,
                          gint64 id)
{
  g_return_if_fail (CPT_IS_SHIPMENT_LINE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cpt_shipment_line_get_order_line_id (CptShipmentLine *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_LINE (self), 0);

  return self->order_line_id;
}

void
cpt_shipment_line_set_order_line_id (CptShipmentLine *self,
                                     gint64 order_line_id)
{
  g_return_if_fail (CPT_IS_SHIPMENT_LINE (self));

  if (self->order_line_id == order_line_id)
    return;
  self->order_line_id = order_line_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_LINE_ID]);
}

gint64
cpt_shipment_line_get_item_id (CptShipmentLine *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_LINE (self), 0);

  return self->item_id;
}

void
cpt_shipment_line_set_item_id (CptShipmentLine *self,
                               gint64 item_id)
{
  g_return_if_fail (CPT_IS_SHIPMENT_LINE (self));

  if (self->item_id == item_id)
    return;
  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

const char *
cpt_shipment_line_get_description (CptShipmentLine *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_LINE (self), NULL);

  return self->description;
}

void
cpt_shipment_line_set_description (CptShipmentLine *self,
                                   const char *description)
{
  g_return_if_fail (CPT_IS_SHIPMENT_LINE (self));

  if (g_set_str_compat (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
cpt_shipment_line_get_unit (CptShipmentLine *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_LINE (self), NULL);

  return self->unit;
}

void
cpt_shipment_line_set_unit (CptShipmentLine *self,
                            const char *unit)
{
  g_return_if_fail (CPT_IS_SHIPMENT_LINE (self));

  if (g_set_str_compat (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

gint64
cpt_shipment_line_get_quantity (CptShipmentLine *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_LINE (self), 0);

  return self->quantity;
}

void
cpt_shipment_line_set_quantity (CptShipmentLine *self,
                                gint64 quantity)
{
  g_return_if_fail (CPT_IS_SHIPMENT_LINE (self));

  if (self->quantity == quantity)
    return;
  self->quantity = quantity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUANTITY]);
}
