/* cpt-shipment-view.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-shipment-view"

#include "config.h"

#include "cpt-shipment-view.h"
#include "cpt-view-util.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-money.h"
#include "cpt-shipment-service.h"

struct _CptShipmentView
{
  GtkWidget    parent_instance;

  GtkLabel    *title_label;
  GtkBox      *body;

  CptDatabase *db;
  CptShipment *shipment;
};

G_DEFINE_FINAL_TYPE (CptShipmentView, cpt_shipment_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
label (const char *text,
       float       xalign,
       const char *css_class)
{
  GtkWidget *widget = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (widget), xalign);
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (widget, css_class);
  return widget;
}

static void
add_info (GtkGrid    *grid,
          int         row,
          const char *title,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  gtk_grid_attach (grid, label (title, 0.0, "dim-label"), 0, row, 1, 1);
  gtk_grid_attach (grid, label (value, 0.0, NULL), 1, row, 1, 1);
}

static void
rebuild (CptShipmentView *self)
{
  CptShipment *shipment = self->shipment;
  gboolean delivered = shipment != NULL &&
                       cpt_shipment_get_status (shipment) == CPT_SHIPMENT_STATUS_DELIVERED;
  GtkWidget *child, *info, *lines, *badge;
  g_autofree char *date = NULL;
  g_autofree char *delivered_on = NULL;
  g_autofree char *address = NULL;
  GListModel *model;
  int row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->body))) != NULL)
    gtk_box_remove (self->body, child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shipment.deliver", shipment != NULL && !delivered);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shipment.delete", shipment != NULL && !delivered);
  /* The document actions are installed by cpt_document_actions_install(). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shipment.print", shipment != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shipment.export-pdf", shipment != NULL);
  if (shipment == NULL)
    return;

  gtk_label_set_text (self->title_label, cpt_shipment_get_number (shipment));
  badge = gtk_label_new (cpt_shipment_status_get_label (cpt_shipment_get_status (shipment)));
  gtk_widget_add_css_class (badge, "cpt-badge");
  gtk_widget_add_css_class (badge, delivered ? "cpt-done" : "cpt-partial");
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_box_append (self->body, badge);

  date = cpt_date_format (cpt_shipment_get_date (shipment));
  delivered_on = cpt_shipment_get_delivered_at (shipment)
                 ? cpt_date_format (cpt_shipment_get_delivered_at (shipment)) : NULL;
  address = cpt_address_format (cpt_shipment_get_shipping_address (shipment));
  info = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (info), 6);
  gtk_grid_set_column_spacing (GTK_GRID (info), 18);
  add_info (GTK_GRID (info), row++, _("Customer"), cpt_shipment_get_customer_name (shipment));
  add_info (GTK_GRID (info), row++, _("Shipping Address"), address);
  add_info (GTK_GRID (info), row++, _("Sales Order"), cpt_shipment_get_order_number (shipment));
  add_info (GTK_GRID (info), row++, _("Warehouse"), cpt_shipment_get_warehouse_name (shipment));
  add_info (GTK_GRID (info), row++, _("Shipment Date"), date);
  add_info (GTK_GRID (info), row++, _("Carrier"), cpt_shipment_get_carrier (shipment));
  add_info (GTK_GRID (info), row++, _("Tracking Number"), cpt_shipment_get_tracking_number (shipment));
  add_info (GTK_GRID (info), row++, _("Delivered On"), delivered_on);
  gtk_box_append (self->body, info);

  lines = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (lines), 6);
  gtk_grid_set_column_spacing (GTK_GRID (lines), 18);
  gtk_grid_attach (GTK_GRID (lines), label (C_("line quantities", "Item"), 0.0, "heading"), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (lines), label (C_("shipment lines", "Quantity"), 1.0, "heading"), 1, 0, 1, 1);
  model = cpt_shipment_get_lines (shipment);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CptShipmentLine) line = g_list_model_get_item (model, i);
      g_autofree char *quantity = cpt_quantity_format (cpt_shipment_line_get_quantity (line));
      GtkWidget *description = label (cpt_shipment_line_get_description (line), 0.0, NULL);

      gtk_widget_set_hexpand (description, TRUE);
      gtk_grid_attach (GTK_GRID (lines), description, 0, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (lines), label (quantity, 1.0, "numeric"), 1, i + 1, 1, 1);
    }
  gtk_box_append (self->body, lines);
}

void
cpt_shipment_view_set_shipment (CptShipmentView *self,
                                CptDatabase     *db,
                                gint64           shipment_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CPT_IS_SHIPMENT_VIEW (self));
  g_return_if_fail (CPT_IS_DATABASE (db));

  g_set_object (&self->db, db);
  g_clear_object (&self->shipment);
  self->shipment = cpt_shipment_service_get (db, shipment_id, &error);
  if (self->shipment == NULL)
    g_debug ("Shipment %" G_GINT64_FORMAT ": %s", shipment_id, error->message);
  rebuild (self);
}

CptShipment *
cpt_shipment_view_get_shipment (CptShipmentView *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_VIEW (self), NULL);

  return self->shipment;
}

static void
show_error (CptShipmentView *self,
            const char      *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              _("The Shipment Was Not Changed"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
deliver_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CptShipmentView *self = CPT_SHIPMENT_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!cpt_shipment_service_mark_delivered (self->db, cpt_shipment_get_id (self->shipment), NULL, &error))
    {
      show_error (self, error->message);
      return;
    }
  cpt_shipment_view_set_shipment (self, self->db, cpt_shipment_get_id (self->shipment));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       CptShipmentView  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->shipment == NULL)
    return;
  if (!cpt_shipment_service_delete (self->db, cpt_shipment_get_id (self->shipment), &error))
    {
      show_error (self, error->message);
      return;
    }
  g_clear_object (&self->shipment);
  g_signal_emit (self, signals[CHANGED], 0);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CptShipmentView *self = CPT_SHIPMENT_VIEW (widget);
  g_autofree char *heading = g_strdup_printf (_("Delete Shipment %s?"), cpt_shipment_get_number (self->shipment));

  cpt_view_confirm_delete (widget, heading,
                           _("The quantities go back to the warehouse’s stock and to the "
                             "order’s quantities to ship."),
                           G_CALLBACK (on_delete_response_cb));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
cpt_shipment_view_dispose (GObject *object)
{
  CptShipmentView *self = CPT_SHIPMENT_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_SHIPMENT_VIEW);
  /* The template's outer box has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->shipment);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_shipment_view_parent_class)->dispose (object);
}

static void
cpt_shipment_view_class_init (CptShipmentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_shipment_view_dispose;

  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-shipment-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CptShipmentView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentView, body);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "shipment.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "shipment.deliver", NULL, deliver_action);
  gtk_widget_class_install_action (widget_class, "shipment.delete", NULL, delete_action);
}

static void
cpt_shipment_view_init (CptShipmentView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rebuild (self);
}
