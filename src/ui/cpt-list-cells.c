/* cpt-list-cells.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-list-cells"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-badge.h"
#include "cpt-list-cells.h"
#include "cpt-date.h"
#include "cpt-money.h"
#include "cpt-order-status.h"

/* Builder closures receive the object the expression is evaluated on
 * (the list item) first; none of them needs it. */

static char *
format_money (gpointer unused,
              gint64   cents)
{
  return cpt_money_format (cents);
}

static char *
format_quantity (gpointer unused,
                 gint64   thousandths)
{
  return cpt_quantity_format (thousandths);
}

static char *
format_date (gpointer    unused,
             const char *iso)
{
  if (iso == NULL || iso[0] == '\0')
    return g_strdup ("");

  return cpt_date_format (iso);
}

static gboolean
has_text (gpointer    unused,
          const char *text)
{
  return text != NULL && text[0] != '\0';
}

static char *
status_label (gpointer unused,
              int      status)
{
  return g_strdup (cpt_order_status_get_label (status));
}

static GStrv
status_css_classes (gpointer unused,
                    int      status)
{
  g_autofree char *class_name = g_strconcat ("cpt-status-", cpt_order_status_to_string (status), NULL);
  const char *classes[] = { "cpt-badge", class_name, NULL };

  return g_strdupv ((char **) classes);
}

/* Invoicing and shipping only mean something for a confirmed or closed
 * order: drafts and void orders show nothing there. */
static gboolean
order_is_live (int order_status)
{
  return order_status == CPT_ORDER_STATUS_CONFIRMED || order_status == CPT_ORDER_STATUS_CLOSED;
}

static char *
invoiced_label (gpointer unused,
                int      order_status,
                int      status)
{
  if (!order_is_live (order_status))
    return g_strdup ("");
  return g_strdup (cpt_invoiced_status_get_label (status));
}

static GStrv
invoiced_css_classes (gpointer unused,
                      int      order_status,
                      int      status)
{
  const char *classes[] = { "cpt-progress",
                            status == CPT_INVOICED_STATUS_INVOICED ? "cpt-done"
                            : status == CPT_INVOICED_STATUS_PARTIALLY_INVOICED ? "cpt-partial"
                            : "cpt-none",
                            NULL };

  return g_strdupv ((char **) classes);
}

static char *
shipped_label (gpointer unused,
               int      order_status,
               int      status)
{
  if (!order_is_live (order_status))
    return g_strdup ("");
  return g_strdup (cpt_shipped_status_get_label (status));
}

static GStrv
shipped_css_classes (gpointer unused,
                     int      order_status,
                     int      status)
{
  const char *classes[] = { "cpt-progress",
                            status == CPT_SHIPPED_STATUS_SHIPPED ? "cpt-done"
                            : status == CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED ? "cpt-partial"
                            : "cpt-none",
                            NULL };

  return g_strdupv ((char **) classes);
}

/* Stock figures mean nothing for an item without stock tracking (a
 * service): its cells stay empty. */
static char *
format_stock_quantity (gpointer unused,
                       gboolean track_stock,
                       gint64   thousandths)
{
  if (!track_stock)
    return g_strdup ("");
  return cpt_quantity_format (thousandths);
}

static char *
stock_label (gpointer unused,
             gboolean track_stock,
             gboolean out_of_stock)
{
  if (!track_stock)
    return g_strdup ("");
  return g_strdup (out_of_stock ? _("Out of stock") : _("In stock"));
}

static GStrv
stock_css_classes (gpointer unused,
                   gboolean track_stock,
                   gboolean out_of_stock)
{
  const char *classes[] = { "cpt-badge", out_of_stock ? "cpt-out-of-stock" : "cpt-in-stock", NULL };

  if (!track_stock)
    return g_new0 (char *, 1);
  return g_strdupv ((char **) classes);
}

/* An invoice has its number once issued; a draft has none. */
static char *
invoice_number_label (gpointer    unused,
                      const char *number)
{
  return g_strdup (number != NULL && number[0] != '\0' ? number : C_("invoice status", "Draft"));
}

static char *
invoice_status_label (gpointer unused,
                      int      status)
{
  return g_strdup (cpt_invoice_status_get_label (status));
}

static GStrv
invoice_status_css_classes (gpointer unused,
                            int      status)
{
  const char *kind = status == CPT_INVOICE_STATUS_PAID ? "cpt-done"
                     : status == CPT_INVOICE_STATUS_CREDITED ? "cpt-status-void"
                     : status == CPT_INVOICE_STATUS_DRAFT ? "cpt-none" : "cpt-partial";
  const char *classes[] = { "cpt-badge", kind, NULL };

  return g_strdupv ((char **) classes);
}

void
cpt_list_cells_bind_template_callbacks (GtkWidgetClass *widget_class)
{
  /* The state cells are badges: see cpt-badge.c. */
  g_type_ensure (CPT_TYPE_BADGE);
  gtk_widget_class_bind_template_callback (widget_class, format_money);
  gtk_widget_class_bind_template_callback (widget_class, format_quantity);
  gtk_widget_class_bind_template_callback (widget_class, format_date);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, status_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, invoiced_label);
  gtk_widget_class_bind_template_callback (widget_class, invoiced_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, shipped_label);
  gtk_widget_class_bind_template_callback (widget_class, shipped_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_stock_quantity);
  gtk_widget_class_bind_template_callback (widget_class, stock_label);
  gtk_widget_class_bind_template_callback (widget_class, stock_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, invoice_number_label);
  gtk_widget_class_bind_template_callback (widget_class, invoice_status_label);
  gtk_widget_class_bind_template_callback (widget_class, invoice_status_css_classes);
}
