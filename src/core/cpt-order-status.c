/* cpt-order-status.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-order-status"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-order-status.h"

/* The same English word names different things (« Brouillon » for an order
 * and an invoice, « Expédiée » for an order and a shipment), so every label
 * carries a context. */
typedef struct
{
  const char *name;
  const char *context;
  const char *label;
} StatusName;

static const StatusName order_statuses[] = {
  { "draft", "order status", NC_("order status", "Draft") },
  { "confirmed", "order status", NC_("order status", "Confirmed") },
  { "closed", "order status", NC_("order status", "Closed") },
  { "void", "order status", NC_("order status", "Void") },
};

static const StatusName invoiced_statuses[] = {
  { "not_invoiced", "order invoicing", NC_("order invoicing", "Not invoiced") },
  { "partially_invoiced", "order invoicing", NC_("order invoicing", "Partially invoiced") },
  { "invoiced", "order invoicing", NC_("order invoicing", "Invoiced") },
};

static const StatusName shipped_statuses[] = {
  { "not_shipped", "order shipping", NC_("order shipping", "Not shipped") },
  { "partially_shipped", "order shipping", NC_("order shipping", "Partially shipped") },
  { "shipped", "order shipping", NC_("order shipping", "Shipped") },
};

static const StatusName invoice_statuses[] = {
  { "draft", "invoice status", NC_("invoice status", "Draft") },
  { "issued", "invoice status", NC_("invoice status", "Issued") },
  { "sent", "invoice status", NC_("invoice status", "Sent") },
  { "paid", "invoice status", NC_("invoice status", "Paid") },
  { "credited", "invoice status", NC_("invoice status", "Credited") },
};

static const StatusName shipment_statuses[] = {
  { "shipped", "shipment status", NC_("shipment status", "Shipped") },
  { "delivered", "shipment status", NC_("shipment status", "Delivered") },
};

G_DEFINE_ENUM_TYPE (CptOrderStatus, cpt_order_status,
  G_DEFINE_ENUM_VALUE (CPT_ORDER_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (CPT_ORDER_STATUS_CONFIRMED, "confirmed"),
  G_DEFINE_ENUM_VALUE (CPT_ORDER_STATUS_CLOSED, "closed"),
  G_DEFINE_ENUM_VALUE (CPT_ORDER_STATUS_VOID, "void"))

G_DEFINE_ENUM_TYPE (CptInvoicedStatus, cpt_invoiced_status,
  G_DEFINE_ENUM_VALUE (CPT_INVOICED_STATUS_NOT_INVOICED, "not_invoiced"),
  G_DEFINE_ENUM_VALUE (CPT_INVOICED_STATUS_PARTIALLY_INVOICED, "partially_invoiced"),
  G_DEFINE_ENUM_VALUE (CPT_INVOICED_STATUS_INVOICED, "invoiced"))

G_DEFINE_ENUM_TYPE (CptShippedStatus, cpt_shipped_status,
  G_DEFINE_ENUM_VALUE (CPT_SHIPPED_STATUS_NOT_SHIPPED, "not_shipped"),
  G_DEFINE_ENUM_VALUE (CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED, "partially_shipped"),
  G_DEFINE_ENUM_VALUE (CPT_SHIPPED_STATUS_SHIPPED, "shipped"))

G_DEFINE_ENUM_TYPE (CptInvoiceStatus, cpt_invoice_status,
  G_DEFINE_ENUM_VALUE (CPT_INVOICE_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (CPT_INVOICE_STATUS_ISSUED, "issued"),
  G_DEFINE_ENUM_VALUE (CPT_INVOICE_STATUS_SENT, "sent"),
  G_DEFINE_ENUM_VALUE (CPT_INVOICE_STATUS_PAID, "paid"),
  G_DEFINE_ENUM_VALUE (CPT_INVOICE_STATUS_CREDITED, "credited"))

G_DEFINE_ENUM_TYPE (CptShipmentStatus, cpt_shipment_status,
  G_DEFINE_ENUM_VALUE (CPT_SHIPMENT_STATUS_SHIPPED, "shipped"),
  G_DEFINE_ENUM_VALUE (CPT_SHIPMENT_STATUS_DELIVERED, "delivered"))

static gboolean
find_name (const StatusName *names,
           guint             n_names,
           const char       *name,
           guint            *value)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    {
      if (strcmp (names[i].name, name) == 0)
        {
          if (value != NULL)
            *value = i;
          return TRUE;
        }
    }
  return FALSE;
}

static const char *
translate (const StatusName *name)
{
  return g_dpgettext2 (NULL, name->context, name->label);
}

/* Each enum gets the same four functions over its table. */
#define DEFINE_STATUS_FUNCTIONS(TypeName, type_name, table)                     \
  const char *                                                                  \
  type_name##_to_string (TypeName status)                                       \
  {                                                                             \
    g_return_val_if_fail ((guint) status < G_N_ELEMENTS (table), NULL);         \
    return table[status].name;                                                  \
  }                                                                             \
                                                                                \
  gboolean                                                                      \
  type_name##_from_string (const char *name,                                    \
                           TypeName   *status)                                  \
  {                                                                             \
    guint value;                                                                \
                                                                                \
    if (!find_name (table, G_N_ELEMENTS (table), name, &value))                 \
      return FALSE;                                                             \
    if (status != NULL)                                                         \
      *status = (TypeName) value;                                               \
    return TRUE;                                                                \
  }                                                                             \
                                                                                \
  const char *                                                                  \
  type_name##_get_label (TypeName status)                                       \
  {                                                                             \
    g_return_val_if_fail ((guint) status < G_N_ELEMENTS (table), NULL);         \
    return translate (&table[status]);                                          \
  }

