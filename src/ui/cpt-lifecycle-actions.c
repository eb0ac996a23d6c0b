/* cpt-lifecycle-actions.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-lifecycle-actions"

#include "config.h"

#include "cpt-lifecycle-actions.h"

#include "cpt-invoices-page.h"
#include "cpt-shipments-page.h"
#include "cpt-window.h"

static void
open_invoice_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CptWindow *window = CPT_WINDOW (widget);
  GtkWidget *page = cpt_window_get_page_widget (window, "invoices");

  gtk_widget_activate_action (widget, "win.page", "s", "invoices");
  cpt_invoices_page_show_invoice (CPT_INVOICES_PAGE (page), g_variant_get_int64 (parameter));
}

static void
open_shipment_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CptWindow *window = CPT_WINDOW (widget);
  GtkWidget *page = cpt_window_get_page_widget (window, "shipments");

  gtk_widget_activate_action (widget, "win.page", "s", "shipments");
  cpt_shipments_page_show_shipment (CPT_SHIPMENTS_PAGE (page), g_variant_get_int64 (parameter));
}

void
cpt_lifecycle_actions_install (GtkWidgetClass *window_class)
{
  gtk_widget_class_install_action (window_class, "win.open-invoice", "x", open_invoice_action);
  gtk_widget_class_install_action (window_class, "win.open-shipment", "x", open_shipment_action);

  g_type_ensure (CPT_TYPE_INVOICES_PAGE);
  g_type_ensure (CPT_TYPE_SHIPMENTS_PAGE);
}
