/* cpt-order-lines.c
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

/* The order's contents: its lines, the amounts around them (discount,
 * shipping, adjustment), the totals computed from them, and its history. */

int
cpt_order_get_discount_kind (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->discount_kind;
}

void
cpt_order_set_discount_kind (CptOrder *self,
                             int discount_kind)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->discount_kind == discount_kind)
    return;
  self->discount_kind = discount_kind;
  cpt_order_notify (self, PROP_DISCOUNT_KIND);
}

gint64
cpt_order_get_discount_value (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->discount_value;
}

void
cpt_order_set_discount_value (CptOrder *self,
                              gint64 discount_value)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->discount_value, discount_value, PROP_DISCOUNT_VALUE);
}

gint64
cpt_order_get_shipping_charge (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->shipping_charge;
}

void
cpt_order_set_shipping_charge (CptOrder *self,
                               gint64 shipping_charge)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->shipping_charge, shipping_charge, PROP_SHIPPING_CHARGE);
}

gint64
cpt_order_get_shipping_tax_id (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->shipping_tax_id;
}

void
cpt_order_set_shipping_tax_id (CptOrder *self,
                               gint64 shipping_tax_id)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->shipping_tax_id, shipping_tax_id, PROP_SHIPPING_TAX_ID);
}

int
cpt_order_get_shipping_tax_rate (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->shipping_tax_rate;
}

void
cpt_order_set_shipping_tax_rate (CptOrder *self,
                                 int shipping_tax_rate)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  if (self->shipping_tax_rate == shipping_tax_rate)
    return;
  self->shipping_tax_rate = shipping_tax_rate;
  cpt_order_notify (self, PROP_SHIPPING_TAX_RATE);
}

const char *
cpt_order_get_shipping_tax_name (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->shipping_tax_name;
}

void
cpt_order_set_shipping_tax_name (CptOrder *self,
                                 const char *shipping_tax_name)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->shipping_tax_name, shipping_tax_name, PROP_SHIPPING_TAX_NAME);
}

gint64
cpt_order_get_adjustment (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->adjustment;
}

void
cpt_order_set_adjustment (CptOrder *self,
                          gint64 adjustment)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->adjustment, adjustment, PROP_ADJUSTMENT);
}

const char *
cpt_order_get_adjustment_description (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);
  return self->adjustment_description;
}

void
cpt_order_set_adjustment_description (CptOrder *self,
                                      const char *adjustment_description)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_string_field (self, &self->adjustment_description, adjustment_description, PROP_ADJUSTMENT_DESCRIPTION);
}

gint64
cpt_order_get_sub_total (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->sub_total;
}

void
cpt_order_set_sub_total (CptOrder *self,
                         gint64 sub_total)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->sub_total, sub_total, PROP_SUB_TOTAL);
}

gint64
cpt_order_get_discount_total (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->discount_total;
}

void
cpt_order_set_discount_total (CptOrder *self,
                              gint64 discount_total)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->discount_total, discount_total, PROP_DISCOUNT_TOTAL);
}

gint64
cpt_order_get_tax_total (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->tax_total;
}

void
cpt_order_set_tax_total (CptOrder *self,
                         gint64 tax_total)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->tax_total, tax_total, PROP_TAX_TOTAL);
}

gint64
cpt_order_get_total (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);
  return self->total;
}

void
cpt_order_set_total (CptOrder *self,
                     gint64 total)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  cpt_order_set_int64_field (self, &self->total, total, PROP_TOTAL);
}

GListModel *
cpt_order_get_lines (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);

  return G_LIST_MODEL (self->lines);
}

guint
cpt_order_get_n_lines (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->lines));
}

/* Borrowed: the order keeps the line. */
CptOrderLine *
cpt_order_get_line (CptOrder *self,
                    guint     position)
{
  g_autoptr(CptOrderLine) line = NULL;

  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);

  line = g_list_model_get_item (G_LIST_MODEL (self->lines), position);
  return line;
}

void
cpt_order_add_line (CptOrder     *self,
                    CptOrderLine *line)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  g_return_if_fail (CPT_IS_ORDER_LINE (line));

  g_list_store_append (self->lines, line);
}

void
cpt_order_remove_line (CptOrder *self,
                       guint     position)
{
  g_return_if_fail (CPT_IS_ORDER (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->lines)));

  g_list_store_remove (self->lines, position);
}

void
cpt_order_clear_lines (CptOrder *self)
{
  g_return_if_fail (CPT_IS_ORDER (self));

  g_list_store_remove_all (self->lines);
}

GListModel *
cpt_order_get_history (CptOrder *self)
{
  g_return_val_if_fail (CPT_IS_ORDER (self), NULL);

  return G_LIST_MODEL (self->history);
}

void
cpt_order_add_history (CptOrder   *self,
                       const char *at,
                       const char *event,
                       const char *text)
{
  g_autoptr(CptHistoryEntry) entry = NULL;

  g_return_if_fail (CPT_IS_ORDER (self));

  entry = cpt_history_entry_new_full (at, event, text);
  g_list_store_append (self->history, entry);
}