DEFINE_STATUS_FUNCTIONS (CptOrderStatus, cpt_order_status, order_statuses)
DEFINE_STATUS_FUNCTIONS (CptInvoicedStatus, cpt_invoiced_status, invoiced_statuses)
DEFINE_STATUS_FUNCTIONS (CptShippedStatus, cpt_shipped_status, shipped_statuses)
DEFINE_STATUS_FUNCTIONS (CptInvoiceStatus, cpt_invoice_status, invoice_statuses)
DEFINE_STATUS_FUNCTIONS (CptShipmentStatus, cpt_shipment_status, shipment_statuses)

/* Compares what was done with what was ordered, over the lines that count.
 * Sets *@any_line when at least one line counts. */
static guint
count_done (const gint64   *ordered,
            const gint64   *done,
            const gboolean *counts,
            guint           n_lines,
            gboolean       *any_line,
            gboolean       *all_done)
{
  guint n_started = 0;

  *any_line = FALSE;
  *all_done = TRUE;
  for (guint i = 0; i < n_lines; i++)
    {
      /* A line of quantity 0 asks for nothing. */
      if (ordered[i] <= 0 || (counts != NULL && !counts[i]))
        continue;
      *any_line = TRUE;
      if (done[i] > 0)
        n_started++;
      if (done[i] < ordered[i])
        *all_done = FALSE;
    }
  return n_started;
}

/**
 * cpt_invoiced_status_compute:
 * @ordered: the quantity of each line, in thousandths
 * @invoiced: the quantity already invoiced of each line
 * @n_lines: the number of lines
 *
 * Every line counts, free-text and service lines included; lines of
 * quantity 0 are ignored. An order with nothing to invoice is not invoiced.
 */
CptInvoicedStatus
cpt_invoiced_status_compute (const gint64 *ordered,
                             const gint64 *invoiced,
                             guint         n_lines)
{
  gboolean any_line, all_done;
  guint n_started;

  g_return_val_if_fail (n_lines == 0 || (ordered != NULL && invoiced != NULL),
                        CPT_INVOICED_STATUS_NOT_INVOICED);

  n_started = count_done (ordered, invoiced, NULL, n_lines, &any_line, &all_done);
  if (!any_line || n_started == 0)
    return CPT_INVOICED_STATUS_NOT_INVOICED;
  if (all_done)
    return CPT_INVOICED_STATUS_INVOICED;
  return CPT_INVOICED_STATUS_PARTIALLY_INVOICED;
}

/**
 * cpt_shipped_status_compute:
 * @ordered: the quantity of each line, in thousandths
 * @shipped: the quantity already shipped of each line
 * @shippable: whether each line is goods that leave a warehouse
 * @n_lines: the number of lines
 *
 * Only shippable lines of a quantity above 0 count. An order that has
 * something to sell but nothing to ship (services only) has nothing left
 * to ship: it is shipped, so that the closing rule « shipped and invoiced »
 * closes it once invoiced. An empty order is not shipped.
 */
CptShippedStatus
cpt_shipped_status_compute (const gint64   *ordered,
                            const gint64   *shipped,
                            const gboolean *shippable,
                            guint           n_lines)
{
  gboolean any_line, all_done;
  gboolean any_ordered = FALSE;
  guint n_started;

  g_return_val_if_fail (n_lines == 0 ||
                        (ordered != NULL && shipped != NULL && shippable != NULL),
                        CPT_SHIPPED_STATUS_NOT_SHIPPED);

  for (guint i = 0; i < n_lines; i++)
    any_ordered |= ordered[i] > 0;

  n_started = count_done (ordered, shipped, shippable, n_lines, &any_line, &all_done);
  if (!any_line)
    return any_ordered ? CPT_SHIPPED_STATUS_SHIPPED : CPT_SHIPPED_STATUS_NOT_SHIPPED;
  if (n_started == 0)
    return CPT_SHIPPED_STATUS_NOT_SHIPPED;
  if (all_done)
    return CPT_SHIPPED_STATUS_SHIPPED;
  return CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED;
}
