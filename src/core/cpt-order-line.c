/* cpt-order-line.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-line"

#include "config.h"

#include "cpt-order-line.h"

/* One line of a sales order. Quantities are thousandths, money is cents,
 * the discount and the tax rate are basis points; the tax name and rate are
 * the snapshot taken when the line was saved, so a later change of the tax
 * never changes the order. An item id of 0 is a free-text line. */
struct _CptOrderLine
{
  GObject parent_instance;

  gint64 id;
  int position;
  gint64 item_id;
  char *description;
  gint64 quantity;
  char *unit;
  gint64 rate;
  int discount;
  gint64 tax_id;
  char *tax_name;
  int tax_rate;
  gint64 amount;
  gint64 quantity_shipped;
  gint64 quantity_invoiced;
};

G_DEFINE_FINAL_TYPE (CptOrderLine, cpt_order_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_ITEM_ID,
  PROP_DESCRIPTION,
  PROP_QUANTITY,
  PROP_UNIT,
  PROP_RATE,
  PROP_DISCOUNT,
  PROP_TAX_ID,
  PROP_TAX_NAME,
  PROP_TAX_RATE,
  PROP_AMOUNT,
  PROP_QUANTITY_SHIPPED,
  PROP_QUANTITY_INVOICED,
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
cpt_order_line_finalize (GObject *object)
{
  CptOrderLine *self = CPT_ORDER_LINE (object);

  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->tax_name, g_free);

  G_OBJECT_CLASS (cpt_order_line_parent_class)->finalize (object);
}

static void
cpt_order_line_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CptOrderLine *self = CPT_ORDER_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_QUANTITY:
      g_value_set_int64 (value, self->quantity);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_RATE:
      g_value_set_int64 (value, self->rate);
      break;
    case PROP_DISCOUNT:
      g_value_set_int (value, self->discount);
      break;
    case PROP_TAX_ID:
      g_value_set_int64 (value, self->tax_id);
      break;
    case PROP_TAX_NAME:
      g_value_set_string (value, self->tax_name);
      break;
    case PROP_TAX_RATE:
      g_value_set_int (value, self->tax_rate);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_QUANTITY_SHIPPED:
      g_value_set_int64 (value, self->quantity_shipped);
      break;
    case PROP_QUANTITY_INVOICED:
      g_value_set_int64 (value, self->quantity_invoiced);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_order_line_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CptOrderLine *self = CPT_ORDER_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_order_line_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      cpt_order_line_set_position (self, g_value_get_int (value));
      break;
    case PROP_ITEM_ID:
      cpt_order_line_set_item_id (self, g_value_get_int64 (value));
      break;
    case PROP_DESCRIPTION:
      cpt_order_line_set_description (self, g_value_get_string (value));
      break;
    case PROP_QUANTITY:
      cpt_order_line_set_quantity (self, g_value_get_int64 (value));
      break;
    case PROP_UNIT:
      cpt_order_line_set_unit (self, g_value_get_string (value));
      break;
    case PROP_RATE:
      cpt_order_line_set_rate (self, g_value_get_int64 (value));
      break;
    case PROP_DISCOUNT:
      cpt_order_line_set_discount (self, g_value_get_int (value));
      break;
    case PROP_TAX_ID:
      cpt_order_line_set_tax_id (self, g_value_get_int64 (value));
      break;
    case PROP_TAX_NAME:
      cpt_order_line_set_tax_name (self, g_value_get_string (value));
      break;
    case PROP_TAX_RATE:
      cpt_order_line_set_tax_rate (self, g_value_get_int (value));
      break;
    case PROP_AMOUNT:
      cpt_order_line_set_amount (self, g_value_get_int64 (value));
      break;
    case PROP_QUANTITY_SHIPPED:
      cpt_order_line_set_quantity_shipped (self, g_value_get_int64 (value));
      break;
    case PROP_QUANTITY_INVOICED:
      cpt_order_line_set_quantity_invoiced (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_order_line_class_init (CptOrderLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_order_line_finalize;
  object_class->get_property = cpt_order_line_get_property;
  object_class->set_property = cpt_order_line_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, G_MININT, G_MAXINT, 0, RW_FLAGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_RATE] =
    g_param_spec_int64 ("rate", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_DISCOUNT] =
    g_param_spec_int ("discount", NULL, NULL, G_MININT, G_MAXINT, 0, RW_FLAGS);
  properties[PROP_TAX_ID] =
    g_param_spec_int64 ("tax-id", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_TAX_NAME] =
    g_param_spec_string ("tax-name", NULL, NULL, NULL, RW_FLAGS);
  properties[PROP_TAX_RATE] =
    g_param_spec_int ("tax-rate", NULL, NULL, G_MININT, G_MAXINT, 0, RW_FLAGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_QUANTITY_SHIPPED] =
    g_param_spec_int64 ("quantity-shipped", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);
  properties[PROP_QUANTITY_INVOICED] =
    g_param_spec_int64 ("quantity-invoiced", NULL, NULL, G_MININT64, G_MAXINT64, 0, RW_FLAGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_order_line_init (CptOrderLine *self)
{
}

CptOrderLine *
cpt_order_line_new (void)
{
  return g_object_new (CPT_TYPE_ORDER_LINE, NULL);
}

gint64
cpt_order_line_get_id (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->id;
}

void
cpt_order_line_set_id (CptOrderLine *self,
                       gint64 id)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->id, id, PROP_ID);
}

