/* cpt-shipment-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-shipment-dialog"

#include "config.h"

#include "cpt-shipment-dialog.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-order-form-data.h"
#include "cpt-order-service.h"
#include "cpt-shipment-service.h"

struct _CptShipmentDialog
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  AdwActionRow   *customer_row;
  AdwActionRow   *date_row;
  AdwEntryRow    *carrier_row;
  AdwEntryRow    *tracking_row;
  GtkDropDown    *warehouse_dropdown;
  GtkStringList  *warehouse_names;
  GtkBox         *content_box;
  GtkLabel       *error_label;
  GtkWidget      *date_entry;
  GtkWidget      *grid;

  CptDatabase    *db;
  gint64          order_id;
  GArray         *warehouse_ids;
};

G_DEFINE_FINAL_TYPE (CptShipmentDialog, cpt_shipment_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (CptShipmentDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CptShipmentDialog *self = CPT_SHIPMENT_DIALOG (widget);
  g_autoptr(GArray) lines = cpt_line_quantity_grid_dup_request (CPT_LINE_QUANTITY_GRID (self->grid));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;
  CptShipmentRequest request = { 0 };
  guint selected = gtk_drop_down_get_selected (self->warehouse_dropdown);
  gint64 shipment_id;

  if (!cpt_date_entry_is_valid (CPT_DATE_ENTRY (self->date_entry)))
    {
      show_error (self, _("Enter the shipment date as DD/MM/YYYY."));
      return;
    }
  date = cpt_date_entry_dup_date (CPT_DATE_ENTRY (self->date_entry));
  if (selected < self->warehouse_ids->len)
    request.warehouse_id = g_array_index (self->warehouse_ids, gint64, selected);
  request.date = date;
  request.carrier = gtk_editable_get_text (GTK_EDITABLE (self->carrier_row));
  request.tracking_number = gtk_editable_get_text (GTK_EDITABLE (self->tracking_row));
  request.lines = (const CptLineQuantity *) lines->data;
  request.n_lines = lines->len;

  shipment_id = cpt_shipment_service_create (self->db, self->order_id, &request, &error);
  if (shipment_id == 0)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SAVED], 0, shipment_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_grid_changed_cb (CptShipmentDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "shipment.create",
                                 cpt_line_quantity_grid_get_total (CPT_LINE_QUANTITY_GRID (self->grid)) > 0);
}

static void
cpt_shipment_dialog_dispose (GObject *object)
{
  CptShipmentDialog *self = CPT_SHIPMENT_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->warehouse_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_SHIPMENT_DIALOG);

  G_OBJECT_CLASS (cpt_shipment_dialog_parent_class)->dispose (object);
}

static void
cpt_shipment_dialog_class_init (CptShipmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_shipment_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-shipment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, customer_row);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, carrier_row);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, tracking_row);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, warehouse_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, warehouse_names);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, CptShipmentDialog, error_label);

  gtk_widget_class_install_action (widget_class, "shipment.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_shipment_dialog_init (CptShipmentDialog *self)
{
  GtkWidget *heading;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->warehouse_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->date_entry = cpt_date_entry_new ();
  gtk_widget_set_valign (self->date_entry, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->date_row, self->date_entry);
  adw_action_row_set_activatable_widget (self->date_row, self->date_entry);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (cpt_date_entry_get_entry (CPT_DATE_ENTRY (self->date_entry))),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->date_row, NULL, -1);

  heading = gtk_label_new (C_("line quantities", "Lines"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_insert_child_after (self->content_box, heading,
                              gtk_widget_get_first_child (GTK_WIDGET (self->content_box)));
  self->grid = cpt_line_quantity_grid_new (CPT_LINE_QUANTITY_TO_SHIP);
  gtk_box_insert_child_after (self->content_box, self->grid, heading);
  g_signal_connect_object (self->grid, "changed", G_CALLBACK (on_grid_changed_cb), self, G_CONNECT_SWAPPED);
}

CptShipmentDialog *
cpt_shipment_dialog_new (GtkWindow    *parent,
                         CptDatabase  *db,
                         gint64        order_id,
                         GError      **error)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GArray) shippable = NULL;
  g_autofree char *today = cpt_date_today ();
  CptShipmentDialog *self;
  CptOrderStatus status;
  gint64 default_warehouse = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  order = cpt_order_service_get (db, order_id, error);
  if (order == NULL)
    return NULL;
  status = cpt_order_get_status (order);
  if (status != CPT_ORDER_STATUS_CONFIRMED && status != CPT_ORDER_STATUS_CLOSED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("Order %s is %s: only a confirmed order can be shipped."),
                   cpt_order_get_number (order), cpt_order_status_get_label (status));
      return NULL;
    }
  shippable = cpt_shipment_service_dup_shippable (db, order_id, error);
  if (shippable == NULL)
    return NULL;

  lines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < cpt_order_get_n_lines (order); i++)
    g_ptr_array_add (lines, g_object_ref (cpt_order_get_line (order, i)));

  self = g_object_new (CPT_TYPE_SHIPMENT_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->order_id = order_id;
  if (!cpt_order_form_data_load_warehouses (db, self->warehouse_names, self->warehouse_ids,
                                            &default_warehouse, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  for (guint i = 0; i < self->warehouse_ids->len; i++)
    if (g_array_index (self->warehouse_ids, gint64, i) == cpt_order_get_warehouse_id (order))
      gtk_drop_down_set_selected (self->warehouse_dropdown, i);

  adw_window_title_set_subtitle (self->window_title, cpt_order_get_number (order));
  adw_action_row_set_subtitle (self->customer_row, cpt_order_get_customer_name (order));
  cpt_date_entry_set_date (CPT_DATE_ENTRY (self->date_entry), today);
  cpt_line_quantity_grid_set_lines (CPT_LINE_QUANTITY_GRID (self->grid), lines,
                                    (const gboolean *) shippable->data);
  return self;
}

CptLineQuantityGrid *
cpt_shipment_dialog_get_grid (CptShipmentDialog *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_DIALOG (self), NULL);

  return CPT_LINE_QUANTITY_GRID (self->grid);
}

const char *
cpt_shipment_dialog_get_error (CptShipmentDialog *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_DIALOG (self), NULL);

  return gtk_widget_get_visible (GTK_WIDGET (self->error_label))
         ? gtk_label_get_text (self->error_label) : NULL;
}

GtkEditable *
cpt_shipment_dialog_get_carrier (CptShipmentDialog *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_DIALOG (self), NULL);

  return GTK_EDITABLE (self->carrier_row);
}

GtkEditable *
cpt_shipment_dialog_get_tracking (CptShipmentDialog *self)
{
  g_return_val_if_fail (CPT_IS_SHIPMENT_DIALOG (self), NULL);

  return GTK_EDITABLE (self->tracking_row);
}
