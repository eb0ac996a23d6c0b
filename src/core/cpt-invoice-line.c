/* cpt-invoice-line.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice-line"

#include "config.h"

#include "cpt-invoice-line.h"

struct _CptInvoiceLine
{
  GObject parent_instance;

  gint64 id;
  gint64 order_line_id;
  gint64 invoice_line_id;
  gint64 item_id;
  char *sku;
  char *description;
  gint64 quantity;
  char *unit;
  gint64 rate;
  int discount;
  gint64 tax_id;
  int tax_rate;
  char *tax_name;
  gint64 amount;
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

G_DEFINE_FINAL_TYPE (CptInvoiceLine, cpt_invoice_line, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ORDER_LINE_ID,
  PROP_INVOICE_LINE_ID,
  PROP_ITEM_ID,
  PROP_SKU,
  PROP_DESCRIPTION,
  PROP_QUANTITY,
  PROP_UNIT,
  PROP_RATE,
  PROP_DISCOUNT,
  PROP_TAX_ID,
  PROP_TAX_RATE,
  PROP_TAX_NAME,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_invoice_line_finalize (GObject *object)
{
  CptInvoiceLine *self = (CptInvoiceLine *) object;

  g_clear_pointer (&self->sku, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->tax_name, g_free);

  G_OBJECT_CLASS (cpt_invoice_line_parent_class)->finalize (object);
}

static void
cpt_invoice_line_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CptInvoiceLine *self = CPT_INVOICE_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ORDER_LINE_ID:
      g_value_set_int64 (value, self->order_line_id);
      break;

    case PROP_INVOICE_LINE_ID:
      g_value_set_int64 (value, self->invoice_line_id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_SKU:
      g_value_set_string (value, self->sku);
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

    case PROP_TAX_RATE:
      g_value_set_int (value, self->tax_rate);
      break;

    case PROP_TAX_NAME:
      g_value_set_string (value, self->tax_name);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_invoice_line_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CptInvoiceLine *self = CPT_INVOICE_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      cpt_invoice_line_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ORDER_LINE_ID:
      cpt_invoice_line_set_order_line_id (self, g_value_get_int64 (value));
      break;

    case PROP_INVOICE_LINE_ID:
      cpt_invoice_line_set_invoice_line_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      cpt_invoice_line_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_SKU:
      cpt_invoice_line_set_sku (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cpt_invoice_line_set_description (self, g_value_get_string (value));
      break;

    case PROP_QUANTITY:
      cpt_invoice_line_set_quantity (self, g_value_get_int64 (value));
      break;

    case PROP_UNIT:
      cpt_invoice_line_set_unit (self, g_value_get_string (value));
      break;

    case PROP_RATE:
      cpt_invoice_line_set_rate (self, g_value_get_int64 (value));
      break;

    case PROP_DISCOUNT:
      cpt_invoice_line_set_discount (self, g_value_get_int (value));
      break;

    case PROP_TAX_ID:
      cpt_invoice_line_set_tax_id (self, g_value_get_int64 (value));
      break;

    case PROP_TAX_RATE:
      cpt_invoice_line_set_tax_rate (self, g_value_get_int (value));
      break;

    case PROP_TAX_NAME:
      cpt_invoice_line_set_tax_name (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      cpt_invoice_line_set_amount (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_invoice_line_class_init (CptInvoiceLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_invoice_line_finalize;
  object_class->get_property = cpt_invoice_line_get_property;
  object_class->set_property = cpt_invoice_line_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORDER_LINE_ID] =
    g_param_spec_int64 ("order-line-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INVOICE_LINE_ID] =
    g_param_spec_int64 ("invoice-line-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKU] =
    g_param_spec_string ("sku", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUANTITY] =
    g_param_spec_int64 ("quantity", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATE] =
    g_param_spec_int64 ("rate", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISCOUNT] =
    g_param_spec_int ("discount", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAX_ID] =
    g_param_spec_int64 ("tax-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAX_RATE] =
    g_param_spec_int ("tax-rate", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAX_NAME] =
    g_param_spec_string ("tax-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_invoice_line_init (CptInvoiceLine *self)
{
}

CptInvoiceLine *
cpt_invoice_line_new (void)
{
  return g_object_new (CPT_TYPE_INVOICE_LINE, NULL);
}

gint64
cpt_invoice_line_get_id (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->id;
}

void
cpt_invoice_line_set_id (CptInvoiceLine *self,
                         gint64 id)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cpt_invoice_line_get_order_line_id (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->order_line_id;
}

void
cpt_invoice_line_set_order_line_id (CptInvoiceLine *self,
                                    gint64 order_line_id)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->order_line_id == order_line_id)
    return;
  self->order_line_id = order_line_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORDER_LINE_ID]);
}

gint64
cpt_invoice_line_get_invoice_line_id (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->invoice_line_id;
}

void
cpt_invoice_line_set_invoice_line_id (CptInvoiceLine *self,
                                      gint64 invoice_line_id)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->invoice_line_id == invoice_line_id)
    return;
  self->invoice_line_id = invoice_line_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INVOICE_LINE_ID]);
}

gint64
cpt_invoice_line_get_item_id (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->item_id;
}

void
cpt_invoice_line_set_item_id (CptInvoiceLine *self,
                              gint64 item_id)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->item_id == item_id)
    return;
  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

const char *
cpt_invoice_line_get_sku (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), NULL);

  return self->sku;
}

void
cpt_invoice_line_set_sku (CptInvoiceLine *self,
                          const char *sku)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (g_set_str_compat (&self->sku, sku))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKU]);
}

const char *
cpt_invoice_line_get_description (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), NULL);

  return self->description;
}

void
cpt_invoice_line_set_description (CptInvoiceLine *self,
                                  const char *description)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (g_set_str_compat (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

gint64
cpt_invoice_line_get_quantity (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->quantity;
}

void
cpt_invoice_line_set_quantity (CptInvoiceLine *self,
                               gint64 quantity)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->quantity == quantity)
    return;
  self->quantity = quantity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUANTITY]);
}

const char *
cpt_invoice_line_get_unit (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), NULL);

  return self->unit;
}

void
cpt_invoice_line_set_unit (CptInvoiceLine *self,
                           const char *unit)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (g_set_str_compat (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

gint64
cpt_invoice_line_get_rate (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->rate;
}

void
cpt_invoice_line_set_rate (CptInvoiceLine *self,
                           gint64 rate)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->rate == rate)
    return;
  self->rate = rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

int
cpt_invoice_line_get_discount (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->discount;
}

void
cpt_invoice_line_set_discount (CptInvoiceLine *self,
                               int discount)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->discount == discount)
    return;
  self->discount = discount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCOUNT]);
}

gint64
cpt_invoice_line_get_tax_id (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->tax_id;
}

void
cpt_invoice_line_set_tax_id (CptInvoiceLine *self,
                             gint64 tax_id)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->tax_id == tax_id)
    return;
  self->tax_id = tax_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_ID]);
}

int
cpt_invoice_line_get_tax_rate (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->tax_rate;
}

void
cpt_invoice_line_set_tax_rate (CptInvoiceLine *self,
                               int tax_rate)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->tax_rate == tax_rate)
    return;
  self->tax_rate = tax_rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_RATE]);
}

const char *
cpt_invoice_line_get_tax_name (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), NULL);

  return self->tax_name;
}

void
cpt_invoice_line_set_tax_name (CptInvoiceLine *self,
                               const char *tax_name)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (g_set_str_compat (&self->tax_name, tax_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_NAME]);
}

gint64
cpt_invoice_line_get_amount (CptInvoiceLine *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE_LINE (self), 0);

  return self->amount;
}

void
cpt_invoice_line_set_amount (CptInvoiceLine *self,
                             gint64 amount)
{
  g_return_if_fail (CPT_IS_INVOICE_LINE (self));

  if (self->amount == amount)
    return;
  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}