int
cpt_order_line_get_position (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->position;
}

void
cpt_order_line_set_position (CptOrderLine *self,
                             int position)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gint64
cpt_order_line_get_item_id (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->item_id;
}

void
cpt_order_line_set_item_id (CptOrderLine *self,
                            gint64 item_id)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->item_id, item_id, PROP_ITEM_ID);
}

const char *
cpt_order_line_get_description (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), NULL);
  return self->description;
}

void
cpt_order_line_set_description (CptOrderLine *self,
                                const char *description)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

gint64
cpt_order_line_get_quantity (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->quantity;
}

void
cpt_order_line_set_quantity (CptOrderLine *self,
                             gint64 quantity)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->quantity, quantity, PROP_QUANTITY);
}

const char *
cpt_order_line_get_unit (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), NULL);
  return self->unit;
}

void
cpt_order_line_set_unit (CptOrderLine *self,
                         const char *unit)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_string (self, &self->unit, unit, PROP_UNIT);
}

gint64
cpt_order_line_get_rate (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->rate;
}

void
cpt_order_line_set_rate (CptOrderLine *self,
                         gint64 rate)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->rate, rate, PROP_RATE);
}

int
cpt_order_line_get_discount (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->discount;
}

void
cpt_order_line_set_discount (CptOrderLine *self,
                             int discount)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  if (self->discount == discount)
    return;
  self->discount = discount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCOUNT]);
}

gint64
cpt_order_line_get_tax_id (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->tax_id;
}

void
cpt_order_line_set_tax_id (CptOrderLine *self,
                           gint64 tax_id)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->tax_id, tax_id, PROP_TAX_ID);
}

const char *
cpt_order_line_get_tax_name (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), NULL);
  return self->tax_name;
}

void
cpt_order_line_set_tax_name (CptOrderLine *self,
                             const char *tax_name)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_string (self, &self->tax_name, tax_name, PROP_TAX_NAME);
}

int
cpt_order_line_get_tax_rate (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->tax_rate;
}

void
cpt_order_line_set_tax_rate (CptOrderLine *self,
                             int tax_rate)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  if (self->tax_rate == tax_rate)
    return;
  self->tax_rate = tax_rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_RATE]);
}

gint64
cpt_order_line_get_amount (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->amount;
}

void
cpt_order_line_set_amount (CptOrderLine *self,
                           gint64 amount)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->amount, amount, PROP_AMOUNT);
}

gint64
cpt_order_line_get_quantity_shipped (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->quantity_shipped;
}

void
cpt_order_line_set_quantity_shipped (CptOrderLine *self,
                                     gint64 quantity_shipped)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->quantity_shipped, quantity_shipped, PROP_QUANTITY_SHIPPED);
}

gint64
cpt_order_line_get_quantity_invoiced (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), 0);
  return self->quantity_invoiced;
}

void
cpt_order_line_set_quantity_invoiced (CptOrderLine *self,
                                      gint64 quantity_invoiced)
{
  g_return_if_fail (CPT_IS_ORDER_LINE (self));
  set_int64 (self, &self->quantity_invoiced, quantity_invoiced, PROP_QUANTITY_INVOICED);
}

/* A detached copy (same values, same id): forms edit a copy of the order. */
CptOrderLine *
cpt_order_line_copy (CptOrderLine *self)
{
  g_return_val_if_fail (CPT_IS_ORDER_LINE (self), NULL);

  return g_object_new (CPT_TYPE_ORDER_LINE,
                       "id", self->id,
                       "position", self->position,
                       "item-id", self->item_id,
                       "description", self->description,
                       "quantity", self->quantity,
                       "unit", self->unit,
                       "rate", self->rate,
                       "discount", self->discount,
                       "tax-id", self->tax_id,
                       "tax-name", self->tax_name,
                       "tax-rate", self->tax_rate,
                       "amount", self->amount,
                       "quantity-shipped", self->quantity_shipped,
                       "quantity-invoiced", self->quantity_invoiced,
                       NULL);
}
